package org.capacityacademy.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders its children once per {@code key} and then writes what they rendered, for markup that
 * is the same for everyone who asks with that key: a published lesson's text, by course version,
 * lesson, language of the lesson and language of the page. With no key (an author's preview of a
 * draft) it renders its children every time. Nothing inside may depend on who is asking, and
 * nothing inside may be a form field: only the markup is kept.
 *
 * <p>Why: the lesson's text (objectives, quoted paragraphs, explanation, key terms) was about
 * half of the processor time of a lesson page, the same work for every reader.
 *
 * <p>The markup is kept in this instance's memory; when more than {@value #KEPT} pieces are kept
 * (old course versions' included) they are all forgotten and made again as asked.
 */
public class CachedMarkup extends UIComponentBase {

    public static final String FAMILY = "org.capacityacademy.CachedMarkup";
    static final int KEPT = 2_000;
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Object key = getAttributes().get("key");
        if (key == null || key.toString().isEmpty()) {
            super.encodeChildren(context);
            return;
        }
        String markup = RENDERED.get(key.toString());
        if (markup == null) {
            markup = render(context);
            if (RENDERED.size() >= KEPT) {
                RENDERED.clear();
            }
            RENDERED.put(key.toString(), markup);
        }
        context.getResponseWriter().write(markup);
    }

    private String render(FacesContext context) throws IOException {
        StringWriter buffer = new StringWriter();
        ResponseWriter page = context.getResponseWriter();
        ResponseWriter captured = page.cloneWithWriter(buffer);
        context.setResponseWriter(captured);
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            captured.flush();
        } finally {
            context.setResponseWriter(page);
        }
        return buffer.toString();
    }
}
