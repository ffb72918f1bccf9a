package org.levermap.collect;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.levermap.collect.git.History;
import org.levermap.collect.git.Mailmap;
import org.levermap.collect.git.Tags;
import org.levermap.collect.git.TreeFiles;
import org.levermap.collect.license.LicenseCatalog;
import org.levermap.collect.license.LicenseChangeRecord;
import org.levermap.collect.license.LicenseFileNames;
import org.levermap.collect.license.LicenseHistory;
import org.levermap.collect.license.LicenseState;
import org.levermap.collect.manifest.ClaDetector;
import org.levermap.collect.manifest.CodeOwnersParser;
import org.levermap.collect.manifest.FundingParser;
import org.levermap.collect.manifest.GovernanceFiles;
import org.levermap.collect.manifest.MaintainersParser;
import org.levermap.collect.manifest.OwnersFileParser;
import org.levermap.collect.modelcard.HubLicenses;
import org.levermap.collect.modelcard.ModelCard;
import org.levermap.collect.modelcard.ModelCardException;
import org.levermap.collect.modelcard.ModelCardParser;
import org.levermap.collect.people.CommitSample;
import org.levermap.collect.people.ContributorWindow;
import org.levermap.collect.people.IdentityResolver;
import org.levermap.collect.people.Mergers;
import org.levermap.model.Actor;
import org.levermap.model.ContributionFacts;
import org.levermap.model.DocumentKind;
import org.levermap.model.Evidence;
import org.levermap.model.LicenseChange;
import org.levermap.model.LicenseFacts;
import org.levermap.model.LineageFacts;
import org.levermap.model.ModelLineage;
import org.levermap.model.Provenance;
import org.levermap.model.ResourceFacts;
import org.levermap.model.Shares;
import org.levermap.model.Snapshot;
import org.levermap.model.StewardshipFacts;
import org.levermap.model.assess.ActorDirectory;

/**
 * Builds the snapshot of one date from what one walk over the history gathered, reading the few
 * files it needs (governance documents, .mailmap) at the snapshot's commit. Parsed files are kept by
 * content, so a backfill reads each version once.
 */
final class SnapshotAssembler {

    private final History history;
    private final LicenseHistory.Result license;
    private final List<Tags.Tag> tags;
    private final TreeFiles files;
    private final ActorDirectory actors;
    private final org.levermap.collect.people.BotActors bots;
    private final Provenance base;
    private final Map<ObjectId, String> texts = new HashMap<>();
    private final ObjectReader reader;
    private final Map<Integer, java.time.OffsetDateTime> instants = new HashMap<>();
    private final java.util.function.IntPredicate upstream;

    /**
     * @param upstream for a fork, whether a commit (by its index in {@code history}) is upstream's:
     *     those are counted apart from the fork's contributors; for any other project, none is
     */
    SnapshotAssembler(History history, LicenseHistory.Result license, List<Tags.Tag> tags, ObjectReader reader,
            ActorDirectory actors, Provenance base, java.util.function.IntPredicate upstream) {
        this.reader = reader;
        this.upstream = upstream;
        this.history = history;
        this.license = license;
        this.tags = tags;
        this.files = new TreeFiles(reader);
        this.actors = actors;
        this.bots = org.levermap.collect.people.BotActors.of(actors.all());
        this.base = base;
    }

    /**
     * The snapshot of {@code project} on {@code date}, described by first-parent position {@code p}.
     *
     * @param fork the fork's lineage on that date, computed beforehand; null for a project that is no fork
     */
    Snapshot assemble(String project, LocalDate date, int p, LineageFacts fork) throws IOException {
        int commit = history.onLine(p);
        String id = history.id(commit).name();
        ObjectId tree = history.tree(commit);
        Provenance provenance = new Provenance(base.tool(), base.repository(), base.branch(), id,
                day(history.time(commit)), base.shallow(), base.warnings());
        IdentityResolver identities = new IdentityResolver(mailmap(tree), bots);
        List<GovernanceFiles.Found> documents = GovernanceFiles.find(files, tree);
        List<String> warnings = new ArrayList<>();
        ModelCard card = modelCard(tree, warnings);
        if (!warnings.isEmpty()) {
            warnings.addAll(0, provenance.warnings());
            provenance = new Provenance(provenance.tool(), provenance.repository(), provenance.branch(), provenance.commit(),
                    provenance.commitDate(), provenance.shallow(), warnings);
        }
        return new Snapshot(project, date, provenance, withCard(license(p, id), card, id), stewardship(p, date),
                contribution(p, date, id, tree, documents, identities), resources(id, documents), fork, modelLineage(card),
                null);
    }

