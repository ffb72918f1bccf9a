package org.levermap.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levermap.model.assess.ControlBasis;
import org.levermap.model.assess.PhraseKey;
import org.levermap.model.phrase.Phrase;

class PhraseJsonTest {

    @Test
    void aStatementIsItsKeyAndTypedArguments() {
        Phrase p = Phrase.of(PhraseKey.LICENSE_PERMISSIVE_CONTROLLER).text("license", "curl")
                .term("basis", ControlBasis.ADMINS).actor("holder", "daniel-stenberg")
                .part("among", Phrase.of(PhraseKey.LICENSE_EVERY_HOLDER_AMONG).actors("holders", List.of("a", "b")))
                .share("share", 0.5).count("count", 3);
        assertEquals(Map.of("key", "PhraseKey.LICENSE_PERMISSIVE_CONTROLLER", "args", Map.of(
                "license", "curl", "basis", "admins", "holder", Map.of("actor", "daniel-stenberg"),
                "among", Map.of("key", "PhraseKey.LICENSE_EVERY_HOLDER_AMONG", "args",
                        Map.of("holders", Map.of("actors", List.of("a", "b")))),
                "share", 0.5, "count", 3L)), PhraseJson.of(p));
        assertNull(PhraseJson.of((Phrase) null));
    }
}
