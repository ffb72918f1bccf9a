package org.levermap.render.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.model.AccountKind;
import org.levermap.model.ActorKind;
import org.levermap.model.DocumentKind;
import org.levermap.model.ForgeKind;
import org.levermap.model.LicenseFamily;
import org.levermap.model.assess.AnswerStatus;
import org.levermap.model.assess.CitationText;
import org.levermap.model.assess.ControlBasis;
import org.levermap.model.assess.Flag;
import org.levermap.model.assess.ForkKind;
import org.levermap.model.assess.GovernanceModel;
import org.levermap.model.assess.HoldingText;
import org.levermap.model.assess.Lever;
import org.levermap.model.assess.PhraseKey;
import org.levermap.model.assess.Question;
import org.levermap.model.assess.ReasonCode;
import org.levermap.model.change.ChangeKind;
import org.levermap.model.change.ChangeText;
import org.levermap.model.phrase.Phrase;

class PhrasebookTest {

    @TempDir
    Path root;

    /** Every statement, flag and term the model can make has wording: a new constant without one fails here. */
    @Test
    void everyStatementFlagAndTermHasAnEntry() {
        Phrasebook book = Phrasebook.standard();
        List<String> missing = new ArrayList<>();
        List<Class<? extends Enum<?>>> keyed = List.of(ReasonCode.class, PhraseKey.class, ChangeText.class, CitationText.class, HoldingText.class,
                Lever.class, ControlBasis.class, ForgeKind.class, AccountKind.class, GovernanceModel.class,
                DocumentKind.class, ActorKind.class, LicenseFamily.class, ForkKind.class,
                AnswerStatus.class, Question.class, ChangeKind.class);
        for (Class<? extends Enum<?>> type : keyed) {
            for (Enum<?> value : type.getEnumConstants()) {
                if (!book.has(Phrase.entry(value))) {
                    missing.add(Phrase.entry(value));
                }
            }
        }
        for (Flag f : Flag.values()) {
            for (String part : List.of(".label", ".description")) {
                if (!book.has(Phrase.entry(f) + part)) {
                    missing.add(Phrase.entry(f) + part);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void withoutOverridesTheStandardWordingHolds() throws Exception {
        assertEquals("Only {holder} can change the license.",
                Phrasebook.of(root).entry("PhraseKey.LICENSE_SOLE"));
    }

    @Test
    void aDataRepositoryOverridesSingleEntries() throws Exception {
        write("# ours\nPhraseKey.LICENSE_SOLE=Nur {holder} darf die Lizenz ändern.\n");
        Phrasebook book = Phrasebook.of(root);
        assertEquals("Nur {holder} darf die Lizenz ändern.", book.entry("PhraseKey.LICENSE_SOLE"));
        assertEquals("Only {holder} can delete or rename the repository.", book.entry("PhraseKey.REPOSITORY_SOLE"));
    }

    @Test
    void anOverrideOfNoStatementNamesTheFileAndLine() throws Exception {
        write("PhraseKey.LICENSE_SOLE=ok\n\nPhraseKey.NO_SUCH=typo\n");
        WordsException e = assertThrows(WordsException.class, () -> Phrasebook.of(root));
        assertTrue(e.getMessage().startsWith("templates/words.properties:3: PhraseKey.NO_SUCH"), e.getMessage());
    }

    private void write(String text) throws Exception {
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve(Phrasebook.OVERRIDES), text, StandardCharsets.UTF_8);
    }
}
