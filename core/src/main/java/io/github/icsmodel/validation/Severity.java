package io.github.icsmodel.validation;

/**
 * How serious a finding is. A configuration is valid when it has no ERROR or FATAL finding.
 *
 * <ul>
 *   <li>{@link #ERROR}: the configuration records something that breaches a statutory requirement.
 *   <li>{@link #WARNING}: a departure from NHS England policy; or, for a statutory provision, what the
 *       configuration does not show: a fact the requirement turns on is <em>not recorded</em> (not recorded is
 *       not false, so a board that may well be lawful is never an ERROR), or a duty to act "with a view to" an aim
 *       whose aim the configuration does not show met (such as Sch. 1B para 8(6)).
 *   <li>{@link #INFORMATION}: advice, and facts worth knowing such as a vacant seat.
 * </ul>
 */
public enum Severity {
  /** Advice: something worth knowing, not a departure from anything. */
  INFORMATION,
  /**
   * A departure from NHS England policy or guidance, which is not law; or a statutory requirement that the
   * configuration does not show met, because a fact it turns on is not recorded.
   */
  WARNING,
  /** A breach of a statutory requirement. */
  ERROR,
  /** The configuration cannot be checked further at all. */
  FATAL;

  /**
   * Returns whether a finding of this severity makes a configuration invalid.
   *
   * @return true for ERROR and FATAL
   */
  public boolean isBlocking() {
    return this == ERROR || this == FATAL;
  }
}
