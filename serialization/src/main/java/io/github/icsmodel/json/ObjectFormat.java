package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * How one object type of the model is written and read: its properties, in the order of the accessors that
 * declare them, each with the accessor's name.
 *
 * <p>Reading goes through the model's builder, so every invariant the builder checks holds for data read from
 * JSON; a builder's {@link InvalidValueException} becomes a problem located at the object. Writing is
 * deterministic: properties in the table's order; empty optional values, empty collections and empty extensions
 * left out; every other value written, defaults included.
 *
 * <p>The same tables describe the validation reports, which also state what follows from their content (a
 * finding's {@code kind}, see {@link Builder#follows}), write arrays even when empty (see {@link #listOf}) and, for
 * SARIF, are written only (see {@link #writer}).
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class ObjectFormat<T, B> implements Format<T> {
  private final String name;
  private final Class<T> type;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ImmutableList<Property<T, B, ?>> properties;
  private final ImmutableMap<String, Property<T, B, ?>> byName;
  private final ImmutableList<String> names;
  private final long required;
  private final FormatMarker marker;
  private final ImmutableMap<String, String> hints;

  private ObjectFormat(Builder<T, B> builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.properties = ImmutableList.copyOf(builder.properties);
    ImmutableMap.Builder<String, Property<T, B, ?>> byName = ImmutableMap.builder();
    long required = 0;
    for (Property<T, B, ?> property : properties) {
      byName.put(property.name, property);
      if (property.kind == Kind.REQUIRED) {
        required |= 1L << property.index;
      }
    }
    this.byName = byName.buildOrThrow();
    this.names = ImmutableList.copyOf(this.byName.keySet());
    this.required = required;
    this.marker = builder.marker;
    this.hints = ImmutableMap.copyOf(builder.hints);
  }

  static <T, B> Builder<T, B> of(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(name, type, Objects.requireNonNull(newBuilder), Objects.requireNonNull(build));
  }

  /**
   * Starts a format that is written and never read, such as that of a SARIF log: its properties are given without
   * a setter, and {@link #read} refuses.
   */
  static <T> Builder<T, Void> writer(String name, Class<T> type) {
    return new Builder<>(name, type, null, null);
  }

  /** A setter for a property that is read for its shape and then left out, such as a title written for people. */
  static <B, V> BiConsumer<B, V> ignored() {
    return (builder, value) -> { };
  }

  /**
   * The format of a whole list as a JSON array, for a property that is written even when the list is empty
   * (an object's other list properties leave an empty list out).
   */
  static <V> Format<List<V>> listOf(Format<V> element) {
    return new ListFormat<>(element);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<T> type() {
    return type;
  }

  /** Returns the properties, in the order they are written. */
  List<Property<T, B, ?>> properties() {
    return properties;
  }

  /** Returns whether this type can be a whole document, with the format marker at its top. */
  boolean isDocument() {
    return marker != null;
  }

  @Override
  public T read(JsonParser parser, Reading reading) throws IOException {
    if (newBuilder == null) {
      throw new UnsupportedOperationException(name + " is written, not read");
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw reading.unexpected(parser, "an object");
    }
    JsonLocation start = parser.currentTokenLocation();
    boolean root = marker != null && parser.getParsingContext().getParent().inRoot();
    List<Properties.Stated<T>> stated = null;
    boolean formatSeen = false;
    B builder = newBuilder.get();
    long seen = 0;
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String propertyName = parser.currentName();
      reading.record(parser);
      if (root && !formatSeen) {
        // The marker comes first, so that the version is known before anything else is interpreted.
        if (!propertyName.equals(IcsJson.FORMAT_PROPERTY)) {
          throw reading.problemAt(parser, JsonPointer.root(), parser.currentTokenLocation(),
              marker.allowsSchema() && propertyName.equals(IcsJson.SCHEMA_PROPERTY)
                  ? marker.missing() + " (an editor's \"$schema\" follows the marker)" : marker.missing());
        }
        parser.nextToken();
        marker.check(parser, reading);
        formatSeen = true;
        continue;
      }
      if (root && marker.allowsSchema() && propertyName.equals(IcsJson.SCHEMA_PROPERTY)) {
        // An editor's binding to the JSON Schema ("$schema": "icsmodel-1.schema.json"): allowed at the top of a
        // document, after the marker; it says nothing about the configuration, so it is not kept.
        if (parser.nextToken() != JsonToken.VALUE_STRING) {
          throw reading.unexpected(parser, "a string (the URI of the JSON Schema)");
        }
        continue;
      }
      Property<T, B, ?> property = byName.get(propertyName);
      if (property == null) {
        Optional<String> hint = Optional.ofNullable(hints.get(propertyName));
        if (propertyName.equals(IcsJson.FORMAT_PROPERTY)) {
          hint = Optional.of("the format marker belongs at the top of the document only");
        }
        reading.unknownProperty(parser, propertyName, names, hint);
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      long bit = 1L << property.index;
      if ((seen & bit) != 0) {
        throw reading.problem(parser, "the property \"" + propertyName + "\" appears twice in this object");
      }
      seen |= bit;
      parser.nextToken();
      if (property.kind == Kind.FOLLOWS) {
        if (stated == null) {
          stated = new ArrayList<>();
        }
        stated.add(((Properties.Follows<T, B, ?>) property).state(parser, reading));
      } else {
        property.read(parser, reading, builder);
      }
    }
    // The parser is at END_OBJECT, and its context is back at the parent, which names this object.
    if (root && !formatSeen) {
      throw reading.problemAt(
          parser,
          JsonPointer.root(),
          start,
          marker.missing());
    }
    if ((seen & required) != required) {
      List<String> missing = new ArrayList<>();
      for (Property<T, B, ?> property : properties) {
        if (property.kind == Kind.REQUIRED && (seen & (1L << property.index)) == 0) {
          missing.add("\"" + property.name + "\"");
        }
      }
      throw reading.problemAt(
          parser,
          Pointers.of(parser.getParsingContext()),
          start,
          (missing.size() == 1 ? "missing required property " : "missing required properties ")
              + String.join(", ", missing));
    }
    T value;
    try {
      value = build.apply(builder);
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, Pointers.of(parser.getParsingContext()), start, e.getMessage());
    }
    if (stated != null) {
      for (Properties.Stated<T> statement : stated) {
        statement.check(value, parser, reading);
      }
    }
    return value;
  }

  @Override
  public void write(T value, JsonGenerator generator) throws IOException {
    boolean root = marker != null && generator.getOutputContext().inRoot();
    generator.writeStartObject();
    if (root) {
      generator.writeStringField(IcsJson.FORMAT_PROPERTY, marker.format());
    }
    for (Property<T, B, ?> property : properties) {
      property.write(value, generator);
    }
    generator.writeEndObject();
  }

  /** How a property holds its value. */
  enum Kind {
    /** Exactly one value, which must be present. */
    REQUIRED,
    /** Exactly one value, which the model defaults when the property is left out; always written. */
    DEFAULTED,
    /** Zero or one value; left out when empty. */
    OPTIONAL,
    /** A list of values, in order; left out when empty. */
    LIST,
    /** A set of distinct values, in order; left out when empty. */
    SET,
    /** Local extensions; left out when empty. */
    EXTENSIONS,
    /**
     * Exactly one value that follows from the others, such as a finding's kind: always written; optional on
     * reading, and refused where it stands if it disagrees with the value built.
     */
    FOLLOWS,
    /** A fixed string, such as a SARIF log's version: always written. */
    CONSTANT
  }

  /**
   * One property of an object type: its name (the accessor's), how it holds its value, and the value's format.
   *
   * @param <T> the model type
   * @param <B> its builder
   * @param <V> the type of the value, or of each element
   */
  abstract static class Property<T, B, V> {
    final String name;
    final Kind kind;
    final Format<V> format;
    final int index;

    Property(String name, Kind kind, Format<V> format, int index) {
      this.name = name;
      this.kind = kind;
      this.format = format;
      this.index = index;
    }

    String name() {
      return name;
    }

    Kind kind() {
      return kind;
    }

    Format<V> format() {
      return format;
    }

    abstract void read(JsonParser parser, Reading reading, B builder) throws IOException;

    abstract void write(T owner, JsonGenerator generator) throws IOException;
  }

  /** Builds a format, one property at a time, in accessor order. */
  static final class Builder<T, B> {
    private final String name;
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B, ?>> properties = new ArrayList<>();
    private FormatMarker marker;
    private final Map<String, String> hints = new HashMap<>();

    private Builder(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = name;
      this.type = type;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    private int next() {
      if (properties.size() == Long.SIZE) {
        throw new IllegalStateException(name + ": too many properties");
      }
      return properties.size();
    }

    /** A property that must be present. */
    <V> Builder<T, B> required(String property, Format<V> format, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(new Properties.Single<>(property, Kind.REQUIRED, format, next(), get, set));
      return this;
    }

    /** A property the model gives a default; written always, so that the file states it. */
    <V> Builder<T, B> defaulted(String property, Format<V> format, Function<T, V> get, BiConsumer<B, V> set) {
      properties.add(new Properties.Single<>(property, Kind.DEFAULTED, format, next(), get, set));
      return this;
    }

    /** An optional property, left out when empty. */
    <V> Builder<T, B> optional(
        String property, Format<V> format, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      properties.add(new Properties.OptionalValue<>(property, format, next(), get, set));
      return this;
    }

    /** An optional whole number, left out when empty. */
    Builder<T, B> optionalInt(String property, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      properties.add(new Properties.OptionalNumber<>(property, next(), get, set));
      return this;
    }

    /** A list, in order, left out when empty. */
    <V> Builder<T, B> list(
        String property, Format<V> format, Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      properties.add(new Properties.Many<>(property, Kind.LIST, format, next(), get, set, null, null));
      return this;
    }

    /**
     * A list of elements that a key identifies, such as an id: a second element with the same key is refused where
     * it stands, naming where the first one is.
     */
    <V> Builder<T, B> list(
        String property,
        Format<V> format,
        Function<T, ? extends Collection<V>> get,
        BiConsumer<B, List<V>> set,
        String keyName,
        Function<V, ?> key) {
      properties.add(new Properties.Many<>(property, Kind.LIST, format, next(), get, set, keyName, key));
      return this;
    }

    /**
     * A set of distinct values, in order, left out when empty; a value listed twice is refused, named as the JSON
     * names it (an enum constant by its JSON name).
     */
    <V> Builder<T, B> set(
        String property, Format<V> format, Function<T, ? extends Collection<V>> get, BiConsumer<B, List<V>> set) {
      Function<V, ?> name = format instanceof Values.EnumFormat ? ((Values.EnumFormat<?>) format)::nameOf : v -> v;
      properties.add(new Properties.Many<>(property, Kind.SET, format, next(), get, set, "value", name));
      return this;
    }

    /** The {@code extensions} property, left out when empty. */
    Builder<T, B> extensions(Function<T, Extensions> get, BiConsumer<B, Extensions> set) {
      properties.add(new Properties.OfExtensions<>(next(), get, set));
      return this;
    }

    /**
     * Makes this a document type: at the top of a document it carries the format marker {@code icsmodel/1}, which
     * an editor's {@code "$schema"} may follow.
     */
    Builder<T, B> document() {
      this.marker = new FormatMarker(IcsJson.FORMAT, "document", true);
      return this;
    }

    /**
     * Makes this a document type of another format, such as a validation report: at the top of a document it
     * carries the marker {@code "format": format}.
     *
     * @param format the marker's value, such as {@code "icsmodel-report/1"}
     * @param noun what the document is called in messages, such as {@code "report"}
     */
    Builder<T, B> document(String format, String noun) {
      this.marker = new FormatMarker(format, noun, false);
      return this;
    }

    /**
     * A property whose value follows from the others, such as a finding's kind from its severity and basis:
     * written always; optional on reading, and when present it must agree with the value built, or it is refused
     * where it stands with the message {@code disagrees} gives.
     */
    <V> Builder<T, B> follows(String property, Format<V> format, Function<T, V> get, Disagreement<T, V> disagrees) {
      properties.add(new Properties.Follows<>(property, format, next(), get, disagrees));
      return this;
    }

    /** A property of a format that is only written: always written. */
    <V> Builder<T, B> defaulted(String property, Format<V> format, Function<T, V> get) {
      return defaulted(property, format, get, notRead());
    }

    /** A property of a format that is only written: left out when empty. */
    <V> Builder<T, B> optional(String property, Format<V> format, Function<T, Optional<V>> get) {
      return optional(property, format, get, notRead());
    }

    /** A list property of a format that is only written: left out when empty. */
    <V> Builder<T, B> list(String property, Format<V> format, Function<T, ? extends Collection<V>> get) {
      return list(property, format, get, notRead());
    }

    /** A fixed string of a format that is only written, such as a SARIF log's version: always written. */
    Builder<T, B> constant(String property, String value) {
      properties.add(new Properties.Constant<>(property, next(), value));
      return this;
    }

    private static <B, V> BiConsumer<B, V> notRead() {
      return (builder, value) -> {
        throw new UnsupportedOperationException("a format that is only written has no setters");
      };
    }

    /** A hint for a property that does not belong here, such as one from the other kind of document. */
    Builder<T, B> hint(String property, String hint) {
      hints.put(property, hint);
      return this;
    }

    ObjectFormat<T, B> build() {
      return new ObjectFormat<>(this);
    }
  }

  /**
   * The message for a stated value that disagrees with the value built.
   *
   * @param <T> the model type
   * @param <V> the type of the stated value
   */
  @FunctionalInterface
  interface Disagreement<T, V> {
    String message(V stated, T built);
  }
}
