package io.github.icsmodel.inequality;

/**
 * A dimension by which an indicator's values are broken down. NHS England's statement on information on health
 * inequalities (s.13SA of the NHS Act 2006) expects NHS bodies to "disaggregate data (at a minimum by deprivation,
 * ethnicity, age, and sex)".
 */
public enum BreakdownDimension {
  /** Index of Multiple Deprivation quintile; quintile 1 is the most deprived 20% (Core20). */
  DEPRIVATION_QUINTILE,
  /** Index of Multiple Deprivation decile; decile 1 is the most deprived 10%. */
  DEPRIVATION_DECILE,
  /** Ethnic group. */
  ETHNICITY,
  /** Age band. */
  AGE_BAND,
  /** Sex. */
  SEX,
  /** A PLUS population group the system has identified, such as an inclusion health group. */
  PLUS_GROUP;

  /**
   * Returns whether this dimension is a deprivation breakdown (quintile or decile).
   *
   * @return true for deprivation
   */
  public boolean isDeprivation() {
    return this == DEPRIVATION_QUINTILE || this == DEPRIVATION_DECILE;
  }
}
