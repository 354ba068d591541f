package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.icsmodel.validation.JsonPointer;

/**
 * A value in the document that cannot be represented in the model, as a Jackson problem so that it travels through
 * Jackson's {@code DeserializationContext} the way Jackson's own problems do. It knows the JSON Pointer and the
 * location of the element at fault; {@link IcsJson} turns it into an {@link IcsJsonException}.
 */
final class JsonProblem extends MismatchedInputException {
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

  JsonPointer pointer() {
    return pointer;
  }

  String problem() {
    return problem;
  }
}
