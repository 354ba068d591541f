package io.github.icsmodel.identifier;

import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * An id that a configuration gives to something that has no national code: a board member, a place, a
 * provider collaborative, a document, and every organisation the configuration lists.
 *
 * <p>An id is 1 to 100 characters: a letter or digit, then letters, digits, {@code .}, {@code _} or {@code -}.
 * Ids are case-sensitive. Instances are immutable, thread-safe and value-based.
 */
public final class LocalId implements Comparable<LocalId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private final String id;

  private LocalId(String id) {
    this.id = id;
  }

  /**
   * Obtains an id from its text.
   *
   * @param text the id, for example {@code "chair"} or {@code "trust-north"}
   * @return the id
   * @throws InvalidValueException if the text is not in the form described above
   * @throws NullPointerException if text is null
   */
  public static LocalId of(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (!FORM.matcher(text).matches()) {
      throw new InvalidValueException(
          "not a valid id: \"" + text + "\" (expected 1 to 100 characters: a letter or digit, then letters,"
              + " digits, '.', '_' or '-')");
    }
    return new LocalId(text);
  }

  @Override
  public int compareTo(LocalId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LocalId && ((LocalId) obj).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** Returns the id's text, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return id;
  }
}
