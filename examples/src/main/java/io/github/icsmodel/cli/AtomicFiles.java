package io.github.icsmodel.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes every file the tool writes: first to a temporary file beside it, flushed to the disk, then renamed over
 * it, so that a full disk or a crash leaves the old file whole (or no file), never a truncated one.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes text as UTF-8.
   *
   * @param file the file
   * @param text the text
   * @param replace whether an existing file may be replaced; if not, an existing file is left as it is and
   *     {@link FileAlreadyExistsException} thrown
   * @throws IOException if the file cannot be written; the temporary file is then removed
   */
  static void write(Path file, String text, boolean replace) throws IOException {
    Path target = file.toAbsolutePath();
    if (!replace && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path directory = target.getParent();
    Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        channel.force(true);
      }
      if (replace) {
        try {
          Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        // A rename in the same directory that refuses to replace a file created meanwhile.
        Files.move(temporary, target);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
