package briefing.feed;

import briefing.config.SiteConfig;
import briefing.model.DailyIssue;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.FeedRow;
import briefing.render.Urls;
import com.rometools.modules.atom.modules.AtomLinkModule;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.content.ContentModule;
import com.rometools.modules.content.ContentModuleImpl;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.WireFeedOutput;
import java.io.StringWriter;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes a feed row as RSS 2.0 or Atom 1.0 with ROME: permanent ids, dates, authors, topics, the summary
 * and the full HTML (RSS {@code content:encoded}, Atom {@code content}). Dates are the stories' own, so an
 * unchanged site gives byte-identical feeds.
 */
public final class FeedWriter {
    private final SiteConfig config;
    private final Urls urls;
    private final Function<DailyIssue, String> issueHtml;
    private final JsonFeedWriter jsonFeed;

    /**
     * @param issueHtml an issue's item in the issues feed, as HTML with absolute addresses: what the issue's
     *                  page shows, rendered from its templates by the render stage
     */
    public FeedWriter(SiteConfig config, Urls urls, Function<DailyIssue, String> issueHtml) {
        this.config = config;
        this.urls = urls;
        this.issueHtml = issueHtml;
        this.jsonFeed = new JsonFeedWriter(config, urls, issueHtml);
    }

    /** The feed as XML text (RSS, Atom) or JSON text (JSON Feed). */
    public String write(FeedRow row) {
        return write(row, a -> { });
    }

    /**
     * @param addresses told of each address the program writes into the feed (its own, its page's, its entries',
     *                  their images'), for the link check; those in the HTML of the entries are not told
     */
    public String write(FeedRow row, Consumer<String> addresses) {
        row.stories().forEach(s -> s.image().ifPresent(i -> addresses.accept(i.src())));
        if (row.format() == FeedRow.Format.JSON) {
            return jsonFeed.write(row, addresses);
        }
        boolean atom = row.format() == FeedRow.Format.ATOM;
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setTitle(XmlText.clean(row.title()));
        feed.setDescription(XmlText.clean(row.description()));
        feed.setLink(told(addresses, urls.absolute(row.pageUrl())));
        feed.setLanguage(config.language());
        String self = told(addresses, urls.absolute(row.url()));
        List<SyndEntry> entries = new ArrayList<>();
        row.stories().forEach(s -> entries.add(entry(s, atom)));
        row.issues().forEach(i -> entries.add(entry(i, atom)));
        entries.forEach(e -> addresses.accept(e.getLink()));
        feed.setEntries(entries);
        feed.setPublishedDate(newest(row));
        if (atom) {
            feed.setUri(self);
            SyndLink alternate = link(urls.absolute(row.pageUrl()), "alternate", "text/html");
            SyndLink selfLink = link(self, "self", "application/atom+xml");
            feed.setLinks(List.of(alternate, selfLink));
            feed.setAuthors(List.of(person(config.title())));
        } else {
            AtomLinkModule module = new AtomLinkModuleImpl();
            Link link = new Link();
            link.setHref(self);
            link.setRel("self");
            link.setType("application/rss+xml");
            module.setLinks(List.of(link));
            feed.getModules().add(module);
        }
        try {
            StringWriter out = new StringWriter();
            new WireFeedOutput().output(withoutEchoes(feed.createWireFeed()), out, true);
            return out.toString();
        } catch (FeedException | java.io.IOException e) {
            throw new IllegalStateException("cannot write feed " + row.url(), e);
        }
    }

    static String told(Consumer<String> addresses, String address) {
        addresses.accept(address);
        return address;
    }

    /**
     * ROME repeats the feed's language and every date in Dublin Core ({@code dc:language} beside
     * {@code language}, {@code dc:date} beside {@code pubDate}), which feed validators warn about: the echoes
     * are taken out, the authors ({@code dc:creator}) stay.
     */
    private static WireFeed withoutEchoes(WireFeed wire) {
        List<List<com.rometools.rome.feed.module.Module>> modules = new ArrayList<>();
        modules.add(wire.getModules());
        if (wire instanceof com.rometools.rome.feed.rss.Channel channel) {
            channel.getItems().forEach(i -> modules.add(i.getModules()));
        } else if (wire instanceof com.rometools.rome.feed.atom.Feed atom) {
            atom.getEntries().forEach(e -> modules.add(e.getModules()));
        }
        for (List<com.rometools.rome.feed.module.Module> list : modules) {
            for (com.rometools.rome.feed.module.Module module : list) {
                if (module instanceof DCModule dc) {
                    dc.setDates(new ArrayList<>());
                    dc.setLanguages(new ArrayList<>());
                }
            }
        }
        return wire;
    }

    private Date newest(FeedRow row) {
        ZonedDateTime newest = row.stories().stream().map(Story::modified).max(ZonedDateTime::compareTo)
                .or(() -> row.issues().stream().map(DailyIssue::modified).max(ZonedDateTime::compareTo))
                .orElse(ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, config.zone()));
        return Date.from(newest.toInstant());
    }

    private SyndEntry entry(Story story, boolean atom) {
        String link = urls.absolute(urls.story(story));
        SyndEntry entry = base(link, story.title(), story.date(), story.modified(), atom);
        List<String> names = story.authors().stream().map(a -> XmlText.clean(a.name())).toList();
        if (atom) {
            entry.setAuthors(names.stream().map(FeedWriter::person).toList());
        } else {
            DCModule dc = (DCModule) entry.getModule(DCModule.URI);
            dc.setCreators(names);
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (Term tag : story.tags()) {
            SyndCategoryImpl category = new SyndCategoryImpl();
            category.setName(XmlText.clean(tag.name()));
            categories.add(category);
        }
        entry.setCategories(categories);
        body(entry, story.summary(), StoryHtml.of(story, story.chinese()), atom);
        return entry;
    }

    private SyndEntry entry(DailyIssue issue, boolean atom) {
        String link = urls.absolute(urls.issue(issue));
        SyndEntry entry = base(link, config.title() + " for " + issue.date(), issue.published(), issue.modified(), atom);
        String summary = String.join("; ", issue.stories().stream().filter(s -> s.section().numbered())
                .map(Story::title).toList());
        body(entry, summary, issueHtml.apply(issue), atom);
        return entry;
    }

    private static SyndEntry base(String link, String title, ZonedDateTime published, ZonedDateTime updated, boolean atom) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(XmlText.clean(title));
        entry.setLink(link);
        if (atom) {
            entry.setUri(link);
            entry.setUpdatedDate(Date.from(updated.toInstant()));
        }
        entry.setPublishedDate(Date.from(published.toInstant()));
        return entry;
    }

    private static void body(SyndEntry entry, String summary, String html, boolean atom) {
        // RSS readers take a description as HTML: plain text is escaped for HTML once, so that a title
        // such as "<TikTok>" shows as written instead of vanishing as an unknown tag
        SyndContent description = new SyndContentImpl();
        description.setType(atom ? "text/plain" : "text/html");
        description.setValue(atom ? XmlText.clean(summary) : XmlText.html(summary));
        entry.setDescription(description);
        String content = XmlText.clean(html);
        if (atom) {
            SyndContent full = new SyndContentImpl();
            full.setType("html");
            full.setValue(content);
            entry.setContents(List.of(full));
        } else {
            ContentModule module = new ContentModuleImpl();
            module.setEncodeds(List.of(content));
            entry.getModules().add(module);
        }
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(XmlText.clean(name));
        return person;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
