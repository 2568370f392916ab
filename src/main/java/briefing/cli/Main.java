package briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar briefing.jar <command>}: the entry point. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Bakes the daily briefing: Markdown stories in, a static web site with feeds out.",
        subcommands = {BakeCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:the site has errors (each printed as path:line:column)", "2:wrong usage",
                "3:an input/output failure or a bug"})
public final class Main implements Runnable {
    /** Exit status when the site's content or templates have errors. */
    static final int CONTENT_ERRORS = 1;
    /** Exit status for a wrong command line. */
    static final int USAGE = 2;
    /** Exit status for I/O failures and bugs. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    private Main(Environment environment) {
        this.environment = environment;
    }

    /** The variables the commands read settings from when their flags are not given. */
    Environment environment() {
        return environment;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line in this process's environment and returns its exit status (tests call this). */
    public static int run(String... args) {
        return run(System.getenv(), args);
    }

    /** Runs a command line with the given environment variables ({@code BRIEFING_NOW} and the like). */
    public static int run(java.util.Map<String, String> environment, String... args) {
        CommandLine cli = new CommandLine(new Main(new Environment(environment)));
        cli.setExitCodeExceptionMapper(e -> FAILURE);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("briefing: " + e);
            return FAILURE;
        });
        cli.setParameterExceptionHandler((e, args2) -> {
            e.getCommandLine().getErr().println("briefing: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: bake, check, new or serve");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"briefing " + (v == null ? "(development)" : v)};
        }
    }
}
