package io.github.icsmodel.report.html.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * jte's HTML output, which escapes every string from the input for where it stands (text, attribute), with one
 * step before: characters an HTML document may not contain at all (C0 and C1 controls other than tab, line feed and
 * carriage return, noncharacters, and unpaired surrogates, which UTF-8 cannot encode) become U+FFFD, so that a
 * hostile or damaged name still gives a conforming page.
 */
public final class SafeHtmlOutput extends OwaspHtmlTemplateOutput {
  /**
   * Wraps an output.
   *
   * @param output where the page goes
   */
  public SafeHtmlOutput(TemplateOutput output) {
    super(output);
  }

  @Override
  public void writeUserContent(String value) {
    super.writeUserContent(value == null ? null : clean(value));
  }

  /**
   * Returns the text with every character an HTML document may not contain replaced by U+FFFD.
   *
   * @param text the text
   * @return the text, the same instance when nothing is replaced
   */
  public static String clean(String text) {
    StringBuilder cleaned = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean bad;
      int width = 1;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        int codePoint = text.codePointAt(i);
        bad = (codePoint & 0xFFFE) == 0xFFFE;
        width = 2;
      } else {
        bad = Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            || (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
      }
      if (bad && cleaned == null) {
        cleaned = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (cleaned != null) {
        if (bad) {
          cleaned.append('\uFFFD');
        } else {
          cleaned.append(text, i, i + width);
        }
      }
      i += width - 1;
    }
    return cleaned == null ? text : cleaned.toString();
  }
}
