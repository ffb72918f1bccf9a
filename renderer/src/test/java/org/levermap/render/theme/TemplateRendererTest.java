package org.levermap.render.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.levermap.render.view.Html;
import org.levermap.render.view.Ref;

class TemplateRendererTest {

    @TempDir
    Path tmp;

    private TemplateRenderer renderer(String name, String text) throws Exception {
        Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(tmp.resolve("templates/" + name), text);
        return new TemplateRenderer(new Theme(tmp));
    }

    @Test
    void htmlTemplatesEscapeEverythingButHtmlViews() throws Exception {
        TemplateRenderer r = renderer("t.ftlh", "${ref.name}|${safe}|${ref.nothing!\"none\"}|${ref.href!\"none\"}");
        String out = new String(r.render("t.ftlh", Map.of("ref", new Ref("x", "<b>&\"", null), "safe", new Html("<i>ok</i>"))),
                StandardCharsets.UTF_8);
        assertEquals("&lt;b&gt;&amp;&quot;|<i>ok</i>|none|none", out);
    }

    @Test
    void xmlTemplatesEscapeForXml() throws Exception {
        TemplateRenderer r = renderer("t.ftlx", "<t>${s}</t>");
        assertEquals("<t>&lt;&amp;&apos;</t>", new String(r.render("t.ftlx", Map.of("s", "<&'")), StandardCharsets.UTF_8));
    }

    @Test
    void errorsNameTheTemplateLineAndColumn() throws Exception {
        TemplateRenderer r = renderer("bad.ftlh", "line one\n  ${missing.value}\n");
        ThemeException e = assertThrows(ThemeException.class, () -> r.render("bad.ftlh", Map.of()));
        assertTrue(e.getMessage().startsWith("templates/bad.ftlh:2:5: "), e.getMessage());
        ThemeException syntax = assertThrows(ThemeException.class, () -> renderer("syntax.ftlh", "<#if>\n")
                .render("syntax.ftlh", Map.of()));
        assertTrue(syntax.getMessage().startsWith("templates/syntax.ftlh:1:"), syntax.getMessage());
        ThemeException missing = assertThrows(ThemeException.class, () -> r.render("nope.ftlh", Map.of()));
        assertEquals("templates/nope.ftlh: no such template in the theme", missing.getMessage());
    }

    @Test
    void templatesCannotReachJava() throws Exception {
        TemplateRenderer r = renderer("evil.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        assertThrows(ThemeException.class, () -> r.render("evil.ftlh", Map.of()));
    }

    @Test
    void theDefaultThemesCountSaysOneOrSeveral() throws Exception {
        TemplateRenderer r = renderer("t.ftlh", "<#import \"/partials/macros/counts.ftlh\" as n>"
                + "<@n.count 1 \"author\"/>|<@n.count 0 \"author\"/>|<@n.count 1234 \"commit\"/>|<@n.count \"?\" \"tag\"/>");
        assertEquals("1 author|0 authors|1234 commits|? tags", new String(r.render("t.ftlh", Map.of()), StandardCharsets.UTF_8));
    }
}
