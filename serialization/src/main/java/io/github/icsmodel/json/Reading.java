package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.textio.Suggestions;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One read in progress: whether it is lenient, the warnings it has collected, and (if asked) the location of every
 * element it has seen. Not thread-safe; one per read.
 */
final class Reading {
  /** The id of the warning a lenient read gives for a property the format does not define. */
  static final RuleId UNKNOWN_PROPERTY = RuleId.of("json.unknown-property");

  /** The basis of the reader's findings: this library's own format. */
  static final PolicyReference FORMAT_BASIS =
      PolicyReference.of("icsmodel", "icsmodel configuration format 1", "");

  private final boolean lenient;
  private final String source;
  private final LocationIndex locations;
  private final List<Finding> warnings = new ArrayList<>();
  private final Map<ValueFormat<?>, Map<String, Object>> values = new IdentityHashMap<>();

  private Reading(boolean lenient, boolean recordLocations, String source) {
    this.lenient = lenient;
    this.source = source;
    this.locations = recordLocations ? new LocationIndex() : null;
  }

  /**
   * Returns the values of one format already read in this document, by their text. Identifiers and dates recur
   * throughout a configuration (every reference to an organisation repeats its id), so a read parses and checks
   * each distinct text once, and the configuration shares one instance per value.
   */
  Map<String, Object> valuesOf(ValueFormat<?> format) {
    return values.computeIfAbsent(format, f -> new HashMap<>());
  }

  /** A strict read that records no locations: what a plain Jackson {@code ObjectMapper} gets. */
  static Reading strict() {
    return new Reading(false, false, null);
  }

  static Reading of(boolean lenient, boolean recordLocations, String source) {
    return new Reading(lenient, recordLocations, source);
  }

  Optional<String> sourceName() {
    return Optional.ofNullable(source);
  }

  boolean isLenient() {
    return lenient;
  }

  List<Finding> warnings() {
    return ImmutableList.copyOf(warnings);
  }

  SourceLocations locations() {
    return new SourceLocations(source, locations == null ? new LocationIndex() : locations);
  }

  boolean recordsLocations() {
    return locations != null;
  }

  /**
   * Records where the current token's element starts, if this read records locations: a property (at its name) or
   * an array element (at its first token), or the whole document.
   */
  void record(JsonParser parser) {
    if (locations == null) {
      return;
    }
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      context = context.getParent(); // the element is an entry of the enclosing container
    }
    JsonLocation location = parser.currentTokenLocation();
    long position = SourceLocations.pack(location.getLineNr(), location.getColumnNr());
    if (context.inRoot()) {
      locations.root(position);
    } else {
      boolean inObject = context.inObject();
      locations.entry(context.getNestingDepth(), inObject, inObject ? context.getCurrentName() : null, position);
    }
  }

  /** A problem with the value at the parser's current token. */
  JsonProblem problem(JsonParser parser, String problem) {
    return new JsonProblem(parser, Pointers.of(parser.getParsingContext()), parser.currentTokenLocation(), problem);
  }

  /** A problem with an element that started earlier, such as an object whose builder refused it. */
  JsonProblem problemAt(JsonParser parser, JsonPointer pointer, JsonLocation start, String problem) {
    return new JsonProblem(parser, pointer, start, problem);
  }

  /** A problem with a value of the wrong JSON type, or null. */
  JsonProblem unexpected(JsonParser parser, String expected) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return problem(parser, "null is not allowed here; leave the property out if it has no value");
    }
    return problem(parser, "expected " + expected + ", got " + describe(parser));
  }

  /**
   * Deals with a property the format does not define: a problem in a strict read, a warning in a lenient one. The
   * parser is at the property's name.
   */
  void unknownProperty(JsonParser parser, String name, Collection<String> known, Optional<String> hint)
      throws JsonProblem {
    String message =
        "unknown property \""
            + name
            + "\""
            + hint.map(h -> "; " + h)
                .orElseGet(
                    () ->
                        Suggestions.nearest(name, known)
                            .map(s -> "; did you mean \"" + s + "\"?")
                            .orElseGet(() -> known.isEmpty() ? "" : "; expected one of " + String.join(", ", known)));
    if (!lenient) {
      throw problem(parser, message);
    }
    warnings.add(
        Finding.builder()
            .ruleId(UNKNOWN_PROPERTY)
            .severity(Severity.WARNING)
            .path(Pointers.of(parser.getParsingContext()))
            .message(message + " (ignored)")
            .basis(FORMAT_BASIS)
            .build());
  }

  /** Describes the current token for a message: "an object", "the number 3", "the string \"chiar\"". */
  static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the document";
    }
    try {
      switch (token) {
        case START_OBJECT:
          return "an object";
        case START_ARRAY:
          return "an array";
        case VALUE_STRING:
          return quote(parser.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          String number = parser.getText();
          return "the number " + (number.length() > 40 ? number.substring(0, 40) + "..." : number);
        case VALUE_TRUE:
          return "true";
        case VALUE_FALSE:
          return "false";
        case VALUE_NULL:
          return "null";
        default:
          return token.asString() == null ? token.name() : token.asString();
      }
    } catch (IOException e) {
      return token.name();
    }
  }

  /** Quotes text for a message, shortening long text. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
    return "\""
        + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t")
        + "\"";
  }
}
