package io.github.icsmodel.inequality;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The slope index of inequality (SII) and the relative index of inequality (RII): how much an indicator differs
 * between the most and the least deprived ends of an area's population, allowing for the size of each deprivation
 * quantile. This is PHEindicatormethods' {@code phe_sii} (Low and Low, "Measuring the gap: quantifying and comparing
 * local health inequalities", <i>Journal of Public Health</i> 26:388-395, 2004).
 *
 * <h2>Method</h2>
 *
 * <p>For each area, the quantiles are sorted from 1 (most deprived) upwards. Quantile k, with population
 * N<sub>k</sub>, has the population share a<sub>k</sub> = N<sub>k</sub>/&Sigma;N and the relative rank
 * b<sub>k</sub> = a<sub>1</sub> + &hellip; + a<sub>k-1</sub> + a<sub>k</sub>/2, the midpoint of its slice of the
 * cumulative population. A straight line is fitted to the values against the ranks by least squares weighted by
 * a<sub>k</sub> (the package's regression of &radic;a&middot;y on &radic;a and b&radic;a without intercept); its
 * slope &beta;<sub>1</sub> is the difference between the fitted values at rank 1 and rank 0, and
 * &beta;<sub>0</sub> is the fitted value at rank 0.
 *
 * <ul>
 *   <li>Without {@linkplain SiiOptions#transform() transformation} the line is fitted to the values themselves:
 *       SII = m&beta;<sub>1</sub> and RII = (&beta;<sub>0</sub> + &beta;<sub>1</sub>)/&beta;<sub>0</sub>, with m
 *       the multiplier.
 *   <li>With transformation (rates and proportions) it is fitted to ln y or ln(y/(1 - y)) and the ends are
 *       transformed back: Y<sub>0</sub> = T<sup>-1</sup>(&beta;<sub>0</sub>), Y<sub>1</sub> =
 *       T<sup>-1</sup>(&beta;<sub>0</sub> + &beta;<sub>1</sub>), SII = m(Y<sub>1</sub> - Y<sub>0</sub>) and RII =
 *       Y<sub>1</sub>/Y<sub>0</sub>.
 *   <li>A negative multiplier reverses the polarity: the RII and its limits are inverted.
 * </ul>
 *
 * <h2>Confidence limits</h2>
 *
 * <p>Each quantile's standard error is taken on the transformed scale: ln for rates and logit for proportions,
 * whether or not the fit is transformed. From 95% limits L and U it is (T(U) - T(L))/(2 &times; 1.959964), the
 * package's fixed z, whatever confidence the SII is calculated at.
 *
 * <p>{@link SiiIntervalMethod#SIMULATION}, the package's method, draws each quantile's transformed value R times
 * (the {@linkplain SiiOptions#repetitions() repetitions}) from a normal distribution with its standard error, refits
 * the line to each draw and takes as limits the simulated values at positions round(R(1 - c')) and round(Rc') of
 * the ascending order, c' = c + (1 - c)/2. Rates and proportions without transformation are transformed back
 * before each fit, as in the package. Where nothing is transformed back (type OTHER, or any transformed fit) the
 * refitted coefficients are weighted sums of the normal draws, so they are themselves exactly (jointly) normal;
 * the simulation then draws them directly from that distribution, which is the same simulation in distribution
 * and K times cheaper. With transformation the simulated slope limits s<sub>L</sub> and s<sub>U</sub> are
 * turned into SII and RII limits by rotating the fitted line about its centre h = &beta;<sub>0</sub> +
 * &beta;<sub>1</sub>/2 and reading off its ends, as the package does.
 *
 * <p>The simulation uses {@link SplittableRandom} and its {@code nextGaussian()} (McFarland's modified ziggurat). The
 * standard normal draws are made once, from the {@linkplain SiiOptions#seed() seed}, and every area transforms the
 * same draws with its own coefficients and standard errors: common random numbers, as in a designed simulation
 * experiment. Each area's limits have exactly the distribution they would have with draws of its own; what changes
 * is that the simulation noise of different areas is correlated, and that an area's limits depend only on its own
 * rows, the options and the seed, not on the other areas in the input or their order. A seeded run is therefore
 * reproducible on the same Java version, in parallel or not, and an area gives the same limits alone as in a batch.
 * The numbers differ from R's, whose Mersenne-Twister stream cannot be reproduced; both estimate the same limits.
 *
 * <p>{@link SiiIntervalMethod#NORMAL} gives the limits the simulation converges to as R grows, with no noise:
 * &beta;<sub>1</sub> &plusmn; z&sigma;<sub>1</sub>, &sigma;<sub>1</sub>&sup2; = &Sigma;c1<sub>k</sub>&sup2;
 * s<sub>k</sub>&sup2;, for the slope (then rotated as above with transformation). Without transformation, the RII
 * limits are the exact quantiles of (&beta;<sub>0</sub> + &beta;<sub>1</sub>)/&beta;<sub>0</sub> for jointly
 * normal coefficients, the roots of (t&mu;<sub>0</sub> - &mu;<sub>1</sub>)&sup2; = z&sup2;
 * var(&beta;<sub>1</sub> - t&beta;<sub>0</sub>); they are exact as long as the intercept cannot plausibly change
 * sign, and NaN when |&beta;<sub>0</sub>| &le; z sd(&beta;<sub>0</sub>). The two methods differ only by simulation
 * noise, about 0.01 to 1% of the limits at 100,000 repetitions (more for small populations with wide limits); the
 * package's own expected values, from the Excel SII tool, carry the same noise. NORMAL is not available for rates
 * and proportions without transformation, whose back-transformed draws make the simulated slope non-normal.
 *
 * <h2>Cost</h2>
 *
 * <p>The weights of the fit are computed once per area. The draws are made once per call: R with transformation, 2R
 * for type OTHER and KR for rates and proportions without transformation, the R &times; K matrix that the package
 * draws for each area (8 MB at the defaults with deciles, and 12 MB more for the split described below; the
 * reliability statistic draws its ten blocks one after another). With transformation every area's limits then come from the order statistics of the one set of draws,
 * since the simulated slope &beta;<sub>1</sub> + &sigma;<sub>1</sub>z increases with z; for type OTHER each area
 * forms R pairs of coefficients. Rates and proportions without transformation are most of the cost: each area
 * transforms K draws per repetition back, 10<sup>9</sup> exponentials for 1,000 areas of deciles at 100,000
 * repetitions. Each draw is split once per call as z = g/64 + d, so that each area takes e<sup>s z</sup> as a table
 * entry e<sup>s g/64</sup> times a short polynomial in s d, within a few ulp of {@link Math#exp} (see
 * {@code SiiCalculation}). The percentiles are selected in one pass over the simulated values, or in linear time
 * by Floyd and Rivest's method, never by sorting; the repetition loop allocates nothing. Areas are spread over the
 * common fork-join pool when {@link SiiOptions#parallel()} is set.
 *
 * <p>On a 2-core machine, 1,000 areas of deciles with 95% limits at 100,000 repetitions take about 3 s for a rate
 * and 4 s for a proportion without transformation, 0.6 s for type OTHER and 0.02 s with transformation
 * ({@code SiiBenchmark} in the benchmarks module).
 *
 * <h2>Validation</h2>
 *
 * <p>As in the package, and in its order: every row needs a value (or, for a proportion, a count) and either a
 * standard error or both 95% limits; a transformed fit needs limits, not standard errors; populations must be
 * positive; standard errors must not be negative; proportions and their limits must lie between 0 and 1 and counts
 * must be positive; there must be between 5 and 100 distinct quantiles across the whole input. In addition, since
 * they would otherwise give infinities or NaN silently: a rate and the limits used must be positive, a proportion
 * and the limits used must lie strictly between 0 and 1, a count may not exceed its population, a lower limit may
 * not exceed its upper limit, and no area may give the same quantile twice. The first failure throws an
 * {@link InequalityInputException} naming the area and quantile.
 *
 * <p>More than 10 quantiles, and areas left out because they lack a row for one of the quantiles present in the
 * input, give {@linkplain SiiWarning warnings} on the result, not exceptions.
 *
 * <h2>Departures from the package</h2>
 *
 * <ul>
 *   <li>With transformation the package swaps the limits of a rate when the multiplier is below 1, not below 0, so
 *       a rate with 0 &lt; m &lt; 1 gets an upside-down interval; here the limits swap only for a negative
 *       multiplier, as they do for proportions.
 *   <li>Results keep the input order of the areas; the package sorts them by the grouping columns.
 *   <li>The RII and intercept are always computed; the package returns them only when asked.
 * </ul>
 */
public final class SlopeIndexOfInequality {
  private static final int MINIMUM_QUANTILES = 5;
  private static final int MAXIMUM_QUANTILES = 100;
  private static final int MANY_QUANTILES = 10;

  private SlopeIndexOfInequality() {}

  /**
   * Calculates the SII and RII of every area with the package's default options.
   *
   * @param rows the input, one row per area and quantile
   * @return the results per area and any warnings
   * @throws InequalityInputException if the input cannot be used
   */
  public static SiiResults calculate(Iterable<SiiInput> rows) {
    return calculate(rows, SiiOptions.defaults());
  }

  /**
   * Calculates the SII and RII of every area.
   *
   * @param rows the input, one row per area and quantile
   * @param options the options
   * @return the results per area, in the order the areas first appear, and any warnings
   * @throws InequalityInputException if the input cannot be used; the message names the area and quantile
   */
  public static SiiResults calculate(Iterable<SiiInput> rows, SiiOptions options) {
    return calculate(rows, options, SiiProgress.none());
  }

  /**
   * Calculates the SII and RII of every area, reporting progress as each area is done.
   *
   * @param rows the input, one row per area and quantile
   * @param options the options
   * @param progress told of each area finished, possibly from several threads at once
   * @return the results per area, in the order the areas first appear, and any warnings
   * @throws InequalityInputException if the input cannot be used; the message names the area and quantile
   */
  public static SiiResults calculate(Iterable<SiiInput> rows, SiiOptions options, SiiProgress progress) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    ImmutableList<SiiInput> input = ImmutableList.copyOf(rows);
    if (input.isEmpty()) {
      throw new InequalityInputException("the SII needs input rows, one per area and quantile");
    }
    validate(input, options);

    ImmutableList.Builder<SiiWarning> warnings = ImmutableList.builder();
    TreeSet<Integer> quantiles = new TreeSet<>();
    for (SiiInput row : input) {
      quantiles.add(row.quantile());
    }
    int count = quantiles.size();
    if (count < MINIMUM_QUANTILES || count > MAXIMUM_QUANTILES) {
      throw new InequalityInputException(
          "Number of quantiles must be between 5 and 100 (the input has " + count + ": " + quantiles + ")");
    }
    if (count > MANY_QUANTILES) {
      warnings.add(SiiWarning.of(SiiWarning.Kind.MANY_QUANTILES,
          "Small values can make SII unstable when using a large number of quantiles (" + count + " given)",
          ImmutableList.of()));
    }

    Map<String, List<SiiInput>> areas = new LinkedHashMap<>();
    for (SiiInput row : input) {
      areas.computeIfAbsent(row.area(), a -> new ArrayList<>()).add(row);
    }
    List<SiiModel> models = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, List<SiiInput>> area : areas.entrySet()) {
      List<SiiInput> sorted = new ArrayList<>(area.getValue());
      sorted.sort(Comparator.comparingInt(SiiInput::quantile));
      for (int k = 1; k < sorted.size(); k++) {
        if (sorted.get(k).quantile() == sorted.get(k - 1).quantile()) {
          throw new InequalityInputException(area.getKey(), sorted.get(k).quantile(), "the quantile is given twice");
        }
      }
      if (sorted.size() < count) {
        removed.add(area.getKey());
      } else {
        models.add(SiiModel.fit(area.getKey(), sorted, options));
      }
    }
    if (!removed.isEmpty()) {
      TreeSet<Integer> missing = new TreeSet<>();
      for (String area : removed) {
        TreeSet<Integer> lacking = new TreeSet<>(quantiles);
        areas.get(area).forEach(r -> lacking.remove(r.quantile()));
        missing.addAll(lacking);
      }
      warnings.add(SiiWarning.of(SiiWarning.Kind.RECORDS_REMOVED,
          "some records have been removed due to incomplete or invalid data: " + removed.size()
              + (removed.size() == 1 ? " area lacks" : " areas lack") + " quantiles " + missing + " present"
              + " elsewhere in the input, so " + (removed.size() == 1 ? "it was" : "they were") + " left out: "
              + String.join(", ", removed),
          removed));
    }

    return SiiResults.builder()
        .options(options)
        .results(calculateAreas(models, options, count, progress))
        .warnings(warnings.build())
        .build();
  }

  private static List<SiiResult> calculateAreas(List<SiiModel> models, SiiOptions options, int quantiles,
      SiiProgress progress) {
    int n = models.size();
    if (n == 0) {
      return ImmutableList.of();
    }
    SiiResult[] results = new SiiResult[n];
    SiiCalculation main = new SiiCalculation(options);
    AtomicInteger done = new AtomicInteger();
    if (options.intervalMethod() == SiiIntervalMethod.NORMAL) {
      forEachChunk(n, options, (calculation, i) -> {
        results[i] = calculation.normal(models.get(i));
        progress.update(done.incrementAndGet(), n);
      });
      return ImmutableList.copyOf(results);
    }
    SplittableRandom root = options.seed().isPresent()
        ? new SplittableRandom(options.seed().getAsLong())
        : new SplittableRandom();
    int blocks = main.blocks();
    double[][][][] limits = new double[n][blocks][][];
    for (int b = 0; b < blocks; b++) {
      SiiCalculation.Block block = main.block(quantiles, root.split());
      int current = b;
      forEachChunk(n, options, (calculation, i) -> {
        limits[i][current] = calculation.simulate(models.get(i), block);
        progress.update(done.incrementAndGet(), n * blocks);
      });
    }
    for (int i = 0; i < n; i++) {
      results[i] = main.simulated(models.get(i), limits[i]);
    }
    return ImmutableList.copyOf(results);
  }

  /** The work on one area, with the calculation (and buffers) of the thread that does it. */
  private interface AreaTask {
    void run(SiiCalculation calculation, int area);
  }

  /** Runs a task for every area, spread over the common fork-join pool in chunks when the options allow. */
  private static void forEachChunk(int n, SiiOptions options, AreaTask task) {
    int chunks = options.parallel() ? Math.min(n, 4 * Runtime.getRuntime().availableProcessors()) : 1;
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range).forEach(chunk -> {
      SiiCalculation calculation = new SiiCalculation(options);
      int from = (int) ((long) chunk * n / chunks);
      int to = (int) ((long) (chunk + 1) * n / chunks);
      for (int i = from; i < to; i++) {
        task.run(calculation, i);
      }
    });
  }

  // -----------------------------------------------------------------------------------------------------------------
  // Validation, in the package's order: each check runs over every row before the next.

  private static void validate(List<SiiInput> rows, SiiOptions options) {
    SiiValueType type = options.valueType();
    for (SiiInput row : rows) {
      boolean hasValue = row.hasValue();
      boolean hasCount = present(row.count());
      if (!hasValue && !hasCount) {
        throw new InequalityInputException(row.area(), row.quantile(), "missing value: phe_sii requires value"
            + " field, or x field if indicator is a proportion of population");
      }
      if (!hasValue && type != SiiValueType.PROPORTION) {
        throw new InequalityInputException(row.area(), row.quantile(), "missing value: phe_sii requires value"
            + " field, or x field if indicator is a proportion of population, and this is a " + type.label()
            + " indicator");
      }
    }
    boolean standardErrorsGiven = rows.stream().anyMatch(SiiInput::hasStandardError);
    for (SiiInput row : rows) {
      if (row.hasStandardError() || present(row.lowerLimit()) && present(row.upperLimit())) {
        continue;
      }
      String missing = standardErrorsGiven && !present(row.lowerLimit()) && !present(row.upperLimit())
          ? "negative or missing standard errors in input dataset: this row has no standard error"
          : "missing lower or upper confidence limits in input dataset";
      throw new InequalityInputException(row.area(), row.quantile(), missing + " (function phe_sii requires either"
          + " lower_cl and upper_cl fields, or se field)");
    }
    if (options.transform()) {
      for (SiiInput row : rows) {
        if (row.standardError().isPresent()) {
          throw new InequalityInputException(row.area(), row.quantile(), "function phe_sii requires se to be missing"
              + " when transform is true: give the 95% confidence limits instead");
        }
      }
    }
    for (SiiInput row : rows) {
      if (!(row.population() > 0) || row.population() == Double.POSITIVE_INFINITY) {
        throw new InequalityInputException(row.area(), row.quantile(),
            "some groups have a zero, negative or missing population (" + row.population() + ")");
      }
    }
    for (SiiInput row : rows) {
      OptionalDouble se = row.standardError();
      if (row.hasStandardError() && !(se.getAsDouble() >= 0 && se.getAsDouble() < Double.POSITIVE_INFINITY)) {
        throw new InequalityInputException(row.area(), row.quantile(),
            "negative or missing standard errors in input dataset (" + se.getAsDouble() + ")");
      }
    }
    if (type == SiiValueType.PROPORTION) {
      validateProportions(rows);
    }
    // Beyond the package: checks that would otherwise end in infinities or NaN without a word.
    for (SiiInput row : rows) {
      if (usesLimits(row) && row.lowerLimit().getAsDouble() > row.upperLimit().getAsDouble()) {
        throw new InequalityInputException(row.area(), row.quantile(), "the lower confidence limit "
            + row.lowerLimit().getAsDouble() + " exceeds the upper " + row.upperLimit().getAsDouble());
      }
    }
    for (SiiInput row : rows) {
      double value = value(row);
      if (!Double.isFinite(value)) {
        throw new InequalityInputException(row.area(), row.quantile(), "missing value (" + value + ")");
      }
      if (type == SiiValueType.RATE && !(value > 0)) {
        throw new InequalityInputException(row.area(), row.quantile(),
            "a rate must be positive to take its logarithm, not " + value);
      }
      if (type == SiiValueType.RATE && usesLimits(row) && !(row.lowerLimit().getAsDouble() > 0)) {
        throw new InequalityInputException(row.area(), row.quantile(),
            "the confidence limits of a rate must be positive to take their logarithm, not "
                + row.lowerLimit().getAsDouble());
      }
    }
  }

  private static void validateProportions(List<SiiInput> rows) {
    for (SiiInput row : rows) {
      if (row.hasValue() && !(row.value().getAsDouble() >= 0 && row.value().getAsDouble() <= 1)) {
        throw new InequalityInputException(row.area(), row.quantile(),
            "value proportions are not all between 0 and 1 (" + row.value().getAsDouble() + ")");
      }
    }
    for (SiiInput row : rows) {
      if (present(row.lowerLimit()) && present(row.upperLimit())) {
        double lower = row.lowerLimit().getAsDouble();
        double upper = row.upperLimit().getAsDouble();
        if (!(lower >= 0 && lower <= 1 && upper >= 0 && upper <= 1)) {
          throw new InequalityInputException(row.area(), row.quantile(),
              "confidence limit proportions are not all between 0 and 1 (" + lower + ", " + upper + ")");
        }
      }
    }
    for (SiiInput row : rows) {
      if (!row.hasValue()) {
        double count = row.count().getAsDouble();
        if (!(count > 0)) {
          throw new InequalityInputException(row.area(), row.quantile(),
              "some groups have a zero or negative count x (" + count + ")");
        }
        if (count > row.population()) {
          throw new InequalityInputException(row.area(), row.quantile(),
              "the count " + count + " exceeds the population " + row.population());
        }
      }
    }
    for (SiiInput row : rows) {
      double value = value(row);
      boolean limitsOnEdge = usesLimits(row)
          && (row.lowerLimit().getAsDouble() == 0 || row.upperLimit().getAsDouble() == 1);
      if (value == 0 || value == 1 || limitsOnEdge) {
        throw new InequalityInputException(row.area(), row.quantile(), "a proportion (or a confidence limit used"
            + " for its standard error) of exactly 0 or 1 has no logit; give a standard error on the logit scale"
            + " or a value strictly between 0 and 1");
      }
    }
  }

  private static boolean present(OptionalDouble value) {
    return value.isPresent() && !Double.isNaN(value.getAsDouble());
  }

  /** Whether the standard error comes from the confidence limits. */
  private static boolean usesLimits(SiiInput row) {
    return !row.hasStandardError();
  }

  private static double value(SiiInput row) {
    return row.indicatorValue();
  }
}
