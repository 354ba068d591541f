package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole list as a JSON array, written even when empty: see {@link ObjectFormat#listOf}.
 *
 * @param <V> the type of the elements
 */
final class ListFormat<V> implements Format<List<V>> {
  private final Format<V> element;

  ListFormat(Format<V> element) {
    this.element = element;
  }

  @Override
  public List<V> read(JsonParser parser, Reading reading) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw reading.unexpected(parser, "an array");
    }
    List<V> values = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      reading.record(parser);
      values.add(element.read(parser, reading));
    }
    return values;
  }

  @Override
  public void write(List<V> values, JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (V value : values) {
      element.write(value, generator);
    }
    generator.writeEndArray();
  }

  @Override
  public String name() {
    return "List<" + element.name() + ">";
  }

  @Override
  @SuppressWarnings("unchecked") // a list's class stands for lists of any element
  public Class<List<V>> type() {
    return (Class<List<V>>) (Class<?>) List.class;
  }
}
