package io.github.icsmodel.benchmarks;

import io.github.icsmodel.inequality.ConfidenceInterval;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.SiiInput;
import io.github.icsmodel.inequality.Proportion;
import io.github.icsmodel.inequality.Rate;
import io.github.icsmodel.inequality.SiiOptions;
import io.github.icsmodel.inequality.SiiResults;
import io.github.icsmodel.inequality.SiiValueType;
import io.github.icsmodel.inequality.SlopeIndexOfInequality;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The slope index of inequality: the issue asks that the SII with 95% limits at 100,000 repetitions for 1,000 areas
 * of 10 deciles finish in under 10 seconds on a 2-core machine. One operation is one whole
 * {@link SlopeIndexOfInequality#calculate} call over the 10,000 rows, with the default options (parallel across
 * areas), for each kind of simulation:
 *
 * <ul>
 *   <li>{@code other}: a normal indicator such as life expectancy (two normal draws per repetition);
 *   <li>{@code rate-transformed}: a rate fitted on the log scale (one normal draw per repetition);
 *   <li>{@code rate}: a rate fitted on its own scale (ten log-normal draws per repetition, the costliest);
 *   <li>{@code proportion}: a proportion fitted on its own scale (ten logit-normal draws per repetition).
 * </ul>
 *
 * <p>Run with {@code java -jar benchmarks/target/benchmarks.jar SiiBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class SiiBenchmark {
  private static final int AREAS = 1000;
  private static final int DECILES = 10;

  /** The kind of indicator and fit. */
  @Param({"other", "rate-transformed", "rate", "proportion"})
  public String kind;

  private List<SiiInput> rows;
  private SiiOptions options;

  /** Makes 1,000 areas of 10 deciles with a deprivation gradient, and their 95% limits. */
  @Setup
  public void prepare() {
    rows = rows(kind, AREAS, 20_240_213L);
    options = SiiOptions.builder()
        .valueType(kind.equals("other") ? SiiValueType.OTHER
            : kind.startsWith("rate") ? SiiValueType.RATE : SiiValueType.PROPORTION)
        .transform(kind.equals("rate-transformed"))
        .multiplier(kind.equals("proportion") ? 100 : 1)
        .repetitions(SiiOptions.DEFAULT_REPETITIONS)
        .seed(1)
        .build();
  }

  /**
   * Calculates the SII and RII of every area with 95% limits.
   *
   * @return the results, so the work is not eliminated
   */
  @Benchmark
  public SiiResults sii() {
    return SlopeIndexOfInequality.calculate(rows, options);
  }

  /**
   * Synthetic input: each area's deciles have populations of 8,000 to 20,000 and a value that improves from the most
   * to the least deprived, with the limits of the library's own methods (Byar's for rates, Wilson for proportions).
   */
  static List<SiiInput> rows(String kind, int areas, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SiiInput> rows = new ArrayList<>(areas * DECILES);
    for (int a = 0; a < areas; a++) {
      String area = String.format("E%08d", a);
      double slope = 0.5 + random.nextDouble();
      for (int q = 1; q <= DECILES; q++) {
        double population = 8000 + random.nextInt(12_000);
        double gradient = (q - 1) / (DECILES - 1.0);
        SiiInput.Builder row = SiiInput.builder().area(area).quantile(q).population(population);
        if (kind.equals("other")) {
          double value = 76 + 6 * slope * gradient + random.nextGaussian() * 0.3;
          row.value(value).lowerLimit(value - 0.9).upperLimit(value + 0.9);
        } else if (kind.equals("proportion")) {
          double count = Math.rint(population * (0.45 - 0.2 * slope * gradient));
          ConfidenceInterval limits = Proportion.of(count, population).wilsonInterval(ConfidenceLevel.PERCENT_95);
          row.count(count).lowerLimit(limits.lower()).upperLimit(limits.upper());
        } else {
          double count = Math.rint(population * (0.012 - 0.006 * slope * gradient));
          ConfidenceInterval limits = Rate.of(count, population).withLimits(100_000, ConfidenceLevel.PERCENT_95)
              .interval(ConfidenceLevel.PERCENT_95).orElseThrow();
          row.value(count / population * 100_000).lowerLimit(limits.lower()).upperLimit(limits.upper());
        }
        rows.add(row.build());
      }
    }
    return rows;
  }
}
