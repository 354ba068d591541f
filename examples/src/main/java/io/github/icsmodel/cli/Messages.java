package io.github.icsmodel.cli;

import io.github.icsmodel.textio.Sanitize;
import java.nio.file.Path;

/** Text the tool prints about files and documents, made safe for a terminal. */
final class Messages {
  private Messages() {}

  /** A path as the user gave it, with any control character escaped. */
  static String path(Path file) {
    return Sanitize.line(file.toString());
  }

  /** Text from a document or the system, with any control character escaped. */
  static String safe(String text) {
    return Sanitize.line(text);
  }
}
