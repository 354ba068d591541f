package io.github.icsmodel.inequality;

import java.util.List;
import java.util.Objects;

/**
 * Whether the inequality an SII measures has narrowed, widened or not changed significantly between two periods.
 *
 * <h2>Rule</h2>
 *
 * <p>The SII is the modelled value at the least deprived end minus that at the most deprived end (quantile 1 is the
 * most deprived). The <em>gap</em> against the more deprived is therefore the SII for an indicator where
 * {@linkplain Polarity#HIGHER_IS_BETTER higher is better} (a positive SII means the more deprived fare worse), and
 * minus the SII where {@linkplain Polarity#LOWER_IS_BETTER lower is better}.
 *
 * <ol>
 *   <li>If the confidence intervals of the SII in the first and the last period overlap (touching counts as
 *       overlapping), the change is {@link #NO_SIGNIFICANT_CHANGE}: the usual Fingertips test for two values
 *       compared by their intervals.
 *   <li>Otherwise one interval lies wholly above the other. If the gap is smaller in the last period the trend is
 *       {@link #NARROWING}, if larger {@link #WIDENING}.
 * </ol>
 *
 * <p>Periods in between are not used. A gap that closes and reverses (the more deprived now significantly better
 * off) counts as narrowing, because the gap against the more deprived has become smaller. The polarity is that of
 * the SII values as given: an SII computed with a negative multiplier has already had its sign reversed, so give the
 * opposite polarity to the indicator's. Overlapping intervals do not prove that nothing changed, and this test is
 * conservative: two intervals can overlap although the difference between the values is significant.
 */
public enum SiiTrend {
  /** The gap against the more deprived became significantly smaller. */
  NARROWING,
  /** The gap against the more deprived became significantly larger. */
  WIDENING,
  /** The confidence intervals of the first and last periods overlap. */
  NO_SIGNIFICANT_CHANGE;

  /**
   * Classifies the change between the SII intervals of two periods.
   *
   * @param first the SII confidence interval of the earlier period
   * @param last the SII confidence interval of the later period, at the same confidence level
   * @param polarity whether higher values of the indicator (as the SII measures it) are better
   * @return the trend
   * @throws InequalityInputException if the levels differ or a limit is missing
   */
  public static SiiTrend between(ConfidenceInterval first, ConfidenceInterval last, Polarity polarity) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(polarity, "polarity");
    if (!first.confidence().equals(last.confidence())) {
      throw new InequalityInputException("a trend compares intervals at one confidence level, not "
          + first.confidence() + " and " + last.confidence());
    }
    if (Double.isNaN(first.lower()) || Double.isNaN(first.upper()) || Double.isNaN(last.lower())
        || Double.isNaN(last.upper())) {
      throw new InequalityInputException("a trend needs both limits of both intervals");
    }
    if (first.overlaps(last)) {
      return NO_SIGNIFICANT_CHANGE;
    }
    boolean siiRose = last.lower() > first.upper();
    boolean gapGrew = polarity == Polarity.HIGHER_IS_BETTER ? siiRose : !siiRose;
    return gapGrew ? WIDENING : NARROWING;
  }

  /**
   * Classifies the change over a series of periods of one area, from the first period to the last.
   *
   * @param periods the SII results of one area, earliest first, at least two
   * @param confidence the confidence level whose intervals are compared; every period must have it
   * @param polarity whether higher values of the indicator (as the SII measures it) are better
   * @return the trend
   * @throws InequalityInputException if there are fewer than two periods, they are of different areas, or a period
   *     lacks the confidence level
   */
  public static SiiTrend of(List<SiiResult> periods, ConfidenceLevel confidence, Polarity polarity) {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(confidence, "confidence");
    if (periods.size() < 2) {
      throw new InequalityInputException("a trend needs at least two periods, not " + periods.size());
    }
    String area = periods.get(0).area();
    for (SiiResult period : periods) {
      if (!period.area().equals(area)) {
        throw new InequalityInputException("a trend follows one area, not both " + area + " and " + period.area());
      }
    }
    SiiResult first = periods.get(0);
    SiiResult last = periods.get(periods.size() - 1);
    return between(interval(first, confidence), interval(last, confidence), polarity);
  }

  private static ConfidenceInterval interval(SiiResult result, ConfidenceLevel confidence) {
    return result.interval(confidence)
        .orElseThrow(() -> new InequalityInputException(result.area(),
            "no SII interval at " + confidence + " to compare"))
        .sii();
  }
}
