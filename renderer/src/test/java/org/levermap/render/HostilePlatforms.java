package org.levermap.render;

import static org.levermap.render.Fixture.IMG;
import static org.levermap.render.Fixture.JS_URL;
import static org.levermap.render.Fixture.QUOTES;
import static org.levermap.render.Fixture.SCRIPT;
import static org.levermap.render.Fixture.SVG;
import static org.levermap.render.Fixture.day;

import java.util.List;
import org.levermap.model.AccountKind;
import org.levermap.model.ApiEvidence;
import org.levermap.model.DocumentKind;
import org.levermap.model.DomainFacts;
import org.levermap.model.ForgeFacts;
import org.levermap.model.ForgeKind;
import org.levermap.model.ForgeRules;
import org.levermap.model.Gating;
import org.levermap.model.HubFacts;
import org.levermap.model.PackageFacts;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Registry;

/** Platform observations (issue 12) carrying script in every text field an API answer controls. */
final class HostilePlatforms {

    /** The API URL every hostile observation cites. */
    static final String API = "https://api.github.com/repos/evil/payload";

    private HostilePlatforms() {
    }

    static PlatformFacts facts() {
        ApiEvidence e = new ApiEvidence(API, "owner", day("2023-03-31"));
        ForgeFacts.ForgeOrganisation org = new ForgeFacts.ForgeOrganisation("evil", "Evil " + SCRIPT, "Co " + IMG,
                JS_URL, true, day("2015-01-01"), List.of("m " + SVG, QUOTES), e, e.field("login"));
        ForgeFacts forge = new ForgeFacts(ForgeKind.GITHUB, "evil/payload", "evil" + SCRIPT, AccountKind.ORGANIZATION,
                false, "up/" + IMG, "main " + SCRIPT, true, org,
                List.of(new ForgeFacts.ForgeRelease("v" + SCRIPT, day("2023-03-01"), "bot " + IMG)), e,
                new ForgeRules(new ForgeRules.BranchProtection(true, 1, true, true, List.of("pusher" + SCRIPT,
                        "team:" + IMG), e, List.of("merger " + SCRIPT)), List.of(new ForgeRules.Ruleset("rules " + SCRIPT,
                        "active " + IMG, "Organization " + SVG, List.of(new ForgeRules.BypassActor("Team " + SCRIPT, 7,
                        "always " + IMG)), true, e)), e, List.of(DocumentKind.GOVERNANCE), e,
                        List.of(new ForgeRules.Team("@evil/" + SCRIPT, true, List.of("m " + IMG), e))));
        HubFacts hub = new HubFacts("evil/model", "evil " + SVG, AccountKind.USER, Gating.MANUAL, "lic " + SCRIPT,
                List.of(IMG), null, List.of("member " + SCRIPT), List.of(new HubFacts.HubCommit("c1", day("2023-03-01"),
                        "Upload weights " + SCRIPT, List.of("up " + IMG))), new ApiEvidence(
                        "https://huggingface.co/api/models/evil/model", null, day("2023-03-31")),
                new ApiEvidence("https://huggingface.co/api/organizations/evil/members", null, day("2023-03-31")));
        PackageFacts npm = new PackageFacts(Registry.NPM, "pkg" + QUOTES.replace(" ", ""), List.of("owner " + SCRIPT),
                null, null, new ApiEvidence("https://registry.npmjs.org/pkg", "maintainers", day("2023-03-31")));
        PackageFacts image = new PackageFacts(Registry.DOCKER, "evil/image", List.of("evil"), null, null,
                new ApiEvidence("https://hub.docker.com/v2/namespaces/evil/repositories/image", null, day("2023-03-31")),
                new PackageFacts.OwnerAccount("evil", AccountKind.ORGANIZATION, "Evil Corp " + SCRIPT,
                        new ApiEvidence("https://hub.docker.com/v2/orgs/evil", null, day("2023-03-31"))));
        DomainFacts domain = new DomainFacts("evil.example", "Registrar " + IMG, "Registrant " + SCRIPT, null, null,
                new ApiEvidence("https://rdap.example/\"onmouseover=\"window.__xss=1", "entities", day("2023-03-31")));
        return new PlatformFacts(forge, hub, List.of(npm, image), domain);
    }
}
