package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_95;
import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_99_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How the SII behaves beyond the reference numbers: reproducibility, options and input forms. */
class SlopeIndexOfInequalityTest {
  private static final CsvTable.Row LIFE_EXPECTANCY = SiiCases.testCase("SII02");
  private static final CsvTable.Row RATE = SiiCases.testCase("SII11");
  private static final CsvTable.Row PROPORTION = SiiCases.testCase("SII19");

  private static SiiResults run(CsvTable.Row testCase, SiiOptions.Builder options) {
    return SlopeIndexOfInequality.calculate(SiiCases.inputs(testCase), options.build());
  }

  private static SiiOptions.Builder options(CsvTable.Row testCase) {
    return SiiCases.options(testCase).repetitions(10_000);
  }

  @Test
  void aSeedMakesARunReproducibleInParallelOrNot() {
    for (CsvTable.Row testCase : List.of(LIFE_EXPECTANCY, RATE, PROPORTION, SiiCases.testCase("SII26"))) {
      SiiResults first = run(testCase, options(testCase).seed(11).parallel(true));
      SiiResults again = run(testCase, options(testCase).seed(11).parallel(false));
      SiiResults other = run(testCase, options(testCase).seed(12));
      assertThat(again.results()).isEqualTo(first.results());
      assertThat(other.results().get(0).intervals()).isNotEqualTo(first.results().get(0).intervals());
      assertThat(other.results().get(0).sii()).isEqualTo(first.results().get(0).sii());
    }
  }

  @Test
  void anUnseededRunDrawsAfresh() {
    SiiResults first = run(LIFE_EXPECTANCY, options(LIFE_EXPECTANCY));
    SiiResults second = run(LIFE_EXPECTANCY, options(LIFE_EXPECTANCY));
    assertThat(first.results().get(0).intervals()).isNotEqualTo(second.results().get(0).intervals());
  }

  @Test
  void anAreaGivesTheSameLimitsAloneAsInABatchInAnyPosition() {
    // The areas share one set of draws (common random numbers), so neither the other areas nor the order matter.
    for (CsvTable.Row testCase : List.of(LIFE_EXPECTANCY, RATE, PROPORTION, SiiCases.testCase("SII13"))) {
      List<SiiInput> both = SiiCases.inputs(testCase);
      SiiOptions options = options(testCase).seed(5).build();
      String second = SlopeIndexOfInequality.calculate(both, options).results().get(1).area();
      SiiResult alone = SlopeIndexOfInequality.calculate(
          both.stream().filter(r -> r.area().equals(second)).collect(Collectors.toList()), options).results().get(0);
      SiiResult together = SlopeIndexOfInequality.calculate(Lists.reverse(both), options).result(second).orElseThrow();
      assertThat(together).isEqualTo(alone);
    }
  }

  @Test
  void areasKeepTheirInputOrderAndQuantilesTheirRank() {
    List<SiiInput> rows = new ArrayList<>(SiiCases.inputs(LIFE_EXPECTANCY));
    List<SiiInput> reversed = Lists.reverse(rows);
    SiiOptions options = options(LIFE_EXPECTANCY).intervalMethod(SiiIntervalMethod.NORMAL).build();
    SiiResults results = SlopeIndexOfInequality.calculate(reversed, options);
    assertThat(results.results()).extracting(SiiResult::area).containsExactly("area2", "area1");
    Collections.shuffle(rows, new Random(3));
    assertThat(SlopeIndexOfInequality.calculate(rows, options).result("area1"))
        .isEqualTo(results.result("area1"));
  }

  @Test
  void severalLevelsAreNestedAndInTheOrderAsked() {
    SiiResult result = run(LIFE_EXPECTANCY, options(LIFE_EXPECTANCY).seed(3)
        .confidenceLevels(List.of(PERCENT_99_8, PERCENT_95))).results().get(0);
    assertThat(result.intervals()).extracting(SiiInterval::confidence).containsExactly(PERCENT_99_8, PERCENT_95);
    SiiInterval wide = result.interval(PERCENT_99_8).orElseThrow();
    SiiInterval narrow = result.interval(PERCENT_95).orElseThrow();
    assertThat(wide.siiLower()).isLessThan(narrow.siiLower());
    assertThat(wide.siiUpper()).isGreaterThan(narrow.siiUpper());
    assertThat(wide.riiLower()).isLessThan(narrow.riiLower());
    assertThat(narrow.sii().contains(result.sii())).isTrue();
    assertThat(narrow.rii().contains(result.rii())).isTrue();
  }

