package io.github.icsmodel.cli;

import io.github.icsmodel.textio.AtomicFiles;
import io.github.icsmodel.textio.IoProblems;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the files the commands write ({@code --out}, {@code --plot}), by one rule: an existing file is replaced
 * only with {@code --force}; a regular file is replaced atomically, keeping its mode; a device or a pipe is written
 * through, never replaced; a symbolic link's target is written (see {@link AtomicFiles}). A file that exists
 * without {@code --force}, or that cannot be created, ends the command with {@link Ics#CANNOT_CREATE}; a failed
 * write (a full disk, an I/O error) with {@link Ics#IO_ERROR}. An {@code --out} of {@code -} is standard output.
 */
final class Outputs {
  /** The name that stands for standard output, as {@code -} stands for standard input ({@link Inputs#STDIN}). */
  static final String STDOUT = "-";

  private Outputs() {}

  /**
   * Whether an {@code --out} names standard output: not given, or {@code -} (a file named {@code -} is
   * {@code ./-}).
   *
   * @param file the path given, or null
   * @return true for standard output
   */
  static boolean isStdout(Path file) {
    return file == null || file.toString().equals(STDOUT);
  }

  /**
   * Refuses a file that exists, unless forced, before a command does the work whose result it would write: the
   * rule {@link #write} applies when it writes.
   */
  static void refuseExisting(Path file, boolean force) {
    if (!force && (Files.isSymbolicLink(file) || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))) {
      throw new CliFailure(Ics.CANNOT_CREATE, exists(file), null);
    }
  }

  static void write(Path file, String text, boolean force) {
    try {
      AtomicFiles.write(file, text, force);
    } catch (FileAlreadyExistsException e) {
      throw new CliFailure(Ics.CANNOT_CREATE, exists(file), e);
    } catch (IOException e) {
      String cause = IoProblems.describe(e);
      boolean written = !(e instanceof FileSystemException) || cause.equals("the disk is full")
          || cause.toLowerCase(Locale.ROOT).contains("input/output error");
      throw new CliFailure(written ? Ics.IO_ERROR : Ics.CANNOT_CREATE,
          Messages.path(file) + ": cannot write the file: " + cause, e);
    }
  }

  private static String exists(Path file) {
    return Messages.path(file) + ": the file already exists; add --force to replace it";
  }
}
