package io.github.icsmodel.inequality;

/** The kind of value an indicator takes, which decides the statistical method for its confidence limits. */
public enum IndicatorValueType {
  /** A proportion of a population, with Wilson score limits. */
  PROPORTION,
  /** A crude rate per population, with Byar's or exact Poisson limits. */
  RATE,
  /** A mean, with Student-t limits. */
  MEAN,
  /** A directly standardised rate, with Dobson limits. */
  DIRECTLY_STANDARDISED_RATE
}
