package io.github.icsmodel.cli;

import io.github.icsmodel.textio.IoProblems;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Standard output that remembers why writing failed, so that the tool can say so and exit non-zero instead of
 * reporting success when its output was lost (a full disk, {@code /dev/full}, an I/O error). A closed pipe, as
 * when the output goes to {@code head}, is not a failure: the tool then ends quietly. The one place where the
 * tool checks its output stream.
 */
final class CheckedOutput extends FilterOutputStream {
  private IOException failure;

  CheckedOutput(OutputStream out) {
    super(out);
  }

  @Override
  public synchronized void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /**
   * The exit code once the command has ended: its own, or {@link Ics#IO_ERROR} with a message if output was lost.
   *
   * @param exitCode the command's exit code
   * @param out the writer on this stream, flushed here
   * @param err where to say what failed
   * @return the exit code to end with
   */
  synchronized int check(int exitCode, PrintWriter out, PrintWriter err) {
    out.flush();
    if (failure == null || closedPipe(failure)) {
      return exitCode;
    }
    err.println("ics: cannot write to standard output: " + IoProblems.describe(failure));
    err.flush();
    return Ics.IO_ERROR;
  }

  /** Whether the reader of the output has gone (EPIPE), which ends the tool quietly. */
  static boolean closedPipe(IOException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
  }
}
