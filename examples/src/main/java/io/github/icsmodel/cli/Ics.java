package io.github.icsmodel.cli;

import io.github.icsmodel.IcsException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ics}, the command-line tool: validate governance configurations of integrated care systems, list the
 * rules, duties, purposes and England reference data, start a configuration for a real ICB, draw a system, and
 * measure health inequalities from CSV files ({@code ics inequality}).
 *
 * <p>Exit codes: 0 success (for {@code validate}: no ERROR), 1 the configuration has errors, 2 a file cannot be
 * read or is not a valid document, 64 a usage error.
 */
@Command(
    name = "ics",
    mixinStandardHelpOptions = true,
    versionProvider = Ics.Version.class,
    description = "Checks the governance of England's integrated care systems against the law and NHS England policy.",
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
      CommandLine.HelpCommand.class
    })
public final class Ics implements Runnable {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the configuration has errors. */
  public static final int INVALID = 1;
  /** Exit code: a file cannot be read or is not a valid document. */
  public static final int UNREADABLE = 2;
  /** Exit code: a usage error (EX_USAGE). */
  public static final int USAGE = 64;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
    CommandLine commandLine = new CommandLine(new Ics());
    Terminal.configure(commandLine);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler((exception, arguments) -> {
      CommandLine failed = exception.getCommandLine();
      failed.getErr().println("ics: " + exception.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(exception, failed.getErr())) {
        failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return USAGE;
    });
    commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
      if (exception instanceof IcsException) {
        line.getErr().println("ics: " + exception.getMessage());
        return UNREADABLE;
      }
      if (exception instanceof java.io.IOException || exception instanceof java.io.UncheckedIOException) {
        line.getErr().println("ics: cannot read or write: " + exception.getMessage());
        return UNREADABLE;
      }
      throw exception;
    });
    return commandLine.execute(args);
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
