package org.levermap.model.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.levermap.model.PackageRef;
import org.levermap.model.PlatformFacts;
import org.levermap.model.Project;
import org.levermap.model.Registry;
import org.levermap.model.Snapshot;

/** The platform facts of issue 12 survive writing and reading, awkward strings included; old files load unchanged. */
class PlatformRoundTripTest {

    @TempDir
    Path dir;

    static PlatformFacts platforms(String text) {
        LocalDate read = LocalDate.of(2024, 5, 31);
        ApiEvidence e = new ApiEvidence("https://api.github.com/repos/o/r", "owner", read);
        ForgeFacts.ForgeOrganisation org = new ForgeFacts.ForgeOrganisation("o", text, text, text, true,
                LocalDate.of(2012, 1, 2), List.of(text, "b"), e, e.field("login"));
        ForgeFacts forge = new ForgeFacts(ForgeKind.GITHUB, "o/r", "o", AccountKind.ORGANIZATION, false, "up/r", "main",
                true, org, List.of(new ForgeFacts.ForgeRelease("v-" + text, read, text)), e,
                new ForgeRules(new ForgeRules.BranchProtection(true, 2, true, false, List.of(text, "team:" + text),
                        e), List.of(new ForgeRules.Ruleset("r-" + text, "active", "Organization " + text)), e,
                        List.of(DocumentKind.GOVERNANCE), e,
                        List.of(new ForgeRules.Team("@o/" + text, true, List.of(text), e))));
        HubFacts hub = new HubFacts("o/m", "o", AccountKind.ORGANIZATION, Gating.MANUAL, text, List.of(text), read,
                List.of(text), List.of(new HubFacts.HubCommit("abc", read, text, List.of(text))),
                new ApiEvidence("https://huggingface.co/api/models/o/m", null, read), null);
        PackageFacts npm = new PackageFacts(Registry.NPM, "w", List.of(text), "1.0", read,
                new ApiEvidence("https://registry.npmjs.org/w", "maintainers", read));
        DomainFacts domain = new DomainFacts("example.org", text, text, read, read.plusYears(1),
                new ApiEvidence("https://rdap.org/domain/example.org", "entities", read));
        return new PlatformFacts(forge, hub, List.of(npm), domain);
    }

    @Test
    void aSnapshotWithPlatformsSurvivesWriteThenRead() throws Exception {
        for (String text : Fixtures.AWKWARD) {
            Snapshot original = Fixtures.snapshot(text).withPlatforms(platforms(text));
            String written = YamlCodec.write(FileKind.SNAPSHOT, original);
            Path file = dir.resolve("s.yaml");
            Files.writeString(file, written, StandardCharsets.UTF_8);
            assertEquals(original, YamlCodec.read(file, "s.yaml", FileKind.SNAPSHOT, Snapshot.class), written);
            assertTrue(written.contains("\nplatforms:\n  forge:\n    kind: github\n"), written);
            assertTrue(written.contains("owner_kind: organization"), written);
        }
    }

    @Test
    void aProjectNamingItsPlatformsSurvivesWriteThenRead() throws Exception {
        Project p = new Project("p", "P", null, null, "../p", null, "https://example.org", null, null, null,
                "https://github.com/o/r", "o/m", List.of(new PackageRef(Registry.CRATES, "r")));
        Path file = dir.resolve("p.yaml");
        String written = YamlCodec.write(FileKind.PROJECT, p);
        Files.writeString(file, written);
        assertEquals(p, YamlCodec.read(file, "p.yaml", FileKind.PROJECT, Project.class));
        assertTrue(written.contains("packages:\n  - registry: crates\n    name: r\n"), written);
    }

    @Test
    void aSnapshotWrittenBeforePlatformsLoadsWithNone() throws Exception {
        Path file = dir.resolve("old.yaml");
        Files.writeString(file, YamlCodec.write(FileKind.SNAPSHOT, Fixtures.snapshot("x")));
        assertEquals(null, YamlCodec.read(file, "old.yaml", FileKind.SNAPSHOT, Snapshot.class).platforms());
    }
}
