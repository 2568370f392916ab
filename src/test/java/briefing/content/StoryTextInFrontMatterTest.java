package briefing.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import briefing.model.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ordinary front matter is never taken for the story's text; the text is found where it starts. */
class StoryTextInFrontMatterTest {
    private static Optional<Problem> find(String frontMatter) {
        return StoryTextInFrontMatter.find("a.md", frontMatter, 1, true);
    }

    private static void fine(String frontMatter) {
        assertEquals(Optional.empty(), find(frontMatter), frontMatter);
    }

    private static void textAt(int line, String frontMatter) {
        Optional<Problem> found = find(frontMatter);
        assertTrue(found.isPresent(), frontMatter);
        assertEquals(line, found.get().line(), found.get().format());
    }

    @Test
    void validFrontMatterIsFine() {
        fine("title: T\n\n");
        fine("title: \"Talks: day two\"  # a comment\n\n# a comment\n\n# another\ndate: 2019-11-05 08:00:00\n");
        fine("summary: |\n  One.\n\n  Two: three.\n\ntags: [a]\n");
        fine("summary: >-\n  One.\n\n  Two.\n");
        fine("summary: \"long\n  continued\"\nsummary2: 'it''s'\n");
        fine("tags:\n  - a\n  - b\n\nauthor:\n- One\n\n- Two\n");
        fine("tags: [a,\nb,\n  c]\nsources: [{name: A, url: \"https://a\"}]\n");
        fine("sources:\n- name: A\n  url: https://a\n\n- name: B\n  url: https://b\n");
        fine("word:\n  hanzi: 中\n  pinyin: zhōng\n标签: 中国\nog:image: x\n\"quoted: key\": v\n<<: *base\n");
        fine("correction: \"On Nov. 5, we misstated the date.\"\nTitle: The talks went well today.\nPhoto credit: Reuters (file photo)\n");
        fine("draft: yes\n\n\n");
    }

    @Test
    void theTextIsFoundWhereItStarts() {
        textAt(4, "title: T\ntags: [x]\n\nBeijing — the talks went on.\n");
        textAt(4, "title: T\ntags: [x]\n\n**Bold** start\n");
        textAt(4, "title: T\ntags: [x]\n\n> a quote\n");
        textAt(4, "title: T\ntags: [x]\n\n1. First point\n");
        textAt(4, "title: T\ntags: [x]\n\n# Heading\n\nText.\n");
        textAt(5, "title: T\ntags: [x]\n# a note\n\nText.\n");
        textAt(4, "title: T\ntags: [x]\n\nReporting by Mei Lin; editing by Tom: thanks.\n");
        textAt(3, "title: T\ntags: [x]\n—\n");
        textAt(3, "title: T\ntags: [x]\n--- # end\n");
        textAt(3, "title: T\ntags: [x]\n- - -\n");
        textAt(3, "title: T\ntags: [x]\nAt 10:30 the talks began.\n");
    }

    @Test
    void aLowerCaseFieldIsAFieldWhateverItsValueSaysAndSetsWhatMayFollowIt() {
        fine("title: The talks went well today. Both sides said so.\nsummary: Xi said: the talks went on.\n");
        fine("tags:\n- a\nsources:  \n  - name: A\nnote: # empty, a comment\n- b\n");
        fine("tags: [a,\nb: c,\n  d]\ndate_2: x\n");
        textAt(2, "title: T\n- a list item\n");
        textAt(3, "title: T\ntags: [x]\nAt 10:30 the talks began: all of them.\n");
    }
}
