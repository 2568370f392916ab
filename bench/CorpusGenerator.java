import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Writes a deterministic corpus of briefing stories for benchmarks: about 10 stories a day (8–12) from
 * 2019-11-05 on, one editor's note and one word of the day a day, 1–4 topics each, 0–3 sources (some
 * paywalled), a few paragraphs with Chinese names. Front matter follows docs/content.md, which the
 * reference Hugo site reads too.
 *
 * <p>Usage: {@code java bench/CorpusGenerator.java OUT N [--hugo]} (with {@code --hugo}, day folders get the
 * {@code _index.md} Hugo needs to make one page per day).
 */
public class CorpusGenerator {
    static final String[] AUTHORS = {"Mei Lin", "Tom Hadley", "Zhao Yu", "Priya Raman", "Daniel Okafor", "Lucía Ortega"};
    static final String[] TAGS = {"alipay", "fintech", "trade-war", "tariffs", "hong-kong", "xi-jinping", "tiktok", "bytedance",
            "huawei", "5g", "academic-freedom", "social-credit", "south-china-sea", "gaming", "censorship", "internet-freedom",
            "rcep", "india", "eu", "xinjiang", "taiwan", "tech", "media", "film", "习近平", "香港"};
    static final String[] PEOPLE = {"Xí Jìnpíng 习近平", "Péng Lìyuàn 彭丽媛", "Gěng Shuǎng 耿爽", "Lín Zhèng Yuè’é 林鄭月娥",
            "Fāng Lìshēn 方力申", "Mǎ Yún 马云", "Lǐ Kèqiáng 李克强"};
    static final String[][] OUTLETS = {{"TechNode", "none"}, {"New York Times", "porous"}, {"Wall Street Journal", "hard"},
            {"Reuters", "none"}, {"South China Morning Post", "none"}, {"The Guardian", "none"}, {"Bloomberg", "hard"},
            {"Xinhua", "none"}, {"Caixin", "hard"}, {"Washington Post", "porous"}};
    static final String[] WORDS = {"China", "Beijing", "trade", "deal", "tariffs", "payment", "mobile", "users", "platform",
            "government", "rules", "report", "officials", "talks", "network", "students", "policy", "market", "growth",
            "Shanghai", "Hong Kong", "protests", "investment", "treaty", "regulators", "exports", "factories", "banks"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        boolean hugo = args.length > 2 && args[2].equals("--hugo");
        Random r = new Random(2019);
        LocalDate day = LocalDate.of(2019, 11, 5);
        int made = 0;
        while (made < n) {
            List<String> sections = new ArrayList<>(List.of("editors-note", "word-of-the-day"));
            int news = 4 + r.nextInt(5);
            for (int i = 0; i < news; i++) {
                sections.add("news");
            }
            int rest = 8 + r.nextInt(5) - sections.size();
            for (int i = 0; i < rest; i++) {
                sections.add(i % 2 == 0 ? "quick-takes" : "links");
            }
            Path dir = out.resolve(String.format("%04d/%02d/%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
            Files.createDirectories(dir);
            if (hugo) {
                Files.writeString(dir.resolve("_index.md"), "---\ntitle: \"Issue of " + day + "\"\n---\n");
            }
            for (int pos = 1; pos <= sections.size() && made < n; pos++, made++) {
                String section = sections.get(pos - 1);
                String title = sentence(r, 5, 10);
                title = title.substring(0, title.length() - 1);
                String slug = slug(title, made);
                StringBuilder f = new StringBuilder("---\n");
                f.append("title: ").append(quote(title)).append('\n');
                f.append("date: ").append(day).append(String.format("T%02d:%02d:00+08:00", 6 + pos / 6, (pos * 7) % 60)).append('\n');
                f.append("section: ").append(section).append('\n');
                f.append("position: ").append(pos).append('\n');
                f.append("author: ").append(quote(AUTHORS[r.nextInt(AUTHORS.length)])).append('\n');
                TreeSet<String> tags = new TreeSet<>();
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    tags.add(TAGS[r.nextInt(TAGS.length)]);
                }
                f.append("tags: [").append(String.join(", ", tags)).append("]\n");
                List<String[]> sources = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    String[] o = OUTLETS[r.nextInt(OUTLETS.length)];
                    sources.add(new String[] {o[0], "https://example.com/" + o[0].split(" ")[0].toLowerCase() + "/" + made + "-" + i, o[1]});
                }
                if (!sources.isEmpty()) {
                    f.append("sources:\n");
                    for (String[] s : sources) {
                        f.append("  - name: ").append(quote(s[0])).append("\n    url: ").append(s[1]).append('\n');
                        if (!s[2].equals("none")) {
                            f.append("    paywall: ").append(s[2]).append('\n');
                        }
                    }
                }
                if (section.equals("word-of-the-day")) {
                    f.append("word:\n  hanzi: \"支付宝\"\n  pinyin: \"zhīfùbǎo\"\n  english: \"Alipay\"\n");
                }
                f.append("summary: ").append(quote(sentence(r, 10, 20))).append('\n');
                f.append("---\n\n").append(body(r, sources));
                Files.writeString(dir.resolve(String.format("%02d-%s.md", pos, slug)), f, StandardCharsets.UTF_8);
            }
            day = day.plusDays(1);
        }
        System.out.println(made + " stories, last day " + day.minusDays(1));
    }

    static String sentence(Random r, int min, int max) {
        List<String> words = new ArrayList<>();
        for (int i = min + r.nextInt(max - min + 1); i > 0; i--) {
            words.add(WORDS[r.nextInt(WORDS.length)]);
        }
        if (r.nextInt(10) < 3) {
            words.add(r.nextInt(words.size()), PEOPLE[r.nextInt(PEOPLE.length)]);
        }
        String s = String.join(" ", words);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    static String body(Random r, List<String[]> sources) {
        StringBuilder b = new StringBuilder();
        for (int p = 2 + r.nextInt(4); p > 0; p--) {
            StringBuilder para = new StringBuilder();
            for (int s = 2 + r.nextInt(4); s > 0; s--) {
                para.append(sentence(r, 8, 20)).append(' ');
            }
            if (!sources.isEmpty() && r.nextBoolean()) {
                String[] s = sources.get(r.nextInt(sources.size()));
                para.append("[").append(s[0]).append("](").append(s[1]).append(") reports.");
            }
            b.append(para.toString().strip()).append("\n\n");
            if (r.nextInt(4) == 0) {
                b.append("> ").append(sentence(r, 10, 20)).append("\n\n");
            }
        }
        return b.toString();
    }

    static String slug(String title, int made) {
        StringBuilder s = new StringBuilder();
        for (String w : title.toLowerCase().split(" ")) {
            if (w.matches("[a-z]+") && s.length() < 40) {
                s.append(s.length() == 0 ? "" : "-").append(w);
            }
        }
        return s.length() == 0 ? "story-" + made : s.toString();
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
