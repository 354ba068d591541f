package io.github.icsmodel.validation;

/**
 * How serious a finding is. Statutory requirements are {@link #ERROR}; departures from NHS England policy are
 * {@link #WARNING}; advice is {@link #INFORMATION}. A configuration is valid when it has no ERROR or FATAL
 * finding.
 */
public enum Severity {
  /** Advice: something worth knowing, not a departure from anything. */
  INFORMATION,
  /** A departure from NHS England policy or guidance, which is not law. */
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
