package briefing.markdown;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Renders story bodies: CommonMark with tables, strikethrough, autolinks, typographic quotes and heading
 * ids; runs of Chinese characters and pinyin marked with their language ({@link ChineseRuns}). Raw HTML in Markdown is shown as text, never passed through. Built once per bake; thread-safe.
 */
public final class MarkdownRenderer {
    /** The site address of the folder a story file sits in, such as {@code https://x.org/2019/11/05/}. */
    static final DataKey<String> FOLDER_URL = new DataKey<>("BRIEFING_FOLDER_URL", "");
    /** The images of a document, by their offset in it, as its links are resolved; set on each document. */
    static final com.vladsch.flexmark.util.data.NullableDataKey<java.util.Map<Integer, MarkdownImage>> IMAGES =
            new com.vladsch.flexmark.util.data.NullableDataKey<>("BRIEFING_IMAGES");

    private final String siteUrl;
    private final String hanTag;
    private final boolean markHan;
    private volatile Parser parser;
    /** The same parser without the tables extension, for bodies without a {@code |}: they hold no table. */
    private volatile Parser parserWithoutTables;
    private volatile HtmlRenderer renderer;

    /** @param siteUrl the site's base address without a trailing slash: root-relative links are resolved against it */
    public MarkdownRenderer(String siteUrl) {
        this(siteUrl, "zh-Hans", true);
    }

    /**
     * @param siteUrl the site's base address without a trailing slash
     * @param hanTag the language tag Chinese runs in text are marked with ({@code zh-Hans}, {@code zh-Hant})
     * @param markHan false where the pages are in that language, so that Chinese needs no mark
     */
    private MarkdownRenderer other;

    public MarkdownRenderer(String siteUrl, String hanTag, boolean markHan) {
        this.siteUrl = siteUrl;
        this.hanTag = hanTag;
        this.markHan = markHan;
    }

    /** The renderer for Chinese of another script (a story's own {@code chinese}): this one if the same, else one made once. */
    public MarkdownRenderer inScript(String tag, boolean mark) {
        if (tag.equals(hanTag) && mark == markHan) {
            return this;
        }
        synchronized (this) {
            if (other == null || !other.hanTag.equals(tag) || other.markHan != mark) {
                other = new MarkdownRenderer(siteUrl, tag, mark);
            }
            return other;
        }
    }

    /** flexmark is set up on first use: a bake whose stories all come from the cache renders no Markdown. */
    private synchronized void setUp() {
        if (parser != null) {
            return;
        }
        List<com.vladsch.flexmark.util.misc.Extension> extensions = List.of(StrikethroughExtension.create(),
                new Autolinks(), TypographicExtension.create(), new AbsoluteLinks(siteUrl), new FirstParagraph(), new PlainText(hanTag, markHan));
        List<com.vladsch.flexmark.util.misc.Extension> withTables = new java.util.ArrayList<>(extensions);
        withTables.add(0, TablesExtension.create());
        com.vladsch.flexmark.util.data.DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, withTables)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.WITH_CAPTION, false)
                .toImmutable();
        this.renderer = HtmlRenderer.builder(options).build();
        this.parserWithoutTables = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, extensions).toImmutable()).build();
        this.parser = Parser.builder(options).build();
    }

    /**
     * @param markdown the body
     * @param folderUrl absolute address of the story file's folder, for relative links and images
     * @param withFirstParagraph whether the first paragraph's text is wanted
     */
    public RenderedMarkdown render(String markdown, String folderUrl, boolean withFirstParagraph) {
        if (parser == null) {
            setUp();
        }
        // the tables extension looks at every paragraph (a fifth of the parsing time); a table needs a |
        Document document = (markdown.indexOf('|') >= 0 ? parser : parserWithoutTables).parse(markdown);
        document.set(FOLDER_URL, folderUrl);
        java.util.Map<Integer, MarkdownImage> images = new java.util.TreeMap<>();
        document.set(IMAGES, images);
        FirstParagraph.Found first = new FirstParagraph.Found();
        if (withFirstParagraph) {
            document.set(FirstParagraph.FOUND, first);
        }
        String html = renderer.render(document);
        return new RenderedMarkdown(html, first.html() == null ? "" : text(first.html()), List.copyOf(images.values()));
    }

    /** Text as readers see it (entities decoded, typographic quotes included), without markup. */
    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}
