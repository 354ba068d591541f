package io.github.icsmodel.cli;

import java.io.Console;
import java.lang.reflect.Method;
import picocli.CommandLine;

/** The width the tool writes help and tables to: the terminal's, or 80 columns when the output is not a terminal. */
final class Terminal {
  /** The width when the output is not a terminal (a pipe, a file, a test), and the fallback: {@value}. */
  static final int DEFAULT_WIDTH = 80;

  private Terminal() {}

  /**
   * Returns whether the tool is attached to an interactive terminal. From Java 22 {@link System#console()} is not
   * null for redirected output, so its {@code isTerminal()} decides there.
   */
  static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22 a console exists only for a terminal
    }
  }

  /**
   * Sets a command line's help to wrap at the terminal's width, or at {@value #DEFAULT_WIDTH} columns when the
   * output is not a terminal.
   *
   * @param commandLine the command line, with its subcommands
   */
  static void configure(CommandLine commandLine) {
    commandLine.setUsageHelpWidth(DEFAULT_WIDTH);
    commandLine.setUsageHelpAutoWidth(isTerminal());
  }

  /**
   * Returns the width to write a command's tables at: the width its help wraps at.
   *
   * @param spec the command
   * @return the width in columns
   */
  static int width(CommandLine.Model.CommandSpec spec) {
    return spec.commandLine().getCommandSpec().usageMessage().width();
  }
}
