package io.github.icsmodel.identifier;

import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Government Statistical Service (GSS) code from the Office for National Statistics, nine characters such as
 * {@code E54000008} (an integrated care board), {@code E40000010} (an NHS region), {@code E38000006} (a sub-ICB
 * location) or {@code E06000006} (a unitary authority).
 *
 * <p>The first three characters, the entity prefix, say what kind of area the code names: see
 * {@link #entity()}. Instances are immutable, thread-safe and value-based.
 */
public final class GssCode implements Comparable<GssCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[EWSNK][0-9]{8}");

  private final String code;

  private GssCode(String code) {
    this.code = code;
  }

  /**
   * Obtains a GSS code from its text.
   *
   * @param text nine characters: a country letter (E, W, S, N or K) and eight digits
   * @return the code
   * @throws InvalidValueException if the text is not in that form
   * @throws NullPointerException if text is null
   */
  public static GssCode of(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (!FORM.matcher(text).matches()) {
      throw new InvalidValueException(
          "not an ONS GSS code: \"" + text + "\" (expected 9 characters: E, W, S, N or K and eight digits,"
              + " such as E54000008)");
    }
    return new GssCode(text);
  }

  /**
   * Returns the entity prefix, the first three characters, such as {@code "E54"}.
   *
   * @return the prefix
   */
  public String prefix() {
    return code.substring(0, 3);
  }

  /**
   * Returns the kind of area the code names, if this library knows its prefix.
   *
   * @return the entity, or empty for a prefix outside {@link GssEntity}
   */
  public Optional<GssEntity> entity() {
    return GssEntity.ofPrefix(prefix());
  }

  /**
   * Returns whether the code names an area of the given kind.
   *
   * @param entity the kind of area
   * @return true if the prefix is that entity's
   */
  public boolean is(GssEntity entity) {
    return entity.prefix().equals(prefix());
  }

  @Override
  public int compareTo(GssCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof GssCode && ((GssCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** Returns the canonical nine-character code, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return code;
  }
}
