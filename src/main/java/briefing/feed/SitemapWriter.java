package briefing.feed;

import briefing.model.DailyIssue;
import briefing.model.Story;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the sitemap: one {@code sitemap.xml} up to 50,000 addresses, past that numbered sitemaps and a
 * sitemap index at {@code sitemap.xml}, as the protocol requires.
 */
public final class SitemapWriter {
    /** The protocol's limit of addresses in one sitemap file. */
    public static final int LIMIT = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final int limit;

    public SitemapWriter() {
        this(LIMIT);
    }

    SitemapWriter(int limit) {
        this.limit = limit;
    }

    /**
     * What a page's last change is taken from, by its model: the story of a story page, the issue of an
     * issue page or of the home page; null for other pages.
     */
    public static Object shown(java.util.Map<String, Object> model) {
        Object shown = model.get("story") instanceof Story story ? story : model.get("issue");
        if (shown instanceof java.util.Optional<?> latest) {
            shown = latest.orElse(null);
        }
        return shown instanceof Story || shown instanceof DailyIssue ? shown : null;
    }

    /** The {@code lastmod} of a page showing {@code shown} (see {@link #shown}), with seconds; or empty. */
    public static String lastmod(Object shown) {
        return shown instanceof Story story ? W3cTime.of(story.modified())
                : shown instanceof DailyIssue issue ? W3cTime.of(issue.modified()) : "";
    }

    /** One address of the sitemap, with its last change when known (W3C date-time, or empty). */
    public record Entry(String loc, String lastmod) {
    }

    /**
     * @param base the site's base address without a trailing slash
     * @return file name (relative to the output folder) → XML text
     */
    public Map<String, String> write(String base, List<Entry> entries) {
        Map<String, String> files = new LinkedHashMap<>();
        if (entries.size() <= limit) {
            files.put("sitemap.xml", urlset(entries));
            return files;
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < entries.size(); from += limit, n++) {
            String name = "sitemap-" + n + ".xml";
            files.put(name, urlset(entries.subList(from, Math.min(entries.size(), from + limit))));
            parts.add(base + "/" + name);
        }
        files.put("sitemap.xml", index(parts));
        return files;
    }

    private static String urlset(List<Entry> entries) {
        return xml("urlset", w -> {
            for (Entry e : entries) {
                w.writeStartElement("url");
                element(w, "loc", e.loc());
                if (!e.lastmod().isEmpty()) {
                    element(w, "lastmod", e.lastmod());
                }
                w.writeEndElement();
            }
        });
    }

    private static String index(List<String> sitemaps) {
        return xml("sitemapindex", w -> {
            for (String loc : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", loc);
                w.writeEndElement();
            }
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement(root);
            w.writeDefaultNamespace(NS);
            body.write(w);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap", e);
        }
        return out.append('\n').toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement(name);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }
}
