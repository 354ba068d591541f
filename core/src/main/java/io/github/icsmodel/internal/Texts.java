package io.github.icsmodel.internal;

/**
 * Text checks shared by the model's values. Not API: the package is exported only to this library's own modules.
 */
public final class Texts {
  private Texts() {}

  /**
   * Returns whether text is blank: empty, or made only of white space in the Unicode sense, which
   * {@link String#isBlank()} is not (it misses the no-break spaces U+00A0, U+2007 and U+202F), and of invisible
   * format characters such as the zero-width space U+200B and the byte order mark U+FEFF.
   *
   * @param text the text
   * @return true if nothing visible is written
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
          && !Character.isISOControl(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /**
   * Returns whether text holds a lone surrogate: a UTF-16 half that is not part of a pair, which no UTF-8 file can
   * hold.
   *
   * @param text the text
   * @return the index of the first lone surrogate, or -1
   */
  public static int loneSurrogate(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Lists items for a message, naming at most {@code shown} of them: "a, b, c and 12 more".
   *
   * @param items the items
   * @param shown how many to name
   * @return the list in words
   */
  public static String listSome(java.util.Collection<String> items, int shown) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    for (String item : items) {
      if (i == shown) {
        return text.append(" and ").append(items.size() - shown).append(" more").toString();
      }
      if (i > 0) {
        text.append(", ");
      }
      text.append(item);
      i++;
    }
    return text.toString();
  }

  /**
   * Shortens text to at most {@code max} characters, ending it with a note of how much was left out; never splits
   * a surrogate pair.
   *
   * @param text the text
   * @param max the largest length, at least 64
   * @return the text, or its shortened form
   */
  public static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String note = " [... " + text.length() + " characters in all]";
    int end = max - note.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + note;
  }
}
