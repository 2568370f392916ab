package briefing.model;

import java.util.Objects;

/** The word of the day: the term in Chinese characters, its pinyin and its English meaning. */
public record Word(String hanzi, String pinyin, String english) {
    public Word {
        Objects.requireNonNull(hanzi, "hanzi");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(english, "english");
    }
}
