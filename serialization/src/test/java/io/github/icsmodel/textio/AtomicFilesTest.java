package io.github.icsmodel.textio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one file writer: atomic for regular files, through for devices and pipes, links followed, nothing left. */
class AtomicFilesTest {
  @TempDir Path directory;

  @Test
  void a_regular_file_is_replaced_whole_keeping_its_mode_only_with_leave() throws Exception {
    Path file = directory.resolve("a.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThatThrownBy(() -> AtomicFiles.write(file, "new", false)).isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("old");
    AtomicFiles.write(file, "new", true);
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void a_failed_write_leaves_the_old_file_and_no_temporary_file() throws Exception {
    Path file = directory.resolve("a.json");
    Files.writeString(file, "old");
    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }, true)).hasMessageContaining("No space");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void a_device_is_written_through_with_or_without_leave_and_stays_a_device() throws Exception {
    Path devNull = Paths.get("/dev/null");
    AtomicFiles.write(devNull, "x", false);
    AtomicFiles.write(devNull, "x", true);
    assertThat(Files.readAttributes(devNull, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther())
        .isTrue();
  }

  @Test
  void a_link_is_followed_and_kept_and_a_dangling_one_creates_its_target() throws Exception {
    Path target = directory.resolve("target.json");
    Files.writeString(target, "old");
    Path link = Files.createSymbolicLink(directory.resolve("link.json"), target.getFileName());
    assertThatThrownBy(() -> AtomicFiles.write(link, "new", false)).isInstanceOf(FileAlreadyExistsException.class);
    AtomicFiles.write(link, "new", true);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");

    Path dangling = Files.createSymbolicLink(directory.resolve("dangling.json"), Paths.get("made.json"));
    assertThatThrownBy(() -> AtomicFiles.write(dangling, "x", false)).isInstanceOf(FileAlreadyExistsException.class);
    AtomicFiles.write(dangling, "made", true);
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(Files.readString(directory.resolve("made.json"))).isEqualTo("made");
  }

  @Test
  void a_directory_is_refused() {
    assertThatThrownBy(() -> AtomicFiles.write(directory, "x", true)).isInstanceOf(FileSystemException.class)
        .hasMessageContaining("Is a directory");
  }

  @Test
  void sigterm_during_a_write_leaves_no_temporary_file_and_the_old_file_whole() throws Exception {
    Path file = directory.resolve("a.json");
    Files.writeString(file, "old");
    Path ready = directory.resolve("ready");
    String classPath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classPath, SlowWriter.class.getName(), file.toString(), ready.toString()));
    Process process = new ProcessBuilder(command).inheritIO().start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(ready) && System.nanoTime() < deadline && process.isAlive()) {
        Thread.sleep(50);
      }
      assertThat(Files.exists(ready)).as("the writer started").isTrue();
      assertThat(leftovers()).as("a temporary file is being written").hasSize(1);
      process.destroy(); // SIGTERM
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(leftovers()).as("removed on SIGTERM").isEmpty();
    assertThat(Files.readString(file)).isEqualTo("old");
  }

  /** Writes a file and stops half-way until it is ended: the child process of the SIGTERM test. */
  static final class SlowWriter {
    private SlowWriter() {}

    public static void main(String[] args) throws Exception {
      AtomicFiles.write(Paths.get(args[0]), out -> {
        out.write("half".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Files.writeString(Paths.get(args[1]), "ready");
        try {
          Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, true);
    }
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
    }
  }
}
