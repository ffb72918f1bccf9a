package org.levermap.render.theme;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import org.levermap.render.view.Html;

/**
 * Exposes view records to templates ({@code project.name}, {@code lever.documented}, through {@link
 * RecordModel}) and turns {@link Html} into HTML markup output, the only values a {@code .ftlh}
 * template prints unescaped.
 */
final class ThemeObjectWrapper extends DefaultObjectWrapper {

    ThemeObjectWrapper() {
        super(configuration(), true);
    }

    private static DefaultObjectWrapperBuilder configuration() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return b;
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof Html html) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html.markup());
        }
        if (obj instanceof Record record) {
            return new RecordModel(record, this);
        }
        return super.wrap(obj);
    }
}
