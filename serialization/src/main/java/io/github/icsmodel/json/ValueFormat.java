package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.icsmodel.InvalidValueException;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * How a single value is written and read: a string, a number, a date, an identifier, an enum constant. Values
 * written as JSON strings are parsed by the model's own factories, so every rule of those factories holds, and
 * their messages reach the reader.
 *
 * @param <T> the Java type
 */
abstract class ValueFormat<T> implements Format<T> {
  private final String name;
  private final Class<T> type;
  private final boolean modelType;

  ValueFormat(String name, Class<T> type, boolean modelType) {
    this.name = name;
    this.type = type;
    this.modelType = modelType;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  /**
   * Returns whether the type belongs to the model, so that {@link IcsModule} registers this format for it. Java's
   * own types (strings, numbers, dates) are left to Jackson and its other modules.
   */
  final boolean isModelType() {
    return modelType;
  }

  /**
   * A value written as a JSON string: its {@code toString()}, read back with a factory such as {@code of(String)}.
   *
   * @param <T> the Java type
   */
  static final class Text<T> extends ValueFormat<T> {
    private final Function<String, T> parse;
    private final Function<T, String> print;
    private final String expected;

    Text(String name, Class<T> type, boolean modelType, Function<String, T> parse, Function<T, String> print,
        String expected) {
      super(name, type, modelType);
      this.parse = parse;
      this.print = print;
      this.expected = expected;
    }

    @Override
    public T read(JsonParser parser, Reading reading) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw reading.unexpected(parser, expected);
      }
      String text = parser.getText();
      if (type() == String.class) {
        return type().cast(text);
      }
      Map<String, Object> known = reading.valuesOf(this);
      Object value = known.get(text);
      if (value == null) {
        try {
          value = parse.apply(text);
        } catch (InvalidValueException e) {
          throw reading.problem(parser, e.getMessage());
        }
        known.put(text, value);
      }
      return type().cast(value);
    }

    @Override
    public void write(T value, JsonGenerator generator) throws IOException {
      Limits.writeString(print.apply(value), generator);
    }
  }
}
