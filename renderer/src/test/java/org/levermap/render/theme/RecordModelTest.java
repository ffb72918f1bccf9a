package org.levermap.render.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateScalarModel;
import org.junit.jupiter.api.Test;

class RecordModelTest {

    public record Sample(String name, String missing) {
        public boolean isShort() {
            return name.length() < 5;
        }
    }

    @Test
    void componentsAndNoArgumentMethodsReadAsProperties() throws Exception {
        RecordModel m = new RecordModel(new Sample("abc", null), new ThemeObjectWrapper());
        assertEquals("abc", ((TemplateScalarModel) m.get("name")).getAsString());
        assertNull(m.get("missing"));
        assertNull(m.get("nosuch"));
        assertEquals(true, ((TemplateBooleanModel) m.get("short")).getAsBoolean());
        assertEquals(true, ((TemplateBooleanModel) m.get("isShort")).getAsBoolean());
        assertNull(m.get("getClass"));
    }
}
