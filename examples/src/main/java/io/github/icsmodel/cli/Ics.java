package io.github.icsmodel.cli;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.textio.IoProblems;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ics}, the command-line tool: validate governance configurations of integrated care systems, list the
 * rules, duties, purposes and England reference data, start a configuration for a real ICB, draw a system, and
 * measure health inequalities from CSV files ({@code ics inequality}).
 *
 * <p>Exit codes (the BSD {@code sysexits} codes where they fit): 0 success (for {@code validate}: no ERROR), 1 the
 * configuration has errors, 2 a file is not a valid document or is beyond a limit, 64 a usage error, 66 an input
 * cannot be opened or read, 73 an output file exists (without {@code --force}) or cannot be created, 74 output was
 * lost (a write error on a file or standard output). A closed pipe ends the tool quietly.
 */
@Command(
    name = "ics",
    mixinStandardHelpOptions = true,
    versionProvider = Ics.Version.class,
    description = "Checks the governance of England's integrated care systems against the law and NHS England policy.",
    footer = {
      "",
      "Limits: a configuration file may be at most 64 MiB, with at most 100,000 elements in an array or",
      "properties in an object, strings of at most 1,000,000 characters and dates in the years 1900 to 2999.",
      "A CSV file may have at most 1,000,000 rows; --repetitions may be at most 10,000,000. A finding's",
      "message is at most 2,000 characters. Input beyond a limit is refused with exit code 2.",
      "If Java runs out of memory, ics says so and exits with code 2: give it more, as in",
      "'java -Xmx4g -jar ics.jar ...'.",
      "",
      "FILE may be - for standard input, a pipe or a named pipe: each input is read once.",
      "The default --as-of date is today in England (Europe/London), whatever the machine's time zone.",
      "",
      "Exit codes:",
      "  0   success (validate: no file has an error)",
      "  1   validate: a configuration has errors",
      "  2   a file is not a valid document, or is beyond a limit",
      "  64  usage error (EX_USAGE)",
      "  66  an input file cannot be opened or read (EX_NOINPUT)",
      "  73  an output file exists (add --force) or cannot be created (EX_CANTCREAT)",
      "  74  output was lost: a write error on a file or standard output (EX_IOERR)",
      "A closed pipe (as with '| head') ends ics quietly."
    },
    subcommands = {
      ValidateCommand.class,
      RulesCommand.class,
      InitCommand.class,
      DiagramCommand.class,
      ExplainCommand.class,
      DutiesCommand.class,
      InequalityCommand.class,
      PurposesCommand.class,
      ReferenceCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Ics implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the configuration has errors. */
  public static final int INVALID = 1;
  /** Exit code: a file is not a valid document, or is beyond a limit (and Java ran out of memory). */
  public static final int UNREADABLE = 2;
  /** Exit code: a usage error (EX_USAGE). */
  public static final int USAGE = 64;
  /** Exit code: an input file cannot be opened or read (EX_NOINPUT). */
  public static final int NO_INPUT = 66;
  /** Exit code: an output file exists (without --force) or cannot be created (EX_CANTCREAT). */
  public static final int CANNOT_CREATE = 73;
  /** Exit code: output was lost, a write error on a file or standard output (EX_IOERR). */
  public static final int IO_ERROR = 74;

  /** The most characters of a user's argument a message repeats. */
  private static final int MAX_MESSAGE = 400;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // The library writes every number and date locale-independently; this covers the libraries under the tool
    // (picocli's help, JFreeChart's axis labels in --plot) too, so that no output depends on the user's locale.
    java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.ROOT);
    PrintWriter err = new PrintWriter(System.err, true);
    CheckedOutput stdout = new CheckedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, standardOutputCharset()), true);
    // A worker thread that runs out of memory ends the tool as the main thread would: a message, exit code 2.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError) {
        outOfMemory(err);
        Runtime.getRuntime().halt(UNREADABLE);
      }
      e.printStackTrace();
    });
    int exit = run(args, out, err);
    System.exit(stdout.check(exit, out, err));
  }

  /** The encoding Java gives {@code System.out}: {@code sun.stdout.encoding} if set, else the default charset. */
  private static java.nio.charset.Charset standardOutputCharset() {
    String name = System.getProperty("sun.stdout.encoding");
    try {
      return name == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return java.nio.charset.Charset.defaultCharset();
    }
  }

  /**
   * Runs the tool with the given output streams and returns the exit code, without exiting.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The answer picocli would print, without building the model of every command by reflection first: the
      // version is the one question that needs nothing else (see benchmarks/README.md, start-up).
      for (String line : new Version().getVersion()) {
        out.println(line);
      }
      out.flush();
      return OK;
    }
    if (args.length > 0 && args[0].equals("validate")) {
      // The data every validation needs is read while picocli builds the command (issue 22).
      Preload.referenceDataAndStatutes();
    }
    CommandLine commandLine = commandLine(args);
    Terminal.configure(commandLine);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.registerConverter(java.time.LocalDate.class, Ics::date);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine failed = exception.getCommandLine();
      failed.getErr().println("ics: " + abbreviate(Messages.safe(exception.getMessage())));
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, failed.getErr())) {
        failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      if (exception instanceof CliFailure) {
        line.getErr().println("ics: " + exception.getMessage());
        return ((CliFailure) exception).exitCode();
      }
      if (exception instanceof IcsException) {
        line.getErr().println("ics: " + Messages.safe(exception.getMessage()));
        return UNREADABLE;
      }
      if (exception instanceof java.io.IOException) {
        line.getErr().println("ics: cannot read or write a file: "
            + IoProblems.describe((java.io.IOException) exception) + fileOf(exception));
        return IO_ERROR;
      }
      if (exception instanceof java.io.UncheckedIOException) {
        line.getErr().println("ics: cannot read or write a file: "
            + IoProblems.describe(((java.io.UncheckedIOException) exception).getCause())
            + fileOf(exception.getCause()));
        return IO_ERROR;
      }
      throw exception;
    });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // No stack trace: say what happened and what to do. Printing needs little memory, and what the command
      // held is unreachable by now.
      outOfMemory(err);
      return UNREADABLE;
    } catch (StackOverflowError e) {
      err.println("ics: the input is nested too deeply to process; give Java a larger stack, as in"
          + " 'java -Xss16m -jar ics.jar ...'.");
      err.flush();
      return UNREADABLE;
    }
  }

  /** Reads a date option as YYYY-MM-DD, with a message that names neither Java nor a 100 kB argument. */
  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      String shown = abbreviate(Messages.safe(text), 40);
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        throw new CommandLine.TypeConversionException("no such date: '" + shown + "'");
      }
      throw new CommandLine.TypeConversionException("not a date: '" + shown
          + "' (expected YYYY-MM-DD, such as 2026-04-01)");
    }
  }

  /** Text cut to {@link #MAX_MESSAGE} characters, with an ellipsis and the length if cut. */
  static String abbreviate(String text) {
    return abbreviate(text, MAX_MESSAGE);
  }

  /** Text cut to at most {@code max} characters, with an ellipsis and the length if cut. */
  static String abbreviate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end) + "… (" + text.length() + " characters)";
  }

  /**
   * Returns the command line for these arguments. Picocli builds the model of every command it is given by
   * reflection, which is most of its start-up: when the first argument names a command (as in {@code ics validate
   * ...}), only that command's model is built, under an {@code ics} that is not inspected, since nothing of it but
   * its name is used then; otherwise (the tool's own help, {@code ics help}, errors and suggestions) the whole
   * tool's.
   */
  private static CommandLine commandLine(String[] args) {
    Class<?> command = args.length > 0 ? command(args[0]) : null;
    if (command != null) {
      CommandLine ics = new CommandLine(CommandLine.Model.CommandSpec.wrapWithoutInspection(new Ics()).name("ics"));
      ics.addSubcommand(args[0], command);
      return ics;
    }
    return new CommandLine(new Ics());
  }

  /**
   * Returns the command of a name, as the {@code subcommands} above name them (StartUpPathsTest checks that the two
   * agree), without reading annotations: parsing the tool's own {@code @Command}, with its long texts, costs a
   * fresh process more than a tenth of a small {@code ics validate} (issue 22).
   *
   * @param name a command's name
   * @return the command, or null if no command but {@code help} has the name
   */
  static Class<?> command(String name) {
    switch (name) {
      case "validate":
        return ValidateCommand.class;
      case "rules":
        return RulesCommand.class;
      case "init":
        return InitCommand.class;
      case "diagram":
        return DiagramCommand.class;
      case "explain":
        return ExplainCommand.class;
      case "duties":
        return DutiesCommand.class;
      case "inequality":
        return InequalityCommand.class;
      case "purposes":
        return PurposesCommand.class;
      case "reference":
        return ReferenceCommand.class;
      case "schema":
        return SchemaCommand.class;
      default:
        return null;
    }
  }

  private static void outOfMemory(PrintWriter err) {
    err.println("ics: out of memory (the Java heap holds at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
        + " MB). The input is too large for this heap: split it, or give Java more memory, as in"
        + " 'java -Xmx4g -jar ics.jar ...' (or set JAVA_TOOL_OPTIONS=-Xmx4g).");
    err.flush();
  }

  /** The file a file-system failure names, if it names one, as " (FILE)". */
  private static String fileOf(Throwable exception) {
    if (exception instanceof java.nio.file.FileSystemException
        && ((java.nio.file.FileSystemException) exception).getFile() != null) {
      return " (" + Messages.safe(((java.nio.file.FileSystemException) exception).getFile()) + ")";
    }
    return "";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'ics --help'");
  }

  /** Supplies the version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Ics.class.getPackage().getImplementationVersion();
      return new String[] {"ics " + (version == null ? "(development build)" : version)};
    }
  }
}
