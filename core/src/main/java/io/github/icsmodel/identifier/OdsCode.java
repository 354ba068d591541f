package io.github.icsmodel.identifier;

import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code from the Organisation Data Service (ODS), the NHS's register of organisations, such as {@code QYG} for
 * NHS Cheshire and Merseyside Integrated Care Board, {@code Y62} for the North West region, {@code RXN} for an
 * NHS trust or {@code A81001} for a GP practice.
 *
 * <p>Lengths vary by kind of organisation (three characters for the ICBs of 2022, regions and most trusts; five for
 * the ICBs established on 1 April 2026, such as {@code S1Y5D}, for some sub-ICB locations, such as {@code A3A8R},
 * and for trust sites; six for GP practices and primary care networks), so this type checks only the common
 * form: three to ten upper-case letters and digits. The text is never normalised: {@code of("qyg")} is refused
 * with a message that names the canonical form.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class OdsCode implements Comparable<OdsCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{3,10}");

  private final String code;

  private OdsCode(String code) {
    this.code = code;
  }

  /**
   * Obtains an ODS code from its text.
   *
   * @param text the code, for example {@code "QYG"}
   * @return the code
   * @throws InvalidValueException if the text is not three to ten upper-case letters and digits
   * @throws NullPointerException if text is null
   */
  public static OdsCode of(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (!FORM.matcher(text).matches()) {
      String upper = text.strip().toUpperCase(Locale.ROOT);
      String hint = FORM.matcher(upper).matches() ? "; did you mean \"" + upper + "\"?" : "";
      throw new InvalidValueException(
          "not an ODS code: \"" + text + "\" (expected 3 to 10 upper-case letters and digits" + hint + ")");
    }
    return new OdsCode(text);
  }

  /**
   * Returns the number of characters, which hints at the kind of organisation.
   *
   * @return the length of the code
   */
  public int length() {
    return code.length();
  }

  @Override
  public int compareTo(OdsCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OdsCode && ((OdsCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the canonical text of the code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
