package io.github.icsmodel.textio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes every file this library and its tool write: first to a temporary file beside it, flushed to the disk, then
 * renamed over it, so that a full disk or a crash leaves the old file whole (or no file), never a truncated one.
 *
 * <p>Not API: the package is not exported.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** What writes a file's content to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream, closed by the caller
     * @throws IOException if the stream fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes text as UTF-8, whole or not at all.
   *
   * @param file the file
   * @param text the text
   * @param replace whether an existing file may be replaced (as {@link #write(Path, Content, boolean)})
   * @throws IOException if the file cannot be written; the temporary file is then removed
   */
  public static void write(Path file, String text, boolean replace) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(file, out -> out.write(bytes), replace);
  }

  /**
   * Writes a file whole or not at all.
   *
   * @param file the file
   * @param content what writes its content
   * @param replace whether an existing file may be replaced; if not, an existing file is left as it is and
   *     {@link FileAlreadyExistsException} thrown
   * @throws IOException if the file cannot be written; the temporary file is then removed
   */
  public static void write(Path file, Content content, boolean replace) throws IOException {
    Path target = file.toAbsolutePath();
    if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
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
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The write has failed already; that failure is the one to report.
        }
      }
    }
  }
}
