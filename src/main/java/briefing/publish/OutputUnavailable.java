package briefing.publish;

/**
 * The output folder cannot be published into: another bake holds it, or the disk refuses (no space, no
 * permission, a read-only file system). Thrown before the output is changed; the message names the folder
 * and the cause as the operating system gave it, the hint says what to do.
 */
public final class OutputUnavailable extends RuntimeException {
    private final String hint;

    public OutputUnavailable(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }

    /**
     * The operating system's words for an I/O failure ("No space left on device", "Permission denied",
     * "Read-only file system"), without Java's class names.
     */
    public static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
                return fs.getReason();
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "Permission denied";
            }
            if (t instanceof java.nio.file.FileAlreadyExistsException) {
                return "a file is in the way";
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getCause() == null && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
