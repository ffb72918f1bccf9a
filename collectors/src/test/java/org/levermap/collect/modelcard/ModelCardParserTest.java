package org.levermap.collect.modelcard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelCardParserTest {

    private static ModelCard card(String text) throws ModelCardException {
        return ModelCardParser.parse("README.md", text).orElseThrow();
    }

    @Test
    void aBaseModelDeclaresItsLicenseAndGating() throws Exception {
        ModelCard base = card("""
                ---
                language:
                - en
                license: llama3.1
                extra_gated_prompt: "### LLAMA 3.1 COMMUNITY LICENSE AGREEMENT"
                extra_gated_fields:
                  First Name: text
                  Country: country
                ---
                # Llama 3.1
                """);
        assertEquals("llama3.1", base.license());
        assertEquals(List.of(), base.baseModels());
        assertTrue(base.gated());
        assertEquals(List.of("First Name", "Country"), base.gatingFields());
        assertEquals(4, base.licenseLine());
        assertEquals("LicenseRef-scancode-llama-3.1-license-2024", HubLicenses.toSpdx(base.license(), null));
    }

    @Test
    void aFineTuneNamesItsBaseModelAsAString() throws Exception {
        ModelCard tune = card("---\nlicense: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.1\n"
                + "base_model_relation: finetune\ndatasets:\n  - HuggingFaceH4/ultrachat_200k\n---\nText\n");
        assertEquals(List.of("mistralai/Mistral-7B-v0.1"), tune.baseModels());
        assertEquals("finetune", tune.baseModelRelation());
        assertEquals(List.of("HuggingFaceH4/ultrachat_200k"), tune.datasets());
        assertFalse(tune.gated());
        assertEquals(3, tune.baseModelLine());
        assertEquals("Apache-2.0", HubLicenses.toSpdx(tune.license(), null));
    }

    @Test
    void aMergeListsSeveralBaseModels() throws Exception {
        ModelCard merge = card("---\nlicense: other\nlicense_name: my-custom-license\nbase_model:\n- a/one\n- b/two\n"
                + "base_model_relation: merge\n---\n");
        assertEquals(List.of("a/one", "b/two"), merge.baseModels());
        assertEquals("LicenseRef-my-custom-license", HubLicenses.toSpdx(merge.license(), merge.licenseName()));
    }

    @Test
    void aReadmeWithoutFrontMatterIsNotAModelCard() throws Exception {
        assertEquals(Optional.empty(), ModelCardParser.parse("README.md", "# Just a project\n"));
    }

    @Test
    void malformedFrontMatterIsAClearErrorWithItsLine() {
        ModelCardException e = assertThrows(ModelCardException.class,
                () -> ModelCardParser.parse("README.md", "---\nlicense: mit\nbase_model: [unclosed\n---\n"));
        assertTrue(e.getMessage().startsWith("README.md:"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed front matter"), e.getMessage());
        assertTrue(e.line() >= 3, "line " + e.line());

        ModelCardException unclosed = assertThrows(ModelCardException.class,
                () -> ModelCardParser.parse("README.md", "---\nlicense: mit\n"));
        assertEquals("README.md:1: front matter starts with '---' but has no closing '---' line", unclosed.getMessage());

        ModelCardException shape = assertThrows(ModelCardException.class,
                () -> ModelCardParser.parse("README.md", "---\nlicense: mit\nbase_model:\n  name: x\n---\n"));
        assertEquals("README.md:3: 'base_model' must be a string or a list of strings", shape.getMessage());
    }

    @Test
    void unknownHubIdsStayComparable() {
        assertEquals("LicenseRef-hf-fancy-1.0", HubLicenses.toSpdx("Fancy-1.0", null));
        assertEquals("LicenseRef-other", HubLicenses.toSpdx("other", null));
    }
}
