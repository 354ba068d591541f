package io.github.icsmodel.cli;

import io.github.icsmodel.textio.IoProblems;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens the files the commands read, each once, so that a pipe, a FIFO, process substitution ({@code <(...)}) and
 * {@code -} (standard input) work as well as a file. A file that cannot be opened or read ends the command with
 * {@link Ics#NO_INPUT} and a message naming it.
 */
final class Inputs {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  static boolean isStdin(Path file) {
    return file.toString().equals(STDIN);
  }

  /** The name messages and locations give the input: the path as given, or {@code <stdin>}. */
  static String name(Path file) {
    return isStdin(file) ? "<stdin>" : file.toString();
  }

  /**
   * Opens an input, or standard input for {@code -} (left open when the returned stream is closed).
   *
   * @param file the path given
   * @return the stream
   */
  static InputStream open(Path file) {
    if (isStdin(file)) {
      return new FilterInputStream(System.in) {
        @Override
        public void close() {
          // Standard input stays open.
        }
      };
    }
    if (Files.isDirectory(file)) {
      throw unreadable(file, "it is a directory, not a file", null);
    }
    try {
      return Files.newInputStream(file);
    } catch (IOException e) {
      throw unreadable(file, IoProblems.describe(e), e);
    }
  }

  /**
   * Reads an input whole, once: at most {@code limit + 1} bytes, so that the reader can refuse a longer one with
   * its own message.
   *
   * @param file the path given
   * @param limit the most bytes a valid input may have
   * @return the bytes
   */
  static byte[] readAll(Path file, long limit) {
    try (InputStream in = open(file)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw unreadable(file, IoProblems.describe(e), e);
    }
  }

  static CliFailure unreadable(Path file, String cause, Throwable e) {
    return new CliFailure(Ics.NO_INPUT, Messages.path(file) + ": cannot read the file: " + cause, e);
  }
}
