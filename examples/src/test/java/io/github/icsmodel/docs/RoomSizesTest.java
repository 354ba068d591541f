package io.github.icsmodel.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: no hand-written main source file is over 500 lines, so that each stays a room a newcomer can live in.
 * Generated sources live under {@code target/} and are not counted; data files are not Java.
 */
class RoomSizesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final int MOST_LINES = 500;

  @Test
  void everyMainSourceFileHasAtMost500Lines() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(ROOT)) {
      sources = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> relative(file).matches("[^/]+(/[^/]+)*/src/main/java/.+"))
          .filter(file -> !relative(file).contains("/target/"))
          .collect(Collectors.toList());
    }
    assertThat(sources).as("the main sources of core, serialization and the tool").hasSizeGreaterThan(300);
    assertThat(sources).allSatisfy(file ->
        assertThat(Files.readAllLines(file)).as(relative(file)).hasSizeLessThanOrEqualTo(MOST_LINES));
  }

  private static String relative(Path file) {
    return ROOT.relativize(file).toString().replace('\\', '/');
  }
}
