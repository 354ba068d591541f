package io.github.icsmodel.textio;

/**
 * Makes text from a document or the operating system safe to print on a terminal: control characters (C0, DEL,
 * C1), the line and paragraph separators and the bidirectional controls become visible escapes such as
 * {@code \n}, {@code \u001B} or {@code \u202E}, so that text cannot forge a line or drive the terminal.
 *
 * <p>Not API: the package is not exported.
 */
public final class Sanitize {
  private Sanitize() {}

  /**
   * Returns text with every character that could drive a terminal or break a line escaped.
   *
   * @param text the text
   * @return the text, safe to print on one line
   */
  public static String line(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        safe.append(c);
      } else if (c == '\n') {
        safe.append("\\n");
      } else if (c == '\r') {
        safe.append("\\r");
      } else if (c == '\t') {
        safe.append("\\t");
      } else {
        safe.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return safe.toString();
  }

  /**
   * Returns whether a character could drive a terminal, break a line, or reorder the text around it.
   *
   * @param c the character
   * @return true if it must be escaped
   */
  public static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
