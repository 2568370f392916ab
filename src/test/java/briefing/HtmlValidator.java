package briefing;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu Html Checker (the W3C's validator), run in-process on baked files. */
public final class HtmlValidator {
    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;
    private String current = "";

    public HtmlValidator() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (such as "consider adding a lang attribute") do not fail a page
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** Validates one HTML file; its errors are added to {@link #errors()}. */
    public void check(File file) throws Exception {
        current = file.getPath();
        validator.checkHtmlFile(file, true);
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }
}
