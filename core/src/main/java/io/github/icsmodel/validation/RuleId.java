package io.github.icsmodel.validation;

import io.github.icsmodel.InvalidValueException;
import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The stable id of a validation rule, such as {@code board.chair-count}: a namespace and a name, in lower case,
 * separated by dots. Ids are never reused for a different rule. Rules a user adds take a namespace of their own.
 *
 * <p>Instances are immutable and value-based; {@code RuleId.of(id.toString())} equals {@code id}.
 */
public final class RuleId implements Comparable<RuleId>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final String id;

  private RuleId(String id) {
    this.id = id;
  }

  /**
   * Obtains a rule id from its text.
   *
   * @param text the id, such as {@code "board.chair-count"}
   * @return the id
   * @throws InvalidValueException if the text is not dot-separated lower-case kebab-case segments (at least two)
   */
  public static RuleId of(String text) {
    if (text == null) {
      throw new NullPointerException("text");
    }
    if (!FORM.matcher(text).matches()) {
      throw new InvalidValueException(
          "not a rule id: \"" + text + "\" (expected a namespace and a name in lower case, such as"
              + " board.chair-count)");
    }
    return new RuleId(text);
  }

  /**
   * Returns the namespace: the text before the first dot.
   *
   * @return the namespace, such as {@code "board"}
   */
  public String namespace() {
    return id.substring(0, id.indexOf('.'));
  }

  @Override
  public int compareTo(RuleId other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RuleId && ((RuleId) obj).id.equals(id);
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
