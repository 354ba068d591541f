package io.github.icsmodel.textio;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * The escapes of everything this library writes as JSON: besides what JSON requires (quote, backslash, C0
 * controls), DEL, the C1 controls U+0080 to U+009F (U+009B starts a terminal control sequence), and the line and
 * paragraph separators U+2028 and U+2029, so that no document read, echoed into a report and shown on a terminal
 * can drive the terminal or forge a line. Escaped text reads back as the same characters.
 */
public final class TerminalSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  /** The one instance. */
  public static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();

  private final int[] escapes;

  private TerminalSafeEscapes() {
    int[] table = CharacterEscapes.standardAsciiEscapesForJSON();
    table[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    this.escapes = table;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return escapes.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029) {
      return new com.fasterxml.jackson.core.io.SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
    }
    return null;
  }
}
