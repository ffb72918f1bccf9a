package org.levermap.render.theme;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Map;

/** Renders a template of the theme with a data model, reporting template errors by file, line and column. */
public final class TemplateRenderer {

    private final Theme theme;

    public TemplateRenderer(Theme theme) {
        this.theme = theme;
    }

    /** The rendered bytes (UTF-8). */
    public byte[] render(String template, Map<String, Object> model) throws ThemeException {
        try {
            Template t = theme.freemarker().getTemplate(template);
            Utf8Writer out = new Utf8Writer(32 * 1024);
            t.process(model, out);
            return out.toByteArray();
        } catch (TemplateNotFoundException e) {
            throw new ThemeException("templates/" + template + ": no such template in the theme");
        } catch (ParseException e) {
            throw new ThemeException(located(e.getTemplateName() == null ? template : e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getEditorMessage()));
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            throw new ThemeException(located(where, line == null ? 0 : line, column == null ? 0 : column,
                    firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new ThemeException("templates/" + template + ": cannot be read: " + e.getMessage());
        }
    }

    private static String located(String template, int line, int column, String message) {
        return "templates/" + template + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }

    private static String firstLine(String message) {
        String m = message == null ? "template error" : message.strip();
        int cut = m.indexOf("\n\n");
        return (cut > 0 ? m.substring(0, cut) : m).replace('\n', ' ');
    }
}
