package briefing.feed;

import briefing.config.SiteConfig;
import briefing.render.SitemapRow;
import briefing.render.Urls;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the sitemap rows of the plan: a sitemap ({@code sitemap.xml}, or a numbered part of a large site's),
 * the sitemap index over the parts, the Google News sitemap ({@link NewsSitemapWriter}) and
 * {@code robots.txt}, which names the sitemaps. Every address is written absolute; a last change with
 * seconds, as the sitemaps.org schema wants.
 */
public final class SitemapWriter {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Urls urls;
    private final NewsSitemapWriter news;

    public SitemapWriter(SiteConfig config, Urls urls) {
        this.urls = urls;
        this.news = new NewsSitemapWriter(config, urls);
    }

    /** The file's text. */
    public String write(SitemapRow row) {
        return switch (row.kind()) {
            case SITEMAP -> urlset(row.entries());
            case INDEX -> index(row.entries());
            case NEWS -> news.write(row.stories());
            case ROBOTS -> robots(row.entries());
        };
    }

    private String robots(List<SitemapRow.Entry> sitemaps) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n\n");
        sitemaps.forEach(s -> out.append("Sitemap: ").append(urls.absolute(s.url())).append('\n'));
        return out.toString();
    }

    private String urlset(List<SitemapRow.Entry> entries) {
        return xml("urlset", w -> {
            for (SitemapRow.Entry e : entries) {
                w.writeStartElement("url");
                element(w, "loc", urls.absolute(e.url()));
                if (e.lastmod().isPresent()) {
                    element(w, "lastmod", W3cTime.of(e.lastmod().get()));
                }
                w.writeEndElement();
            }
        });
    }

    private String index(List<SitemapRow.Entry> sitemaps) {
        return xml("sitemapindex", w -> {
            for (SitemapRow.Entry sitemap : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", urls.absolute(sitemap.url()));
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