    /**
     * The Hugging Face model card of a model repository: the front matter of its root README.md.
     * A malformed one is a warning of the snapshot, not a failure of the collection.
     */
    private ModelCard modelCard(ObjectId tree, List<String> warnings) throws IOException {
        for (TreeFiles.Entry e : files.list(tree, "")) {
            if (e.isFile() && e.name().equalsIgnoreCase("README.md")) {
                String text = text(e.id());
                if (text == null || !text.startsWith("---")) {
                    return null;
                }
                try {
                    return ModelCardParser.parse(e.name(), text).orElse(null);
                } catch (ModelCardException bad) {
                    warnings.add("model card not read: " + bad.getMessage());
                    return null;
                }
            }
        }
        return null;
    }

    /** A model card declares the license when no license file does, and gating in any case. */
    private static LicenseFacts withCard(LicenseFacts files, ModelCard card, String commit) {
        if (card == null) {
            return files;
        }
        // A README's license section yields to the card's declaration (the card is that README's front matter).
        boolean noFile = files.files().stream().allMatch(f -> LicenseFileNames.isReadme(f.evidence().path()));
        String declared = HubLicenses.toSpdx(card.license(), card.licenseName());
        if (noFile && declared != null) {
            return new LicenseFacts(declared, LicenseCatalog.familyOf(declared), 1.0,
                    List.of(new LicenseFacts.LicenseFile(declared, 1.0,
                            new Evidence(commit, card.path(), card.licenseLine() > 0 ? card.licenseLine() : null))),
                    files.copyrightHolders(), files.history(), card.gated() ? true : null, card.gatingFields(), files.patents());
        }
        return new LicenseFacts(files.spdx(), files.family(), files.confidence(), files.files(), files.copyrightHolders(),
                files.history(), card.gated() ? true : null, card.gatingFields(), files.patents());
    }

    /** A model card's base models and datasets, absent when it declares none. */
    private static ModelLineage modelLineage(ModelCard card) {
        return card == null ? null : ModelLineage.orNull(card.baseModels(), card.baseModelRelation(), card.datasets());
    }

    private LicenseFacts license(int p, String commit) throws IOException {
        LicenseState state = license.at(p);
        List<LicenseFacts.LicenseFile> licenseFiles = new ArrayList<>();
        List<LicenseFacts.CopyrightHolder> holders = new ArrayList<>();
        List<LicenseFacts.PatentGrant> patents = new ArrayList<>();
        for (LicenseState.File f : state.files()) {
            Evidence evidence = new Evidence(commit, f.path(), f.line() > 0 ? f.line() : null);
            if (f.isPatentGrant()) {
                if (!f.expression().equals("none")) {
                    patents.add(new LicenseFacts.PatentGrant(f.expression(), f.terminates(), f.note(), evidence));
                }
                continue;
            }
            licenseFiles.add(new LicenseFacts.LicenseFile(f.expression(), f.confidence(), evidence, f.closest(), f.note()));
            for (LicenseState.Holder h : f.holders()) {
                Actor actor = actors.byName(h.name());
                holders.add(new LicenseFacts.CopyrightHolder(h.name(), actor == null ? null : actor.id(),
                        new Evidence(commit, f.path(), h.line())));
            }
        }
        List<LicenseChange> changes = new ArrayList<>();
        for (LicenseChangeRecord c : license.upTo(p)) {
            int entered = history.onLine(c.position());
            changes.add(new LicenseChange(day(history.time(entered)),
                    c.identityChanged() ? LicenseChange.Kind.CHANGE : LicenseChange.Kind.TEXT_EDIT, c.from(), c.to(),
                    new Evidence(c.origin().name(), c.path(), null), c.merged() ? c.entered().name() : null,
                    instant(entered)));
        }
        // Without a license file there is nothing whose identification could be more or less sure.
        Double confidence = licenseFiles.isEmpty() ? null : state.confidence();
        return new LicenseFacts(state.expression(), state.family(), confidence, licenseFiles, holders, changes, null, null,
                patents);
    }

    /** The committer instant of a commit, read once per run. */
    private java.time.OffsetDateTime instant(int commit) throws IOException {
        java.time.OffsetDateTime at = instants.get(commit);
        if (at == null) {
            at = org.levermap.collect.git.CommitInstant.of(reader, history.id(commit));
            instants.put(commit, at);
        }
        return at;
    }

    private StewardshipFacts stewardship(int p, LocalDate date) {
        long end = ContributorWindow.end(date);
        int count = 0;
        int signed = 0;
        Tags.Tag latest = null;
        for (Tags.Tag t : tags) {
            if (t.time() < 0 || t.time() >= end) {
                continue;
            }
            count++;
            if (t.signed()) {
                signed++;
            }
            if (latest == null || t.time() >= latest.time()) {
                latest = t;
            }
        }
        int[] line = CommitSample.signedOnLine(history, p, date);
        return new StewardshipFacts(count, signed, latest == null ? null : latest.name(),
                latest == null ? null : day(latest.time()), line[0] == 0 ? null : Shares.of(line[1], line[0]));
    }

