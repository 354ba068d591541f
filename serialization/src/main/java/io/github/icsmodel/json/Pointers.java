package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonStreamContext;
import io.github.icsmodel.validation.JsonPointer;
import java.util.ArrayDeque;
import java.util.Deque;

/** JSON Pointers to where a parser or generator is, built from Jackson's stream contexts. */
final class Pointers {
  private Pointers() {}

  /**
   * Returns the pointer of the value at the context's current position: the current property of an object, the
   * current element of an array, nothing for a container that has not yet started its first entry.
   */
  static JsonPointer of(JsonStreamContext context) {
    Deque<String> tokens = tokens(context);
    JsonPointer pointer = JsonPointer.root();
    for (String token : tokens) {
      pointer = pointer.property(token);
    }
    return pointer;
  }

  /** Returns the RFC 6901 text of {@link #of}, more cheaply. */
  static String text(JsonStreamContext context) {
    Deque<String> tokens = tokens(context);
    if (tokens.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      text.append('/');
      if (token.indexOf('~') >= 0 || token.indexOf('/') >= 0) {
        text.append(token.replace("~", "~0").replace("/", "~1"));
      } else {
        text.append(token);
      }
    }
    return text.toString();
  }

  private static Deque<String> tokens(JsonStreamContext context) {
    Deque<String> tokens = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          tokens.addFirst(Integer.toString(c.getCurrentIndex()));
        }
      } else if (c.inObject()) {
        String name = c.getCurrentName();
        if (name != null) {
          tokens.addFirst(name);
        }
      }
    }
    return tokens;
  }
}
