package briefing.feed;

import briefing.config.SiteConfig;
import briefing.model.Story;
import briefing.render.Urls;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the Google News sitemap ({@code news-sitemap.xml}) of the stories its row lists (those published
 * in the two days before the bake's "now", newest first, at most 1,000, as the plan chose them), each with
 * the publication's name and language, its publication time and title.
 */
public final class NewsSitemapWriter {
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private final SiteConfig config;
    private final Urls urls;

    public NewsSitemapWriter(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
    }

    /** @param stories the stories to list, newest first */
    String write(List<Story> stories) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("news", NEWS);
            for (Story story : stories) {
                w.writeCharacters("\n");
                w.writeStartElement("url");
                element(w, null, "loc", urls.absolute(urls.story(story)));
                w.writeStartElement("news", "news", NEWS);
                w.writeStartElement("news", "publication", NEWS);
                element(w, NEWS, "name", config.title());
                element(w, NEWS, "language", language(config.language()));
                w.writeEndElement();
                element(w, NEWS, "publication_date", W3cTime.of(story.date()));
                element(w, NEWS, "title", story.title());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the news sitemap", e);
        }
        return out.append('\n').toString();
    }

    /**
     * The language as Google News names it: ISO 639 ({@code en}), except Chinese, which is {@code zh-cn}
     * (simplified) or {@code zh-tw} (traditional).
     */
    static String language(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (!locale.getLanguage().equals("zh")) {
            return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        }
        boolean traditional = locale.getScript().equals("Hant") || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }

    private static void element(XMLStreamWriter w, String ns, String name, String text) throws XMLStreamException {
        if (ns == null) {
            w.writeStartElement(name);
        } else {
            w.writeStartElement("news", name, ns);
        }
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }
}
