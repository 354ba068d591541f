package io.github.icsmodel.json;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in a JSON source: the source's name (usually a file name), if known, and a line and column, both
 * counted from 1.
 *
 * <p>Columns count bytes of UTF-8 from the start of the line when the source was read from a file or a stream, and
 * characters when it was read from a string; the two agree on lines that hold only ASCII. Instances are immutable
 * and value-based.
 */
public final class SourceLocation {
  private final String source;
  private final int line;
  private final int column;

  private SourceLocation(String source, int line, int column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * Obtains a location.
   *
   * @param source the source's name, or empty if it has none
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   * @throws IllegalArgumentException if the line or column is less than 1
   */
  public static SourceLocation of(Optional<String> source, int line, int column) {
    Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column count from 1: " + line + ":" + column);
    }
    return new SourceLocation(source.orElse(null), line, column);
  }

  /**
   * Returns the name of the source, such as the file name given to the reader.
   *
   * @return the name, or empty for a source read without one
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the line, counted from 1.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column, counted from 1.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof SourceLocation)) {
      return false;
    }
    SourceLocation other = (SourceLocation) obj;
    return Objects.equals(source, other.source) && line == other.line && column == other.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }

  /**
   * Returns the location as compilers print it: {@code source:line:column}, with {@code <input>} for a source that
   * has no name.
   */
  @Override
  public String toString() {
    return (source == null ? "<input>" : source) + ":" + line + ":" + column;
  }
}