  @Test
  void theReliabilityStatisticKeepsRunOnesLimits() {
    for (CsvTable.Row testCase : List.of(LIFE_EXPECTANCY, RATE, SiiCases.testCase("SII13"))) {
      SiiResults plain = run(testCase, options(testCase).seed(9));
      SiiResults reliable = run(testCase, options(testCase).seed(9).reliabilityStatistic(true));
      for (SiiResult result : reliable.results()) {
        SiiResult same = plain.result(result.area()).orElseThrow();
        assertThat(result.intervals()).isEqualTo(same.intervals());
        assertThat(same.reliability()).isEmpty();
        assertThat(result.reliability()).singleElement().satisfies(r -> {
          SiiInterval interval = result.intervals().get(0);
          assertThat(r.confidence()).isEqualTo(PERCENT_95);
          assertThat(r.siiMeanAbsoluteDifference()).isPositive()
              .isLessThan(0.05 * (interval.siiUpper() - interval.siiLower()));
          assertThat(r.riiMeanAbsoluteDifference()).isPositive()
              .isLessThan(0.05 * (interval.riiUpper() - interval.riiLower()));
        });
      }
    }
  }

  @Test
  void aCountGivesTheSameResultAsTheProportion() {
    List<SiiInput> byValue = SiiCases.inputs(SiiCases.testCase("SII18"));
    List<SiiInput> byCount = SiiCases.INPUTS.where(r -> r.text("case_id").equals("SII18")).stream()
        .map(r -> SiiInput.builder().area(r.text("area")).quantile((int) r.number("quantile"))
            .population(r.number("population")).count(r.number("count"))
            .standardError(r.number("standard_error")).build())
        .collect(Collectors.toList());
    SiiOptions options = SiiOptions.builder().valueType(SiiValueType.PROPORTION).repetitions(10_000).seed(2).build();
    SiiResults fromValue = SlopeIndexOfInequality.calculate(byValue, options);
    SiiResults fromCount = SlopeIndexOfInequality.calculate(byCount, options);
    for (int i = 0; i < 2; i++) {
      SiiResult a = fromValue.results().get(i);
      SiiResult b = fromCount.results().get(i);
      assertThat(b.sii()).isCloseTo(a.sii(), within(1e-12));
      assertThat(b.intervals().get(0).siiLower()).isCloseTo(a.intervals().get(0).siiLower(), within(1e-12));
    }
  }

  @Test
  void aNegativeMultiplierReversesPolarity() {
    SiiResult positive = run(LIFE_EXPECTANCY, options(LIFE_EXPECTANCY).repetitions(100_000).seed(4))
        .results().get(0);
    SiiResult negative = run(LIFE_EXPECTANCY, options(LIFE_EXPECTANCY).repetitions(100_000).seed(4).multiplier(-1))
        .results().get(0);
    assertThat(negative.sii()).isEqualTo(-positive.sii());
    assertThat(negative.rii()).isCloseTo(1 / positive.rii(), within(1e-15));
    assertThat(negative.intercept()).isEqualTo(positive.intercept());
    SiiInterval p = positive.intervals().get(0);
    SiiInterval n = negative.intervals().get(0);
    // The same draws, mirrored: positions 2,500 and 97,500 of 100,000 are one apart from exact mirror images.
    assertThat(n.siiLower()).isCloseTo(-p.siiUpper(), within(0.01));
    assertThat(n.siiUpper()).isCloseTo(-p.siiLower(), within(0.01));
    assertThat(n.riiLower()).isCloseTo(1 / p.riiUpper(), within(0.001));
    assertThat(n.riiUpper()).isCloseTo(1 / p.riiLower(), within(0.001));
  }

