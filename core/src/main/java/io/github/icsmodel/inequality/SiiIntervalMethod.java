package io.github.icsmodel.inequality;

/** How {@link SlopeIndexOfInequality} computes the confidence limits of the SII and RII. */
public enum SiiIntervalMethod {
  /**
   * Monte Carlo simulation, as {@code phe_sii} does: each quantile's value is drawn many times from a normal
   * distribution (on the transformed scale for rates and proportions) with its standard error, the line is
   * refitted to every draw, and the limits are percentiles of the simulated slopes and ratios.
   */
  SIMULATION,
  /**
   * The exact limits that the simulation estimates, where the simulated slope is exactly normal: indicators of
   * type {@link SiiValueType#OTHER}, and rates and proportions with {@link SiiOptions#transform()}. The slope is a
   * weighted sum of normal values, so its limits are its point estimate &plusmn; z standard errors, with no
   * simulation noise; the RII limits follow from them (with transformation) or are the exact quantiles of the
   * ratio of the two normal coefficients (type OTHER, see {@link SlopeIndexOfInequality}). Not available for
   * rates and proportions without transformation, whose simulated values are back-transformed before the fit.
   */
  NORMAL
}
