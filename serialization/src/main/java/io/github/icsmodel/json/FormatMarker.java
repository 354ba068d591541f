package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The format marker a document type carries at its top, such as {@code "format": "icsmodel/1"}. */
final class FormatMarker {
  private final String format;
  private final String noun;
  private final boolean schema;

  FormatMarker(String format, String noun, boolean schema) {
    this.format = format;
    this.noun = noun;
    this.schema = schema;
  }

  String format() {
    return format;
  }

  /** Returns whether an editor's {@code "$schema"} may follow the marker, as in {@code icsmodel/1} documents. */
  boolean allowsSchema() {
    return schema;
  }

  String missing() {
    return "missing the format marker: a " + noun + " must begin {\"format\": \"" + format + "\", ...";
  }

  void check(JsonParser parser, Reading reading) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw reading.unexpected(parser, "the string \"" + format + "\"");
    }
    String text = parser.getText();
    if (!text.equals(format)) {
      throw reading.problem(
          parser,
          "unsupported format " + Reading.quote(text) + ": this version of icsmodel reads \"" + format + "\" only");
    }
  }
}
