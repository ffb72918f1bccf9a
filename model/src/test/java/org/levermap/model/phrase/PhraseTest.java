package org.levermap.model.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levermap.model.assess.PhraseKey;
import org.levermap.model.assess.ReasonCode;

class PhraseTest {

    @Test
    void theEntryIsTheKeysTypeAndName() {
        assertEquals("ReasonCode.FORK_RENAMED", Phrase.of(ReasonCode.FORK_RENAMED).entry());
        assertEquals("PhraseKey.LICENSE_SOLE", Phrase.entry(PhraseKey.LICENSE_SOLE));
    }

    @Test
    void anAbsentArgumentIsLeftOutAndArgumentsAreSortedByName() {
        Phrase p = Phrase.of(PhraseKey.LICENSE_SOLE).text("b", null).actor("z", "acme").count("a", 2).part("c", null);
        assertEquals(List.of("a", "z"), List.copyOf(p.args().keySet()));
        assertEquals(new Arg.Actor("acme"), p.args().get("z"));
    }

    @Test
    void equalStatementsAreEqual() {
        assertEquals(Phrase.of(PhraseKey.LICENSE_SOLE).actor("holder", "acme"),
                Phrase.of(PhraseKey.LICENSE_SOLE).actor("holder", "acme"));
    }

    @Test
    void aPhraseHasAKey() {
        assertThrows(IllegalArgumentException.class, () -> Phrase.of(null));
    }
}
