package briefing.feed;

import briefing.model.Image;
import briefing.model.Source;
import briefing.model.Story;

/**
 * A story as one HTML fragment for feeds, carrying what its page carries: the word of the day (characters and
 * pinyin), the lead image with caption and credit, the body, a correction, and the sources with their paywall
 * marks. Every address in it is absolute.
 */
final class StoryHtml {
    private StoryHtml() {
    }

    /** @param chinese the language tag of the story's Chinese ({@code zh-Hans} or {@code zh-Hant}) */
    static String of(Story story, String chinese) {
        StringBuilder out = new StringBuilder(story.bodyHtml().length() + 512);
        story.word().ifPresent(w -> out.append("<p><ruby lang=\"").append(chinese).append("\">").append(XmlText.html(w.hanzi()))
                .append("<rp> (</rp><rt lang=\"zh-Latn-pinyin\">").append(XmlText.html(w.pinyin())).append("</rt><rp>)</rp></ruby> — ")
                .append(XmlText.html(w.english())).append("</p>\n"));
        story.image().ifPresent(image -> figure(out, image));
        out.append(story.bodyHtml());
        story.correction().ifPresent(c -> out.append("<p><strong>Correction:</strong> ").append(XmlText.html(c)).append("</p>\n"));
        sources(out, story);
        return out.toString();
    }

    private static void figure(StringBuilder out, Image image) {
        out.append("<figure><img src=\"").append(XmlText.html(image.src())).append("\" alt=\"")
                .append(XmlText.html(image.alt())).append("\">");
        if (!image.caption().isEmpty() || !image.credit().isEmpty()) {
            out.append("<figcaption>").append(XmlText.html(image.caption()));
            if (!image.credit().isEmpty()) {
                out.append(image.caption().isEmpty() ? "" : " ").append("<small>").append(XmlText.html(image.credit())).append("</small>");
            }
            out.append("</figcaption>");
        }
        out.append("</figure>\n");
    }

    private static void sources(StringBuilder out, Story story) {
        if (story.sources().isEmpty()) {
            return;
        }
        out.append("<p>Sources: ");
        int i = 0;
        for (Source source : story.sources()) {
            out.append(i++ > 0 ? ", " : "").append("<a href=\"").append(XmlText.html(source.url())).append("\">")
                    .append(XmlText.html(source.name())).append("</a>");
            if (source.paywall().isPaywalled()) {
                out.append(" (").append(source.paywall().label()).append(')');
            }
        }
        out.append("</p>\n");
    }
}
