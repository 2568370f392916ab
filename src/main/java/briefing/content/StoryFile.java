package briefing.content;

import briefing.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A story file split into its YAML front matter and its Markdown body.
 *
 * @param frontMatter the YAML between the two {@code ---} lines
 * @param body the Markdown after the closing line
 * @param bodyLine the line of the file the body starts on
 */
record StoryFile(String frontMatter, String body, int bodyLine) {
    /** Lines of the file before the front matter's first field: the opening {@code ---}. */
    static final int FRONT_MATTER_OFFSET = 1;

    private static final String HINT = "start the file with a line `---`, then the fields (`title: …`), then another `---` line";

    /** Decodes strict UTF-8 and splits; records a problem and returns empty when the file cannot be split. */
    static Optional<StoryFile> split(String path, byte[] bytes, List<Problem> problems) {
        Optional<String> decoded = decode(path, bytes, problems);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (mayHoldControlCharacters(bytes)) {
            text = dropControlCharacters(path, text, problems);
        }
        if (text.isBlank()) {
            problems.add(Problem.error(path, 1, 1, "the file is empty", HINT));
            return Optional.empty();
        }
        int firstEnd = lineEnd(text, 0);
        String first = text.substring(0, firstEnd).strip();
        if (!first.equals("---")) {
            problems.add(noFrontMatter(path, text, first));
            return Optional.empty();
        }
        int start = next(text, firstEnd);
        for (int pos = start; pos < text.length(); ) {
            int end = lineEnd(text, pos);
            String line = text.substring(pos, end);
            if (line.equals("---") || line.equals("...") || line.stripTrailing().equals("---")) {
                String frontMatter = text.substring(start, pos);
                Optional<Problem> inside = StoryTextInFrontMatter.find(path, frontMatter, FRONT_MATTER_OFFSET + 1, true);
                if (inside.isPresent()) {
                    problems.add(inside.get());
                    return Optional.empty();
                }
                int bodyStart = Math.min(text.length(), next(text, end));
                String body = text.substring(bodyStart);
                int bodyLine = 1 + (int) text.substring(0, bodyStart).chars().filter(ch -> ch == '\n').count();
                Optional<Problem> second = SecondFrontMatter.find(path, body, bodyLine);
                if (second.isPresent()) {
                    problems.add(second.get());
                    return Optional.empty();
                }
                return Optional.of(new StoryFile(frontMatter, body, bodyLine));
            }
            pos = next(text, end);
        }
        problems.add(StoryTextInFrontMatter.find(path, text.substring(start), FRONT_MATTER_OFFSET + 1, false)
                .orElse(Problem.error(path, 1, 1, "the front matter is not closed",
                        "add a line `---` after the last field, before the story's text")));
        return Optional.empty();
    }

    /** Why a file that does not start with {@code ---} has no front matter, naming the near misses. */
    private static Problem noFrontMatter(String path, String text, String first) {
        if (first.equals("+++")) {
            return Problem.error(path, 1, 1, "TOML front matter (`+++`) is not read: front matter is YAML between two `---` lines",
                    "replace both `+++` lines by `---` and write the fields as `title: \"…\"`");
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) {
            return Problem.error(path, 1, 1, "the lines end in a lone carriage return (CR), which is not a line end here",
                    "save the file with Unix (LF) or Windows (CRLF) line ends");
        }
        int line = 1;
        for (int pos = 0; pos < text.length(); pos = next(text, lineEnd(text, pos)), line++) {
            String l = text.substring(pos, lineEnd(text, pos));
            if (!l.isBlank()) {
                if (l.strip().equals("---")) {
                    return Problem.error(path, line, 1, "the front matter must start on the first line, but "
                            + (line == 2 ? "a blank line comes" : (line - 1) + " blank lines come") + " before its `---`",
                            "delete the blank " + (line == 2 ? "line" : "lines") + " (or spaces) before `---`");
                }
                break;
            }
        }
        return Problem.error(path, 1, 1, "no front matter", HINT);
    }

    /**
     * Whether UTF-8 bytes may encode a control character (C0 but tab and line ends, DEL, C1, U+FFFE and
     * U+FFFF): a quick look at the bytes spares the slower look at every character of almost every file.
     */
    private static boolean mayHoldControlCharacters(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F
                    || (b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0x80 && (bytes[i + 1] & 0xFF) <= 0x9F)
                    || (b == 0xEF && i + 2 < bytes.length && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) >= 0xBE)) {
                return true;
            }
        }
        return false;
    }

    /** Control characters cannot appear in HTML or XML: each is dropped with a warning at its place. */
    private static String dropControlCharacters(String path, String text, List<Problem> problems) {
        StringBuilder out = null;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                problems.add(Problem.warning(path, line, i - lineStart + 1,
                        String.format("control character U+%04X removed", (int) c), "delete it; it was probably pasted by accident"));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        int end = nl < 0 ? text.length() : nl;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return lineEnd < text.length() ? lineEnd + 1 : text.length();
    }

    private static Optional<String> decode(String path, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.add(Problem.error(path, line, offset - lineStart + 1,
                    String.format("not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF),
                    "save the file as UTF-8; the text was probably written in another encoding"));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }
}