  @Test
  void aNegativeMultiplierMirrorsTheNormalLimitsExactly() {
    SiiOptions.Builder normal = options(LIFE_EXPECTANCY).intervalMethod(SiiIntervalMethod.NORMAL);
    SiiInterval p = run(LIFE_EXPECTANCY, normal).results().get(0).intervals().get(0);
    SiiInterval n = run(LIFE_EXPECTANCY, normal.multiplier(-1)).results().get(0).intervals().get(0);
    assertThat(n.siiLower()).isEqualTo(-p.siiUpper());
    assertThat(n.siiUpper()).isEqualTo(-p.siiLower());
    assertThat(n.riiLower()).isCloseTo(1 / p.riiUpper(), within(1e-15));
    assertThat(n.riiUpper()).isCloseTo(1 / p.riiLower(), within(1e-15));
  }

  @Test
  void aTransformedRateWithAFractionalMultiplierKeepsItsLimitsInOrder() {
    // The package swaps these limits for 0 < m < 1; here they stay lower below upper.
    CsvTable.Row transformed = SiiCases.testCase("SII13");
    SiiResult result = run(transformed, options(transformed).seed(1).multiplier(0.5)).results().get(0);
    SiiInterval interval = result.intervals().get(0);
    assertThat(interval.siiLower()).isLessThan(result.sii()).isNegative();
    assertThat(interval.siiUpper()).isGreaterThan(result.sii());
    assertThat(interval.riiLower()).isLessThan(result.rii());
    assertThat(interval.riiUpper()).isGreaterThan(result.rii());
    SiiResult unit = run(transformed, options(transformed).seed(1)).results().get(0);
    assertThat(result.sii()).isCloseTo(unit.sii() / 2, within(1e-12));
    assertThat(result.rii()).isEqualTo(unit.rii());
  }

  @Test
  void theResultsRememberTheirOptions() {
    SiiOptions options = options(LIFE_EXPECTANCY).seed(8).build();
    SiiResults results = SlopeIndexOfInequality.calculate(SiiCases.inputs(LIFE_EXPECTANCY), options);
    assertThat(results.options()).isEqualTo(options);
    assertThat(results.result("nowhere")).isEmpty();
  }

  @Test
  void theDefaultsAreThePackages() {
    SiiOptions defaults = SiiOptions.defaults();
    assertThat(defaults.valueType()).isEqualTo(SiiValueType.OTHER);
    assertThat(defaults.transform()).isFalse();
    assertThat(defaults.multiplier()).isEqualTo(1);
    assertThat(defaults.repetitions()).isEqualTo(100_000);
    assertThat(defaults.confidenceLevels()).containsExactly(PERCENT_95);
    assertThat(defaults.reliabilityStatistic()).isFalse();
    assertThat(defaults.intervalMethod()).isEqualTo(SiiIntervalMethod.SIMULATION);
    assertThat(defaults.seed()).isEmpty();
    assertThat(defaults.lowerPosition(PERCENT_95)).isEqualTo(2500);
    assertThat(defaults.upperPosition(PERCENT_95)).isEqualTo(97_500);
    assertThat(SiiOptions.builder().repetitions(10_000).build().lowerPosition(PERCENT_95)).isEqualTo(250);
  }

  @Test
  void progressCountsEachAreaOfEachBlockOnce() {
    java.util.Set<Integer> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    SiiProgress progress = (done, total) -> {
      calls.incrementAndGet();
      seen.add(done);
      assertThat(total).isEqualTo(20);
    };
    SlopeIndexOfInequality.calculate(SiiCases.inputs(RATE), options(RATE).seed(1).reliabilityStatistic(true).build(),
        progress);
    assertThat(calls.get()).isEqualTo(20);
    assertThat(seen).hasSize(20).contains(1, 20);
    java.util.List<Integer> normal = new java.util.concurrent.CopyOnWriteArrayList<>();
    SlopeIndexOfInequality.calculate(SiiCases.inputs(LIFE_EXPECTANCY),
        options(LIFE_EXPECTANCY).intervalMethod(SiiIntervalMethod.NORMAL).build(), (done, total) -> normal.add(total));
    assertThat(normal).containsExactly(2, 2);
  }
}
