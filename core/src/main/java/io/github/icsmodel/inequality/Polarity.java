package io.github.icsmodel.inequality;

/**
 * Whether a higher value of an indicator is better or worse for health, what Fingertips calls its polarity ("RAG -
 * High is good" or "RAG - Low is good"). Life expectancy is {@link #HIGHER_IS_BETTER}; a mortality rate is
 * {@link #LOWER_IS_BETTER}.
 */
public enum Polarity {
  /** A higher value is better, as for life expectancy or screening coverage. */
  HIGHER_IS_BETTER,
  /** A lower value is better, as for mortality, admissions or smoking prevalence. */
  LOWER_IS_BETTER
}
