package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.icsmodel.validation.JsonPointer;

/**
 * Thrown by a Jackson {@code ObjectMapper} with {@link IcsModule} registered when a value in the document cannot be
 * represented in the model: an unknown role, a malformed ODS code, a missing required property, a duplicate id, an
 * unknown property. It is a Jackson {@link MismatchedInputException}, so it travels through Jackson the way
 * Jackson's own problems do, and it gives the JSON Pointer, line and column of the element at fault:
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(json, IntegratedCareSystem.class);
 * } catch (JsonProblem e) {
 *   System.err.println(e.line() + ":" + e.column() + ": " + e.pointer() + ": " + e.problem());
 * }
 * }</pre>
 *
 * <p>{@link IcsJson} and {@link ReportFormats}, which read with limits against hostile input, report the same
 * problem as an {@link IcsJsonException} (with the source's name), whose cause is this exception. Malformed JSON
 * is reported by Jackson itself, with its own exceptions.
 */
public final class JsonProblem extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient JsonPointer pointer;
  private final String problem;

  JsonProblem(JsonParser parser, JsonPointer pointer, JsonLocation location, String problem) {
    super(parser, (pointer.tokens().isEmpty() ? "" : pointer + ": ") + problem, location);
    this.pointer = pointer;
    this.problem = problem;
  }

  /**
   * Returns this problem without filling in a stack trace: it is a report about the input, not about the code, and
   * {@link IcsJson} wraps it in an {@link IcsJsonException} that has one. Broken input is common, so this is cheap.
   */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  /**
   * Returns the JSON Pointer of the element at fault, from the top of the document being read; the empty pointer
   * when the fault is in the document as a whole.
   *
   * @return the pointer
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns what is wrong, without the location: for example
   * {@code expected one of chair, chief-executive, ordinary-member; got "chiar"}.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the line of the element at fault, counted from 1; 0 if the input gives no lines.
   *
   * @return the line
   */
  public int line() {
    JsonLocation location = getLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /**
   * Returns the column of the element at fault, counted from 1; 0 if the input gives no columns.
   *
   * @return the column
   */
  public int column() {
    JsonLocation location = getLocation();
    return location == null ? 0 : Math.max(0, location.getColumnNr());
  }
}
