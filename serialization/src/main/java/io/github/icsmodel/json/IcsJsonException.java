package io.github.icsmodel.json;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.validation.JsonPointer;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a JSON document cannot be read as an icsmodel configuration: it is not well-formed JSON, it breaks
 * the format's limits, it is not in format {@code icsmodel/1}, or a value in it cannot be represented (an unknown
 * role, a malformed ODS code, a missing required property, a duplicate id).
 *
 * <p>It says where: the source (a file name, if the reader was given one), the line and column, and the JSON
 * Pointer of the element at fault. Its {@link #getMessage() message} reads, for example:
 *
 * <pre>
 * northshire.json:41:19: /icb/board/members/3/role: expected one of chair, chief-executive, ordinary-member, participant; got "chiar" (did you mean "chair"?)
 * </pre>
 *
 * <p>Like {@code java.time.format.DateTimeParseException}, the parts are also available one by one, so a tool can
 * underline the text in an editor.
 */
public final class IcsJsonException extends IcsException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final transient JsonPointer pointer;
  private final String problem;

  IcsJsonException(SourceLocation location, JsonPointer pointer, String problem, Throwable cause) {
    super(format(location, pointer, problem), cause);
    this.location = Objects.requireNonNull(location, "location");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  private static String format(SourceLocation location, JsonPointer pointer, String problem) {
    String where = pointer.tokens().isEmpty() ? "" : pointer + ": ";
    return location + ": " + where + problem;
  }

  /**
   * Returns where in the source the problem is.
   *
   * @return the source, line and column
   */
  public SourceLocation location() {
    return location;
  }

  /**
   * Returns the name of the source, if the reader was given one.
   *
   * @return the source name
   */
  public Optional<String> source() {
    return location.source();
  }

  /**
   * Returns the line of the problem, counted from 1.
   *
   * @return the line
   */
  public int line() {
    return location.line();
  }

  /**
   * Returns the column of the problem, counted from 1.
   *
   * @return the column
   */
  public int column() {
    return location.column();
  }

  /**
   * Returns the JSON Pointer of the element at fault; the empty pointer when the fault is in the document as a
   * whole.
   *
   * @return the pointer
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong, without the location: for example
   * {@code expected one of chair, chief-executive, ordinary-member, participant; got "chiar"}.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
