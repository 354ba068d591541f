package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.ImmutableDoubleArray;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A directly standardised rate (DSR) for one area: the rate the area would have if its population had the age
 * structure of a standard population, with Dobson's confidence limits, as PHEindicatormethods'
 * {@code calculate_dsr} computes it.
 *
 * <p>Over age bands i with events x<sub>i</sub>, population n<sub>i</sub> and standard population
 * w<sub>i</sub>, and with multiplier m:
 *
 * <pre>
 *   O      = &Sigma; x_i
 *   DSR    = &Sigma; (x_i w_i / n_i) / &Sigma; w_i &middot; m
 *   var    = &Sigma; x_i (w_i / n_i)&sup2; / (&Sigma; w_i)&sup2;
 *   limits = DSR + &radic;(var / O) &middot; (O_L - O) &middot; m  and  DSR + &radic;(var / O) &middot; (O_U - O) &middot; m
 * </pre>
 *
 * <p>where O<sub>L</sub> and O<sub>U</sub> are Byar's limits for the total count O (Dobson, Kuulasmaa, Eberle and
 * Scherer, <i>Statistics in Medicine</i> 10:457, 1991). With fewer than 10 events the package gives no value
 * ("dsr NA for total count &lt; 10"): {@link #estimate()} is then empty.
 *
 * <p>For events that are not independent ({@link #ofNonIndependentEvents}), with p<sub>i,f</sub> people having f
 * events in band i, the events are x<sub>i</sub> = &Sigma;<sub>f</sub> f p<sub>i,f</sub> and the variance becomes
 * &Sigma;<sub>i,f</sub> f&sup2; p<sub>i,f</sub> (w<sub>i</sub>/n<sub>i</sub>)&sup2; / (&Sigma; w<sub>i</sub>)&sup2;.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class DirectlyStandardisedRate implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final double MINIMUM_COUNT = 10;
  private static final ImmutableDoubleArray ESP2013 = ImmutableDoubleArray.of(
      5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000, 5500, 5000, 4000, 2500, 1500,
      1000);

  private final double totalCount;
  private final double totalPopulation;
  private final String statistic;
  private final IntervalMethod method;
  private final Estimate estimate;

  private DirectlyStandardisedRate(
      double totalCount, double totalPopulation, String statistic, IntervalMethod method, Estimate estimate) {
    this.totalCount = totalCount;
    this.totalPopulation = totalPopulation;
    this.statistic = statistic;
    this.method = method;
    this.estimate = estimate;
  }

  /**
   * The European Standard Population 2013 in its 19 five-year bands, 0-4 to 85-89 and 90+: the standard
   * population {@code phe_dsr} uses by default.
   *
   * @return the 19 weights, youngest band first
   */
  public static ImmutableDoubleArray esp2013() {
    return ESP2013;
  }

  /**
   * Computes the DSR of one area whose events are independent ({@code calculate_dsr}).
   *
   * @param bands the age bands of the area, at least one, none with an event frequency
   * @param multiplier the multiplier, positive, such as 100,000 for a rate per 100,000
   * @param levels the confidence levels, at least one, such as {@link ConfidenceLevel#PERCENT_95}
   * @return the rate
   * @throws InequalityInputException if a count is negative, a population is not positive, a standard population
   *     is negative, the standard populations add up to zero, a band has an event frequency, the multiplier is
   *     not positive, or no level is given
   */
  public static DirectlyStandardisedRate of(
      List<AgeBandCount> bands, double multiplier, ConfidenceLevel... levels) {
    return calculate(bands, multiplier, Checks.levels(levels), true);
  }

  /**
   * Computes the DSR of one area whose events are not independent ({@code calculate_dsr} with
   * {@code independent_events = FALSE}): each row counts the people in a band with a given number of events.
   *
   * @param bands the rows of the area, each with an event frequency; rows of the same band must have the same
   *     population and standard population
   * @param multiplier the multiplier, positive, such as 100,000 for a rate per 100,000
   * @param levels the confidence levels, at least one
   * @return the rate
   * @throws InequalityInputException if the checks of {@link #of} fail, a row has no event frequency or a negative
   *     one, or the rows of one band disagree about its population
   */
  public static DirectlyStandardisedRate ofNonIndependentEvents(
      List<AgeBandCount> bands, double multiplier, ConfidenceLevel... levels) {
    return calculate(bands, multiplier, Checks.levels(levels), false);
  }

  private static DirectlyStandardisedRate calculate(
      List<AgeBandCount> rows, double multiplier, ImmutableList<ConfidenceLevel> levels, boolean independent) {
    Objects.requireNonNull(rows, "bands");
    if (!(multiplier > 0) || multiplier == Double.POSITIVE_INFINITY) {
      throw new InequalityInputException("multiplier must be greater than 0, not " + multiplier);
    }
    if (rows.isEmpty()) {
      throw new InequalityInputException("a directly standardised rate needs at least one age band");
    }
    for (AgeBandCount row : rows) {
      String band = "age band " + row.ageBand() + ": ";
      if (!(row.count() >= 0) || row.count() == Double.POSITIVE_INFINITY) {
        throw new InequalityInputException(band + "numerators must all be greater than or equal to zero, not "
            + row.count());
      }
      if (!(row.population() > 0) || row.population() == Double.POSITIVE_INFINITY) {
        throw new InequalityInputException(band + "denominators must all be greater than zero, not "
            + row.population());
      }
      if (!(row.standardPopulation() >= 0) || row.standardPopulation() == Double.POSITIVE_INFINITY) {
        throw new InequalityInputException(band + "stdpop must all be greater than or equal to zero, not "
            + row.standardPopulation());
      }
      if (independent && row.eventFrequency().isPresent()) {
        throw new InequalityInputException(band + "has an event frequency, so its events are not independent:"
            + " use ofNonIndependentEvents");
      }
      if (!independent && (row.eventFrequency().isEmpty() || row.eventFrequency().getAsInt() < 0)) {
        throw new InequalityInputException(band + "needs an event frequency (events per person, 0 or more) when"
            + " events are not independent");
      }
    }

    // One entry per band: its population and standard population, checked to agree across frequency rows.
    Map<String, AgeBandCount> bands = new LinkedHashMap<>();
    for (AgeBandCount row : rows) {
      if (independent) {
        bands.put(row.ageBand() + "\u0000" + bands.size(), row);
        continue;
      }
      AgeBandCount first = bands.putIfAbsent(row.ageBand(), row);
      if (first != null
          && (first.population() != row.population() || first.standardPopulation() != row.standardPopulation())) {
        throw new InequalityInputException("age band " + row.ageBand() + ": every event frequency of a band must have"
            + " the same population and standard population");
      }
    }
    double totalPopulation = 0;
    double totalStandard = 0;
    for (AgeBandCount band : bands.values()) {
      totalPopulation += band.population();
      totalStandard += band.standardPopulation();
    }
    if (!(totalStandard > 0)) {
      throw new InequalityInputException("the standard populations of the age bands add up to zero");
    }

    double events = 0;
    double weightedEvents = 0;
    double varianceNumerator = 0;
    for (AgeBandCount row : rows) {
      double frequency = independent ? 1 : row.eventFrequency().getAsInt();
      double weight = row.standardPopulation() / row.population();
      events += frequency * row.count();
      weightedEvents += frequency * row.count() * weight;
      varianceNumerator += frequency * frequency * row.count() * weight * weight;
    }
    IntervalMethod method = independent ? IntervalMethod.DOBSON : IntervalMethod.DOBSON_NON_INDEPENDENT;
    if (events < MINIMUM_COUNT) {
      return new DirectlyStandardisedRate(events, totalPopulation, "dsr NA for total count < 10", method, null);
    }
    double dsr = weightedEvents / totalStandard * multiplier;
    double variance = varianceNumerator / (totalStandard * totalStandard);
    double scale = Math.sqrt(variance / events) * multiplier;
    ImmutableList.Builder<ConfidenceInterval> intervals = ImmutableList.builder();
    for (ConfidenceLevel level : levels) {
      double lower = dsr + scale * (ConfidenceLimits.byarsLower(events, level) - events);
      double upper = dsr + scale * (ConfidenceLimits.byarsUpper(events, level) - events);
      intervals.add(ConfidenceInterval.of(level, lower, upper));
    }
    String statistic = "dsr per " + Checks.format(multiplier);
    return new DirectlyStandardisedRate(
        events, totalPopulation, statistic, method,
        Estimate.of(dsr, multiplier, statistic, method, intervals.build()));
  }

  /**
   * The total number of events O ({@code total_count}); when events are not independent, the events of all the
   * people, &Sigma; f p<sub>f</sub>.
   *
   * @return the total count
   */
  public double totalCount() {
    return totalCount;
  }

  /**
   * The total population of the area, summed over its age bands ({@code total_pop}).
   *
   * @return the total population
   */
  public double totalPopulation() {
    return totalPopulation;
  }

  /**
   * The rate and its limits; empty when the total count is below 10, where the package gives NA.
   *
   * @return the estimate
   */
  public Optional<Estimate> estimate() {
    return Optional.ofNullable(estimate);
  }

  /**
   * The package's {@code statistic} column: {@code "dsr per 100000"}, or {@code "dsr NA for total count < 10"}.
   *
   * @return the description
   */
  public String statistic() {
    return statistic;
  }

  /**
   * How the limits are computed: {@link IntervalMethod#DOBSON} or {@link IntervalMethod#DOBSON_NON_INDEPENDENT}.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DirectlyStandardisedRate)) {
      return false;
    }
    DirectlyStandardisedRate other = (DirectlyStandardisedRate) obj;
    return Double.compare(totalCount, other.totalCount) == 0
        && Double.compare(totalPopulation, other.totalPopulation) == 0
        && statistic.equals(other.statistic)
        && method == other.method
        && Objects.equals(estimate, other.estimate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(totalCount, totalPopulation, statistic, method, estimate);
  }

  @Override
  public String toString() {
    return "DSR " + (estimate == null ? statistic : estimate.toString()) + " from " + Checks.format(totalCount)
        + " events in " + Checks.format(totalPopulation);
  }
}
