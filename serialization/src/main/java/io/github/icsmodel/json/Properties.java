package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The kinds of property an {@link ObjectFormat} table holds, one class each: how each reads its value into the
 * builder and writes it from the model. The tables name them through {@link ObjectFormat.Builder}'s methods.
 */
final class Properties {
  private Properties() {}

  /** A property of one value, which reading gives to the builder. */
  abstract static class OneValue<T, B, V> extends ObjectFormat.Property<T, B, V> {
    private final BiConsumer<B, V> set;

    OneValue(String name, ObjectFormat.Kind kind, Format<V> format, int index, BiConsumer<B, V> set) {
      super(name, kind, format, index);
      this.set = set;
    }

    @Override
    final void read(JsonParser parser, Reading reading, B builder) throws IOException {
      set.accept(builder, format.read(parser, reading));
    }
  }

  /** Exactly one value: required, or defaulted by the model and always written. */
  static final class Single<T, B, V> extends OneValue<T, B, V> {
    private final Function<T, V> get;

    Single(String name, ObjectFormat.Kind kind, Format<V> format, int index, Function<T, V> get, BiConsumer<B, V> set) {
      super(name, kind, format, index, set);
      this.get = get;
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      generator.writeFieldName(name);
      format.write(get.apply(owner), generator);
    }
  }

  /** A list or a set of values, in order, left out when empty. */
  static final class Many<T, B, V> extends ObjectFormat.Property<T, B, V> {
    private final Function<T, ? extends Collection<V>> get;
    private final BiConsumer<B, List<V>> set;
    private final String keyName;
    private final Function<V, ?> key;

    Many(
        String name,
        ObjectFormat.Kind kind,
        Format<V> format,
        int index,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set,
        String keyName,
        Function<V, ?> key) {
      super(name, kind, format, index);
      this.get = get;
      this.set = set;
      this.keyName = keyName;
      this.key = key;
    }

