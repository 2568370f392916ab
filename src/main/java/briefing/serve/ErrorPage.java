package briefing.serve;

import briefing.model.Problem;
import briefing.markdown.HtmlText;
import java.util.List;

/** The page the preview shows instead of the site while it has errors: every problem, with its place. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String of(List<Problem> problems) {
        StringBuilder out = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Errors · Briefing preview</title>
                <script src="/_preview/reload.js" defer></script>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5}
                li{font-family:ui-monospace,monospace;margin:.5rem 0;white-space:pre-wrap}
                .error{color:#b3261e}.warning{color:#7a5b00}</style>
                </head>
                <body>
                <h1>The site has errors</h1>
                <p>Fix them and save: this page reloads by itself.</p>
                <ul>
                """);
        for (Problem p : problems) {
            out.append("<li class=\"").append(p.isError() ? "error" : "warning").append("\">")
                    .append(HtmlText.escape(p.format())).append("</li>\n");
        }
        return out.append("</ul>\n</body>\n</html>\n").toString();
    }

    /** The same as plain text, for what is not a page (a feed, the sitemap, robots.txt). */
    static String text(List<Problem> problems) {
        StringBuilder out = new StringBuilder("The site has errors; fix them and save.\n\n");
        for (Problem p : problems) {
            out.append(p.format()).append('\n');
        }
        return out.toString();
    }
}
