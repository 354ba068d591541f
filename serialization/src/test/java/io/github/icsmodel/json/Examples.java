package io.github.icsmodel.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The example documents shipped in {@code examples/data}, read from the source tree. */
final class Examples {
  private Examples() {}

  /** The folder of example documents, relative to this module's directory, where Maven runs the tests. */
  static final Path DATA = Path.of("..", "examples", "data");

  /** The complete example system, Northshire and Wexcaster. */
  static final Path NORTHSHIRE = DATA.resolve("northshire.json");

  /** Every example document. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(DATA)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }
}
