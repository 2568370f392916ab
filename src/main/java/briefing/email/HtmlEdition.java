package briefing.email;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.render.Urls;
import ch.digitalfondue.mjml4j.Mjml4j;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The HTML part of an issue's email: the site's MJML template ({@value #TEMPLATE}) rendered by Pebble
 * (auto-escaping and strict variables on, as for pages), compiled by mjml4j into a 600 px table layout
 * with inline styles, then read by jsoup to make every address absolute and to drop anything an email
 * must not carry (scripts, frames, external stylesheets, forms). Thread-safe.
 */
final class HtmlEdition {
    static final String TEMPLATE = "email/issue.mjml.peb";
    private static final Pattern MSO = Pattern.compile("mso-[a-z-]+\\s*:[^;}]*;?");
    /** Layouts kept per bake: a site's issues take a handful of forms (which sections they have). */
    private static final int MAX_LAYOUTS = 256;
    private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

    /** A layout compiled and cleaned, and the addresses of its links and images. */
    private record Layout(String html, java.util.List<String> addresses) {
    }

    private final SiteConfig config;
    private final Urls urls;
    private final PebbleEngine engine;
    private final EmailCleaner cleaner;
    /** The template's own markup, cleaned without a parser when it is plain. */
    private final PlainMarkup plain;

    HtmlEdition(SiteConfig config, Urls urls, Path templates, AbsoluteAddresses addresses) {
        this.config = config;
        this.urls = urls;
        FileLoader loader = new FileLoader(templates.toAbsolutePath().normalize().toString());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(config.locale())
                .build();
        this.cleaner = new EmailCleaner(addresses);
        this.plain = new PlainMarkup(addresses, SetAsideBodies.TAG);
    }

    /** The MJML source the template makes of an issue, before compiling. */
    String mjml(DailyIssue issue, String dateline) {
        PebbleTemplate template = engine.getTemplate(TEMPLATE);
        org.apache.commons.io.output.StringBuilderWriter out = new org.apache.commons.io.output.StringBuilderWriter(1 << 15); // unsynchronized
        try {
            template.evaluate(out, Map.of(
                    "site", config,
                    "urls", urls,
                    "issue", issue,
                    "dateline", dateline,
                    "preheader", Preheader.of(issue),
                    "viewUrl", urls.absolute(urls.issue(issue))), config.locale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * MJML compiled to HTML and cleaned for email. Compiling takes tens of milliseconds, and issues differ in
     * the text of their {@code mj-text}, {@code mj-title} and {@code mj-preview} elements far more than in
     * their layout: the text is taken out (a numbered slot in its place), the layout compiled and cleaned
     * once per bake for each form it takes, and each text, cleaned on its own in the element it lands in,
     * put back into its slot. mjml4j passes that text through as it is.
     */
    private String compile(String mjml, java.util.List<String> bodies, Consumer<String> found) {
        TextSlots slots = TextSlots.of(mjml);
        String key = slots.layout();
        Layout layout = layouts.get(key);
        if (layout == null) {
            layout = cleanDocument(Mjml4j.render(key));
            if (layouts.size() < MAX_LAYOUTS) {
                layouts.putIfAbsent(key, layout);
            }
        }
        layout.addresses().forEach(found);
        int[] next = {0}; // the first body no slot held yet: slots come in the order of the document
        return slots.fill(layout.html(), (text, element, out) -> next[0] = cleanText(text, element, bodies, next[0], found, out));
    }

    /** A whole compiled document cleaned: the layout, its slots still marked. */
    private Layout cleanDocument(String html) {
        Document document = Jsoup.parse(html);
        java.util.List<String> addresses = new java.util.ArrayList<>();
        cleaner.clean(document, true, addresses::add);
        standard(document);
        document.select("html").attr("lang", config.language()); // mjml4j leaves it undetermined
        return new Layout(serialized(document).outerHtml(), java.util.List.copyOf(addresses));
    }

    /**
     * A slot's text cleaned as if parsed in place, inside an element of the given name, and written to
     * {@code out}; the stories' bodies in it, from the {@code from}th on, set aside while the rest is cleaned,
     * where they stand in flow content.
     *
     * @return the first body the slots after this one may hold
     */
    private int cleanText(String text, String element, java.util.List<String> bodies, int from, Consumer<String> found, StringBuilder out) {
        SetAsideBodies aside = SetAsideBodies.of(text, bodies, from);
        // the template's own markup, when plain, is cleaned as it is read (bodies, if any, put back after)
        java.util.List<String> plainFound = new java.util.ArrayList<>();
        StringBuilder plainHtml = new StringBuilder(aside.marked().length());
        if (plain.clean(aside.marked(), element, plainFound::add, plainHtml) && aside.restore(plainHtml, out)) {
            plainFound.forEach(found);
            return aside.next();
        }
        if (aside.any()) {
            java.util.List<String> addresses = new java.util.ArrayList<>();
            Element holder = cleaned(aside.marked(), element, addresses::add);
            StringBuilder html = new StringBuilder(aside.marked().length());
            if (aside.standInFlow(holder) && aside.restore(holder.html(html), out)) {
                addresses.forEach(found);
                return aside.next();
            }
        }
        cleaned(text, element, found).html(out); // as html() writes it without pretty-printing, with no string between
        return aside.next();
    }

    private Element cleaned(String text, String element, Consumer<String> found) {
        Document document = serialized(Document.createShell(""));
        Element holder = document.body().appendElement(element);
        holder.appendChildren(Parser.parseFragment(text, holder, ""));
        cleaner.clean(holder, true, found);
        return holder;
    }

    private static Document serialized(Document document) {
        document.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return document;
    }

    /**
     * Keeps what MJML writes for Outlook where standard HTML has no place for it: Outlook's namespaces are
     * dropped (no VML is used) and its {@code mso-} properties move from the style blocks into a conditional
     * comment only Outlook reads.
     */
    private static void standard(Document document) {
        document.select("html").removeAttr("xmlns:v").removeAttr("xmlns:o");
        StringBuilder outlook = new StringBuilder();
        for (Element style : document.select("style")) {
            String css = style.data();
            Matcher mso = MSO.matcher(css);
            if (mso.find()) {
                outlook.append(css);
                style.text(""); // replaced below, without the mso- properties
                style.appendChild(new DataNode(MSO.matcher(css).replaceAll("")));
            }
        }
        if (!outlook.isEmpty()) {
            document.head().appendChild(new Comment("[if mso]><style type=\"text/css\">" + outlook + "</style><![endif]"));
        }
    }

    /** @param found told of the address of every link and image, made absolute */
    String render(DailyIssue issue, String dateline, Consumer<String> found) {
        return compile(mjml(issue, dateline), issue.stories().stream().map(briefing.model.Story::bodyHtml).toList(), found);
    }
}
