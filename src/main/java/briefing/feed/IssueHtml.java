package briefing.feed;

import briefing.config.SiteConfig;
import briefing.markdown.ChineseRuns;
import briefing.model.DailyIssue;
import briefing.model.IssueSection;
import briefing.model.Story;
import briefing.model.Term;
import briefing.render.Urls;
import java.util.stream.Collectors;

/** A whole daily issue as one HTML fragment, the content of its entry in the issues feed. */
final class IssueHtml {
    private final Urls urls;
    private final SiteConfig config;

    IssueHtml(Urls urls, SiteConfig config) {
        this.urls = urls;
        this.config = config;
    }

    /** Plain text as HTML, its Chinese and pinyin marked with their language as in pages. */
    private String text(String plain) {
        return text(plain, config.chinese());
    }

    /** The same for a story's text, in the script of its own Chinese. */
    private String text(String plain, String chinese) {
        return ChineseRuns.html(XmlText.clean(plain), chinese, !config.language().equalsIgnoreCase(chinese));
    }

    String of(DailyIssue issue) {
        StringBuilder out = new StringBuilder();
        for (IssueSection section : issue.sections()) {
            out.append("<h2>").append(XmlText.html(section.section().label())).append("</h2>\n");
            int n = 0;
            for (Story story : section.stories()) {
                n++;
                String number = section.section().numbered() ? n + ". " : "";
                out.append("<h3><a href=\"").append(XmlText.html(urls.absolute(urls.story(story)))).append("\">")
                        .append(number).append(text(story.title(), story.chinese())).append("</a></h3>\n");
                if (!story.authors().isEmpty()) {
                    out.append("<p>By ").append(text(story.authors().stream().map(Term::name)
                            .collect(Collectors.joining(", ")))).append("</p>\n");
                }
                out.append(StoryHtml.of(story, story.chinese()));
            }
        }
        return out.toString();
    }
}