    private ContributionFacts contribution(int p, LocalDate date, String commit, ObjectId tree,
            List<GovernanceFiles.Found> documents, IdentityResolver identities) throws IOException {
        List<ContributionFacts.Document> found = new ArrayList<>();
        Map<String, ContributionFacts.Maintainer> maintainers = new LinkedHashMap<>();
        Integer patterns = null;
        for (GovernanceFiles.Found d : documents) {
            String path = d.file().path();
            found.add(new ContributionFacts.Document(d.kind(), new Evidence(commit, path, null)));
            String text = d.file().isFile() ? text(d.file().id()) : null;
            if (text == null) {
                continue;
            }
            if (d.kind() == DocumentKind.CODEOWNERS) {
                CodeOwnersParser.Result owners = CodeOwnersParser.parse(text);
                patterns = owners.patterns();
                for (CodeOwnersParser.Owner o : owners.owners()) {
                    Actor actor = o.team() ? null : actors.person(o.email() != null ? o.email() : o.name());
                    add(maintainers, new ContributionFacts.Maintainer(o.name(), o.email(), actor == null ? null : actor.id(),
                            o.team() ? "codeowner-team" : "codeowner", new Evidence(commit, path, o.line())));
                }
            } else if (d.kind() == DocumentKind.MAINTAINERS || d.kind() == DocumentKind.OWNERS
                    || d.kind() == DocumentKind.GOVERNANCE) {
                List<MaintainersParser.Person> people = switch (d.kind()) {
                    case OWNERS -> OwnersFileParser.parse(text);
                    case GOVERNANCE -> MaintainersParser.parseGovernance(text);
                    default -> MaintainersParser.parse(text);
                };
                for (MaintainersParser.Person person : people) {
                    Actor actor = person.email() != null ? actors.person(person.email()) : null;
                    if (actor == null && person.handle() != null) {
                        actor = actors.person(person.handle());
                    }
                    if (actor == null) {
                        actor = actors.person(person.name());
                    }
                    add(maintainers, new ContributionFacts.Maintainer(person.name(), person.email(),
                            actor == null ? null : actor.id(), person.role(), new Evidence(commit, path, person.line())));
                }
            }
        }
        List<Evidence> cla = new ArrayList<>();
        for (ClaDetector.Sign s : ClaDetector.find(files, tree, documents)) {
            cla.add(new Evidence(commit, s.path(), s.line()));
        }
        int[] dco = CommitSample.signedOff(history, p);
        ContributionFacts.Terms terms = new ContributionFacts.Terms(!cla.isEmpty(), cla, dco[0],
                dco[0] == 0 ? null : Shares.of(dco[1], dco[0]));
        return new ContributionFacts(found, new ArrayList<>(maintainers.values()), patterns,
                Mergers.of(history, p, date, identities), terms, ContributorWindow.of(history, p, date, identities, upstream));
    }

    private static void add(Map<String, ContributionFacts.Maintainer> maintainers, ContributionFacts.Maintainer m) {
        maintainers.putIfAbsent(m.evidence().path() + "\n" + m.name().toLowerCase(java.util.Locale.ROOT) + "\n" + m.role(), m);
    }

    private ResourceFacts resources(String commit, List<GovernanceFiles.Found> documents) throws IOException {
        List<ResourceFacts.FundingLink> links = new ArrayList<>();
        for (GovernanceFiles.Found d : documents) {
            if (d.kind() == DocumentKind.FUNDING && d.file().isFile()) {
                String text = text(d.file().id());
                if (text != null) {
                    for (FundingParser.Link l : FundingParser.parse(text)) {
                        links.add(new ResourceFacts.FundingLink(l.platform(), l.account(),
                                new Evidence(commit, d.file().path(), l.line())));
                    }
                }
            }
        }
        return links.isEmpty() ? null : new ResourceFacts(links);
    }

    private Mailmap mailmap(ObjectId tree) throws IOException {
        for (TreeFiles.Entry e : files.list(tree, "")) {
            if (e.name().equals(".mailmap") && e.isFile()) {
                String text = text(e.id());
                return text == null ? Mailmap.EMPTY : Mailmap.parse(text);
            }
        }
        return Mailmap.EMPTY;
    }

    private String text(ObjectId blob) throws IOException {
        if (!texts.containsKey(blob)) {
            texts.put(blob, files.text(blob));
        }
        return texts.get(blob);
    }

    static LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }
}
