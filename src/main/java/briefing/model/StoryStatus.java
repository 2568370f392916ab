package briefing.model;

/** Whether a story reaches readers in this bake. */
public enum StoryStatus {
    PUBLISHED, DRAFT, SCHEDULED
}
