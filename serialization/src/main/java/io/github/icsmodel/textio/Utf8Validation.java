package io.github.icsmodel.textio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that passes on well-formed UTF-8 and fails on anything else, naming the line and column where the bad
 * bytes start: overlong forms (such as {@code C0 AF}), encoded surrogates (CESU-8, such as {@code ED A0 80}),
 * code points above U+10FFFF, and truncated or stray continuation bytes (Unicode Standard, Table 3-7,
 * "Well-Formed UTF-8 Byte Sequences"). Lines end at LF; columns count bytes from 1, as the JSON reader's do.
 *
 * <p>Not API: the package is not exported.
 */
public final class Utf8Validation extends FilterInputStream {
  private long line = 1;
  private long column = 1;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The allowed range of the next continuation byte. */
  private int low = 0x80;
  private int high = 0xBF;
  private long sequenceLine;
  private long sequenceColumn;

  /** Invalid UTF-8, with the line and column where it starts. */
  public static final class InvalidUtf8Exception extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;

    InvalidUtf8Exception(long line, long column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /**
     * The line of the bad bytes.
     *
     * @return the line, from 1
     */
    public long line() {
      return line;
    }

    /**
     * The column of the bad bytes, in bytes from the start of the line.
     *
     * @return the column, from 1
     */
    public long column() {
      return column;
    }
  }

  /**
   * Wraps a stream.
   *
   * @param in the stream of bytes, supposedly UTF-8
   */
  public Utf8Validation(InputStream in) {
    this(in, false);
  }

  /**
   * Wraps a stream, optionally refusing NUL bytes as well. No JSON text in UTF-8 holds one (outside strings it is
   * not JSON, inside them it must be escaped); refusing them also keeps a parser from taking the input for UTF-16
   * or UTF-32, whose ASCII characters come with zero bytes.
   *
   * @param in the stream of bytes, supposedly UTF-8
   * @param refuseNul whether a NUL byte is refused
   */
  public Utf8Validation(InputStream in, boolean refuseNul) {
    super(in);
    this.refuseNul = refuseNul;
  }

  private final boolean refuseNul;

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      check((byte) b);
    } else {
      end();
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n < 0) {
      end();
      return n;
    }
    for (int i = offset; i < offset + n; i++) {
      check(buffer[i]);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must be checked too.
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void check(byte value) throws InvalidUtf8Exception {
    int b = value & 0xFF;
    if (pending > 0) {
      if (b < low || b > high) {
        throw invalid("a malformed or overlong multi-byte sequence, or an encoded surrogate (byte 0x"
            + Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT) + ")");
      }
      low = 0x80;
      high = 0xBF;
      pending--;
      column++;
      return;
    }
    sequenceLine = line;
    sequenceColumn = column;
    if (b < 0x80) {
      if (b == 0 && refuseNul) {
        throw invalid("a NUL byte (0x00), which JSON text never holds: is the file UTF-16 or UTF-32? Save it as"
            + " UTF-8");
      }
      if (b == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      return;
    }
    column++;
    if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b == 0xE0) {
      pending = 2;
      low = 0xA0;
    } else if (b == 0xED) {
      pending = 2;
      high = 0x9F; // ED A0..BF would encode a surrogate
    } else if (b >= 0xE1 && b <= 0xEF) {
      pending = 2;
    } else if (b == 0xF0) {
      pending = 3;
      low = 0x90;
    } else if (b >= 0xF1 && b <= 0xF3) {
      pending = 3;
    } else if (b == 0xF4) {
      pending = 3;
      high = 0x8F;
    } else {
      throw invalid("byte 0x" + Integer.toHexString(b).toUpperCase(java.util.Locale.ROOT)
          + ", which cannot start a character in UTF-8 (an overlong form, a stray continuation byte, or another"
          + " encoding such as Windows-1252)");
    }
  }

  private void end() throws InvalidUtf8Exception {
    if (pending > 0) {
      throw invalid("a multi-byte sequence cut short by the end of the input");
    }
  }

  private InvalidUtf8Exception invalid(String what) {
    return new InvalidUtf8Exception(sequenceLine, sequenceColumn,
        (what.startsWith("a NUL") ? "not UTF-8 JSON: " : "not valid UTF-8: ") + what);
  }
}
