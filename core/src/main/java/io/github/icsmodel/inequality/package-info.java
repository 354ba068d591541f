/**
 * Public-health statistical methods for indicators and health inequalities, as the Office for Health Improvement
 * and Disparities (formerly Public Health England) applies them on Fingertips, following the R package
 * <a href="https://github.com/dhsc-govuk/PHEindicatormethods">PHEindicatormethods</a> 2.1.0.
 *
 * <ul>
 *   <li>{@link io.github.icsmodel.inequality.Proportion}: a proportion with Wilson score limits
 *       ({@code phe_proportion});
 *   <li>{@link io.github.icsmodel.inequality.Rate}: a crude rate with Byar's or exact Poisson limits
 *       ({@code phe_rate});
 *   <li>{@link io.github.icsmodel.inequality.Mean}: a mean with Student's t limits ({@code phe_mean});
 *   <li>{@link io.github.icsmodel.inequality.DirectlyStandardisedRate}: a directly standardised rate with Dobson
 *       limits, for independent or non-independent events ({@code calculate_dsr});
 *   <li>{@link io.github.icsmodel.inequality.SlopeIndexOfInequality}: the slope and relative indices of inequality
 *       across deprivation quantiles, with Monte Carlo or exact normal limits ({@code phe_sii});
 *   <li>{@link io.github.icsmodel.inequality.SiiTrend}: whether the inequality measured by the SII has narrowed or
 *       widened between periods;
 *   <li>{@link io.github.icsmodel.inequality.ConfidenceLimits}: the raw Byar's, Wilson and exact Poisson limits
 *       ({@code byars_lower}, {@code wilson_upper} and so on).
 * </ul>
 *
 * <p>Each method returns an {@link io.github.icsmodel.inequality.Estimate}: the value, times a multiplier (100 for a
 * percentage, 100,000 for a rate per 100,000 people), with its limits at each confidence level asked for:
 *
 * <pre>{@code
 * Estimate screened = Proportion.of(30, 200).withWilsonLimits(100, ConfidenceLevel.PERCENT_95);
 * double percent = screened.value(); // 15.0
 * ConfidenceInterval limits = screened.interval(ConfidenceLevel.PERCENT_95).orElseThrow(); // about 10.7 to 20.6
 * }</pre>
 *
 * <p>The inputs can be read from CSV files with {@code io.github.icsmodel.indicatorcsv} (module
 * {@code ics-serialization}) and the {@code ics inequality} commands; a system records its indicators and their
 * values ({@link io.github.icsmodel.inequality.Indicator}) for the rules of {@code io.github.icsmodel.validation} that
 * look at the duty to reduce inequalities (NHS Act 2006 s.14Z35) and for the board's report.
 *
 * <p>Every value is immutable and thread-safe; no method accepts or returns null. Input that the package would
 * reject is rejected with an {@link io.github.icsmodel.inequality.InequalityInputException} whose message says
 * what is wrong and where (area and quantile, or age band); warnings the package would print are returned on the
 * result instead.
 *
 * <p>Quantile 1 is the most deprived: the slope index of inequality is the modelled difference between the least
 * and the most deprived ends of the population.
 */
@IcsStyle
package io.github.icsmodel.inequality;

import io.github.icsmodel.IcsStyle;
