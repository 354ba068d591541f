package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * How one type is written to and read from JSON in format {@code icsmodel/1}: an object type of the model (see
 * {@link ObjectFormat}) or a value such as an id, a date or an enum constant (see {@link ValueFormat}).
 *
 * @param <T> the Java type
 */
interface Format<T> {

  /**
   * Reads a value. The parser is at the value's first token; on return it is at the value's last token.
   *
   * @param parser the parser
   * @param reading the read in progress
   * @return the value
   * @throws IOException for malformed input, or a {@link JsonProblem} for a value that cannot be represented
   */
  T read(JsonParser parser, Reading reading) throws IOException;

  /**
   * Writes a value.
   *
   * @param value the value
   * @param generator the generator
   * @throws IOException if the generator fails
   */
  void write(T value, JsonGenerator generator) throws IOException;

  /**
   * Returns the type's name in the format, as the JSON Schema's {@code $defs} names it, such as
   * {@code "BoardMember"} or {@code "OdsCode"}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the Java type.
   *
   * @return the type
   */
  Class<T> type();
}
