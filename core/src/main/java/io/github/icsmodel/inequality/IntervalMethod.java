package io.github.icsmodel.inequality;

/** How the confidence limits of an {@link Estimate} were computed, with the name PHEindicatormethods gives it. */
public enum IntervalMethod {
  /** Wilson score limits of a proportion ({@code phe_proportion}). */
  WILSON("Wilson"),
  /** Byar's approximation to the exact Poisson limits of a count of 10 or more ({@code phe_rate}). */
  BYARS("Byars"),
  /** Exact Poisson limits from the chi-square distribution, for a count below 10 ({@code phe_rate}). */
  EXACT("Exact"),
  /** Limits from Student's t distribution with n - 1 degrees of freedom ({@code phe_mean}). */
  STUDENT_T("Student's t-distribution"),
  /** Dobson's method for a directly standardised rate ({@code calculate_dsr}). */
  DOBSON("Dobson"),
  /**
   * Dobson's method with the variance adjusted for people who have more than one event ({@code calculate_dsr}
   * with {@code independent_events = FALSE}).
   */
  DOBSON_NON_INDEPENDENT("Dobson, with confidence adjusted for non-independent events");

  private final String description;

  IntervalMethod(String description) {
    this.description = description;
  }

  /**
   * The method's name as PHEindicatormethods writes it in its {@code method} column.
   *
   * @return the name
   */
  public String description() {
    return description;
  }
}
