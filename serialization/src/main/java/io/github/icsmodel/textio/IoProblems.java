package io.github.icsmodel.textio;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words what went wrong with a file, without Java exception class names: "no such file", "permission
 * denied", "the disk is full".
 *
 * <p>Not API: the package is not exported.
 */
public final class IoProblems {
  private IoProblems() {}

  /**
   * Describes a failure to read or write a file.
   *
   * @param e the failure
   * @return the cause in words
   */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "the file already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "it is a directory that is not empty";
    }
    if (e instanceof Utf8Validation.InvalidUtf8Exception) {
      return e.getMessage() + " at line " + ((Utf8Validation.InvalidUtf8Exception) e).line() + ", column "
          + ((Utf8Validation.InvalidUtf8Exception) e).column();
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "an input or output error";
    }
    String lower = reason.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("no space left")) {
      return "the disk is full";
    }
    if (lower.contains("is a directory")) {
      return "it is a directory, not a file";
    }
    return Sanitize.line(reason);
  }
}
