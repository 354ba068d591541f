package io.github.icsmodel.validation;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.util.List;

/**
 * A JSON Pointer (RFC 6901), such as {@code /icb/board/members/3/role}, naming a place in a configuration by the
 * JSON property names and array indexes that lead to it. Findings from validation carry one, so that a finding
 * points at the same place in the file that the JSON reader would report.
 *
 * <p>Instances are immutable and value-based; {@code JsonPointer.of(p.toString())} equals {@code p}.
 */
public final class JsonPointer implements Comparable<JsonPointer>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final JsonPointer ROOT = new JsonPointer(ImmutableList.of());

  private final ImmutableList<String> tokens;

  private JsonPointer(ImmutableList<String> tokens) {
    this.tokens = tokens;
  }

  /**
   * Returns the pointer to the whole document, written as the empty string.
   *
   * @return the root pointer
   */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * Parses a pointer from its RFC 6901 text.
   *
   * @param text the pointer, empty or starting with {@code /}
   * @return the pointer
   * @throws InvalidValueException if the text is not a JSON Pointer
   */
  public static JsonPointer of(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new InvalidValueException("not a JSON Pointer: \"" + text + "\" (expected \"\" or text starting with /)");
    }
    ImmutableList.Builder<String> tokens = ImmutableList.builder();
    for (String raw : text.substring(1).split("/", -1)) {
      StringBuilder token = new StringBuilder(raw.length());
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == '~') {
          char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
          if (next == '0') {
            token.append('~');
          } else if (next == '1') {
            token.append('/');
          } else {
            throw new InvalidValueException("not a JSON Pointer: \"" + text + "\" (~ must be followed by 0 or 1)");
          }
          i++;
        } else {
          token.append(c);
        }
      }
      tokens.add(token.toString());
    }
    return new JsonPointer(tokens.build());
  }

  /**
   * Returns the pointer to a property of the value this pointer names.
   *
   * @param property the property name
   * @return the longer pointer
   */
  public JsonPointer property(String property) {
    if (property == null) {
      throw new NullPointerException("property");
    }
    return new JsonPointer(ImmutableList.<String>builder().addAll(tokens).add(property).build());
  }

  /**
   * Returns the pointer to an element of the array this pointer names.
   *
   * @param index the zero-based index
   * @return the longer pointer
   */
  public JsonPointer index(int index) {
    if (index < 0) {
      throw new InvalidValueException("JSON Pointer index must not be negative: " + index);
    }
    return property(Integer.toString(index));
  }

  /**
   * Returns the unescaped reference tokens.
   *
   * @return the tokens, empty for the root
   */
  public List<String> tokens() {
    return tokens;
  }

  /**
   * Returns whether this pointer equals or lies inside another.
   *
   * @param ancestor the other pointer
   * @return true if {@code ancestor} is a prefix of this pointer
   */
  public boolean startsWith(JsonPointer ancestor) {
    return tokens.size() >= ancestor.tokens.size()
        && tokens.subList(0, ancestor.tokens.size()).equals(ancestor.tokens);
  }

  @Override
  public int compareTo(JsonPointer other) {
    int common = Math.min(tokens.size(), other.tokens.size());
    for (int i = 0; i < common; i++) {
      String a = tokens.get(i);
      String b = other.tokens.get(i);
      int byIndex = compareAsIndexes(a, b);
      int result = byIndex != 0 ? byIndex : a.compareTo(b);
      if (result != 0) {
        return result;
      }
    }
    return Integer.compare(tokens.size(), other.tokens.size());
  }

  private static int compareAsIndexes(String a, String b) {
    if (isIndex(a) && isIndex(b)) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return 0;
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof JsonPointer && ((JsonPointer) obj).tokens.equals(tokens);
  }

  @Override
  public int hashCode() {
    return tokens.hashCode();
  }

  /** Returns the RFC 6901 text, with {@code ~} and {@code /} escaped. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      text.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return text.toString();
  }
}
