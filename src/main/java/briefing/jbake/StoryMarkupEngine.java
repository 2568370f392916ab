package briefing.jbake;

import briefing.content.StoryDraft;
import briefing.model.Problem;
import briefing.model.Story;
import briefing.model.Term;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;

/**
 * JBake's markup engine for {@code .md} story files: YAML front matter and Markdown, read and checked by the
 * bake's {@link briefing.content.StoryReader}. A file with errors yields no document; its problems go to the
 * session. The Markdown body is rendered after the crawl, on all cores ({@link MemoryContentStore#finish}).
 */
public final class StoryMarkupEngine extends MarkupEngine {

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        BakeSession session = SessionConfiguration.sessionOf(config);
        String path = session.relative(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        List<Problem> problems = new ArrayList<>();
        Optional<StoryDraft> draft = session.reader().check(path, bytes, problems);
        session.report(problems);
        return draft.map(StoryMarkupEngine::document).orElse(null);
    }

    private static DocumentModel document(StoryDraft draft) {
        Story story = draft.story();
        DocumentModel document = new DocumentModel();
        document.setType(MemoryContentStore.STORY);
        document.setStatus(story.draft() ? "draft" : "published");
        document.setTitle(story.title());
        document.setDate(Date.from(story.date().toInstant()));
        document.setTags(story.tags().stream().map(Term::name).toArray(String[]::new));
        document.put(MemoryContentStore.STORY_KEY, draft);
        return document;
    }
}