    @Override
    void read(JsonParser parser, Reading reading, B builder) throws IOException {
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw reading.unexpected(parser, "an array");
      }
      List<V> values = new ArrayList<>();
      Map<Object, Integer> firstIndex = null;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        reading.record(parser);
        JsonLocation start = key == null ? null : parser.currentTokenLocation();
        V value = format.read(parser, reading);
        if (key != null) {
          if (firstIndex == null) {
            firstIndex = new HashMap<>();
          }
          Integer previous = firstIndex.putIfAbsent(key.apply(value), values.size());
          if (previous != null) {
            JsonPointer here = Pointers.of(parser.getParsingContext());
            JsonPointer first = pointerToSibling(here, previous);
            String what = kind == ObjectFormat.Kind.SET
                ? Reading.quote(String.valueOf(key.apply(value))) + " is listed twice"
                : "duplicate " + keyName + " \"" + key.apply(value) + "\"";
            throw reading.problemAt(parser, here, start, what + ": also at " + first);
          }
        }
        values.add(value);
      }
      set.accept(builder, values);
    }

    private static JsonPointer pointerToSibling(JsonPointer element, int index) {
      JsonPointer parent = JsonPointer.root();
      List<String> tokens = element.tokens();
      for (int i = 0; i < tokens.size() - 1; i++) {
        parent = parent.property(tokens.get(i));
      }
      return parent.index(index);
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      Collection<V> values = get.apply(owner);
      if (!values.isEmpty()) {
        generator.writeFieldName(name);
        generator.writeStartArray();
        for (V value : values) {
          format.write(value, generator);
        }
        generator.writeEndArray();
      }
    }
  }

  /** A value stated by a {@link Kind#FOLLOWS} property, where it stands, to be checked once the object is built. */
  static final class Stated<T> {
    private final Check<T> check;
    private final JsonPointer at;
    private final JsonLocation start;

    Stated(Check<T> check, JsonPointer at, JsonLocation start) {
      this.check = check;
      this.at = at;
      this.start = start;
    }

    void check(T built, JsonParser parser, Reading reading) throws IOException {
      Optional<String> disagreement = check.disagreement(built);
      if (disagreement.isPresent()) {
        throw reading.problemAt(parser, at, start, disagreement.get());
      }
    }
  }

  /** What a stated value is checked against once the object is built. */
  @FunctionalInterface
  interface Check<T> {
    Optional<String> disagreement(T built);
  }

  /** A value that follows from the others: always written; when read, checked once the object is built. */
  static final class Follows<T, B, V> extends ObjectFormat.Property<T, B, V> {
    private final Function<T, V> get;
    private final ObjectFormat.Disagreement<T, V> disagrees;

    Follows(String name, Format<V> format, int index, Function<T, V> get, ObjectFormat.Disagreement<T, V> disagrees) {
      super(name, ObjectFormat.Kind.FOLLOWS, format, index);
      this.get = get;
      this.disagrees = disagrees;
    }

    Stated<T> state(JsonParser parser, Reading reading) throws IOException {
      JsonPointer at = Pointers.of(parser.getParsingContext());
      JsonLocation start = parser.currentTokenLocation();
      V value = format.read(parser, reading);
      return new Stated<>(
          built -> get.apply(built).equals(value) ? Optional.empty() : Optional.of(disagrees.message(value, built)),
          at,
          start);
    }

    /** Never called: {@link ObjectFormat} reads a stated value through {@link #state}, to check it once built. */
    @Override
    void read(JsonParser parser, Reading reading, B builder) {
      throw new UnsupportedOperationException("a stated value is read through state()");
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      generator.writeFieldName(name);
      format.write(get.apply(owner), generator);
    }
  }

  /** Zero or one value, left out when empty. */
  static final class OptionalValue<T, B, V> extends OneValue<T, B, V> {
    private final Function<T, Optional<V>> get;

    OptionalValue(String name, Format<V> format, int index, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      super(name, ObjectFormat.Kind.OPTIONAL, format, index, set);
      this.get = get;
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      Optional<V> value = get.apply(owner);
      if (value.isPresent()) {
        generator.writeFieldName(name);
        format.write(value.get(), generator);
      }
    }
  }

  /** Zero or one whole number, left out when empty. */
  static final class OptionalNumber<T, B> extends ObjectFormat.Property<T, B, Integer> {
    private final Function<T, OptionalInt> get;
    private final ObjIntConsumer<B> set;

    OptionalNumber(String name, int index, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      super(name, ObjectFormat.Kind.OPTIONAL, Values.INTEGER, index);
      this.get = get;
      this.set = set;
    }

    @Override
    void read(JsonParser parser, Reading reading, B builder) throws IOException {
      set.accept(builder, format.read(parser, reading));
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      OptionalInt value = get.apply(owner);
      if (value.isPresent()) {
        generator.writeFieldName(name);
        generator.writeNumber(value.getAsInt());
      }
    }
  }

  /** The {@code extensions} property, left out when empty. */
  static final class OfExtensions<T, B> extends OneValue<T, B, Extensions> {
    private final Function<T, Extensions> get;

    OfExtensions(int index, Function<T, Extensions> get, BiConsumer<B, Extensions> set) {
      super("extensions", ObjectFormat.Kind.EXTENSIONS, Values.EXTENSIONS, index, set);
      this.get = get;
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      Extensions value = get.apply(owner);
      if (!value.isEmpty()) {
        generator.writeFieldName(name);
        format.write(value, generator);
      }
    }
  }

  /** A fixed string, always written, of a format that is only written. */
  static final class Constant<T, B> extends ObjectFormat.Property<T, B, String> {
    private final String value;

    Constant(String name, int index, String value) {
      super(name, ObjectFormat.Kind.CONSTANT, Values.STRING, index);
      this.value = value;
    }

    @Override
    void read(JsonParser parser, Reading reading, B builder) {
      throw new UnsupportedOperationException(name + " is written, not read");
    }

    @Override
    void write(T owner, JsonGenerator generator) throws IOException {
      generator.writeStringField(name, value);
    }
  }
}
