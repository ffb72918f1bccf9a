package org.levermap.render.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes {@code sitemap.xml} (sitemaps.org 0.9) with absolute URLs and the day each page's data is from. */
public final class SitemapWriter {

    private SitemapWriter() {
    }

    /**
     * @param baseUrl the site's absolute URL, ending in a slash
     * @param pages each page's path from the site root → its last-modified day (ISO), or null
     */
    public static byte[] write(String baseUrl, Map<String, String> pages) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                // A folder's index page is its folder's URL, the one people link to.
                String path = page.getKey();
                element(xml, "loc", baseUrl + (path.equals("index.html") ? "" : path));
                if (page.getValue() != null) {
                    element(xml, "lastmod", page.getValue());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return bytes.toString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
