package io.github.icsmodel.textio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes every file this library and its tool write, without harming what is there:
 *
 * <ul>
 *   <li>A regular file (or a new one) is written to a temporary file beside it, flushed to the disk, then renamed
 *       over it, so that a full disk or a crash leaves the old file whole (or no file), never a truncated one. The
 *       new file keeps the permissions, and where allowed the owner and group, of the file it replaces; a new file
 *       gets those the umask gives.
 *   <li>Anything else (a device such as {@code /dev/null}, a named pipe, a socket) is written through, never
 *       replaced, with or without leave to replace; a directory is refused.
 *   <li>A symbolic link is followed: its target is written as above, and the link is left as it is.
 *   <li>The temporary file is removed when the write fails and when the process ends before the rename (on
 *       SIGINT or SIGTERM, through a shutdown hook).
 * </ul>
 *
 * <p>Not API: the package is not exported.
 */
public final class AtomicFiles {
  /** The most symbolic links followed in a chain, as Linux does. */
  private static final int MAX_LINKS = 40;

  /** The temporary files being written, removed if the process is ended before they are renamed. */
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removePending, "icsmodel-temporary-files"));
  }

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
   * Writes a file: a regular file whole or not at all, anything else through.
   *
   * @param file the file
   * @param content what writes its content
   * @param replace whether an existing regular file (or the target of a link) may be replaced; if not, and a
   *     regular file or a link (even a dangling one) exists at {@code file}, it is left as it is and
   *     {@link FileAlreadyExistsException} thrown. A device, a pipe or a socket is written through either way.
   * @throws IOException if the file cannot be written; the temporary file is then removed
   */
  public static void write(Path file, Content content, boolean replace) throws IOException {
    Path target = resolveLinks(file.toAbsolutePath());
    BasicFileAttributes existing = attributes(target);
    if (existing != null && existing.isDirectory()) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    if (existing != null && existing.isOther()) {
      // A device, a named pipe or a socket: writing to it replaces nothing.
      writeThrough(target, content);
      return;
    }
    if (!replace && (existing != null || Files.isSymbolicLink(file))) {
      throw new FileAlreadyExistsException(file.toString());
    }
    writeAtomically(target, content, existing != null, replace);
  }

  /** Follows symbolic links to the path they end at (which may not exist). */
  private static Path resolveLinks(Path path) throws IOException {
    Path current = path;
    for (int i = 0; i < MAX_LINKS; i++) {
      if (!Files.isSymbolicLink(current)) {
        return current;
      }
      Path link = Files.readSymbolicLink(current);
      current = current.resolveSibling(link).normalize();
    }
    throw new FileSystemException(path.toString(), null, "Too many levels of symbolic links");
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Writes to a device, a pipe or a socket as it is: such a file is never replaced. */
  private static void writeThrough(Path target, Content content) throws IOException {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
      content.writeTo(out);
      out.flush();
    }
  }

  private static void writeAtomically(Path target, Content content, boolean exists, boolean replace)
      throws IOException {
    Path temporary = createTemporary(target);
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      if (exists) {
        keepOwnershipAndMode(target, temporary);
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
      PENDING.remove(temporary);
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The write has failed already; that failure is the one to report.
        }
      }
    }
  }

  /**
   * Creates a new, empty temporary file beside the target, named {@code .NAME.NNN.tmp}, with the permissions the
   * umask gives a new file (not the 0600 of {@link Files#createTempFile}), and registers it for removal.
   */
  private static Path createTemporary(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temporary = target.resolveSibling("." + target.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        PENDING.add(temporary);
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        PENDING.remove(temporary);
        if (attempt == 100) {
          throw e;
        }
      } catch (IOException | RuntimeException e) {
        PENDING.remove(temporary);
        throw e;
      }
    }
  }

  /** Gives the new file the permissions, owner and group of the one it replaces, as far as allowed. */
  private static void keepOwnershipAndMode(Path target, Path temporary) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    view.setPermissions(old.permissions());
    try {
      PosixFileAttributes now = view.readAttributes();
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
    } catch (IOException | SecurityException e) {
      // Only a privileged user may give a file away: the file is then the writer's, as any new file would be.
    }
  }

  private static void removePending() {
    for (Path temporary : PENDING) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException | RuntimeException e) {
        // The process is ending: nothing more can be done.
      }
    }
  }
}
