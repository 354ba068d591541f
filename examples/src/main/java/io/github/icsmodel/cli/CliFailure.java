package io.github.icsmodel.cli;

/**
 * A failure that ends a command with a message and an exit code of {@link Ics}'s scheme: an input that cannot be
 * read ({@link Ics#NO_INPUT}), an output that cannot be created ({@link Ics#CANNOT_CREATE}) or written
 * ({@link Ics#IO_ERROR}). The message is printed as it is, after "ics: ", so it must already be safe for a
 * terminal.
 */
final class CliFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit code. */
  private final int exitCode;

  CliFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
