package io.github.icsmodel.indicatorcsv;

import io.github.icsmodel.IcsException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CSV file of indicator input that cannot be used: a missing column, a value that is not a number, a row with
 * neither a value nor a count, or input the statistical method rejects. The message starts with
 * {@code file:line:} and names the column and the area (and quantile or age band) where they are known, such as
 * {@code sii.csv:7: column value: not a number: "n/a" (area E06000001, quantile 3)}.
 */
public class IndicatorCsvException extends IcsException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String column;
  private final String area;
  private final String group;

  /**
   * Creates an exception.
   *
   * @param source the file, as it was named
   * @param line the 1-based line, or 0 if the problem is not on one line
   * @param column the column, or null
   * @param area the area, or null
   * @param group the quantile or age band within the area, or null
   * @param problem what is wrong
   * @param cause the underlying exception, or null
   */
  public IndicatorCsvException(String source, int line, String column, String area, String group, String problem,
      Throwable cause) {
    super(message(source, line, column, area, group, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.area = area;
    this.group = group;
  }

  /** Text from the file, escaped for a terminal and shortened to a few hundred characters. */
  private static String shown(String text) {
    return io.github.icsmodel.internal.Texts.shorten(io.github.icsmodel.textio.Sanitize.line(text), 500);
  }

  private static String message(String source, int line, String column, String area, String group, String problem) {
    StringBuilder text = new StringBuilder(io.github.icsmodel.textio.Sanitize.line(source));
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (column != null) {
      text.append("column ").append(shown(column)).append(": ");
    }
    text.append(shown(problem));
    if (area != null) {
      text.append(" (area ").append(shown(area));
      if (group != null) {
        text.append(", ").append(shown(group));
      }
      text.append(')');
    }
    return text.toString();
  }

  /**
   * The file, as it was named when read.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line of the problem.
   *
   * @return the line, or empty if the problem is with the file as a whole
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * The column of the problem.
   *
   * @return the column's name, if the problem lies in one column
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * The area of the row with the problem.
   *
   * @return the area, if known
   */
  public Optional<String> area() {
    return Optional.ofNullable(area);
  }

  /**
   * The quantile (as {@code quantile 3}) or age band (as {@code age band 0-4}) of the row with the problem.
   *
   * @return the group within the area, if known
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }
}
