package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.Tolerances.POINT_ESTIMATE;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code phe_sii}: every case of {@code sii_test_cases.csv}, point estimates to 1e-9 relative and Monte Carlo limits
 * at 100,000 repetitions within the package's own tolerance, testthat 3e's waldo rule at 5%.
 */
class SlopeIndexOfInequalityReferenceTest {
  private static final int REPETITIONS = 100_000;
  private static final long SEED = 20_240_213L;
  /** The package's tolerance for every compared column. */
  private static final double WALDO_TOLERANCE = 0.05;

  static Stream<CsvTable.Row> cases() {
    return SiiCases.CASES.stream();
  }

  private static SiiResults run(CsvTable.Row testCase) {
    SiiOptions options = SiiCases.options(testCase).repetitions(REPETITIONS).seed(SEED).build();
    return SlopeIndexOfInequality.calculate(SiiCases.inputs(testCase), options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pointEstimatesMatchThePackageTo1e9(CsvTable.Row testCase) {
    String id = testCase.text("case_id");
    SiiResults results = run(testCase);
    ImmutableList<CsvTable.Row> expected = SiiCases.expected(id);
    assertThat(results.results()).extracting(SiiResult::area)
        .containsExactlyElementsOf(expected.stream().map(r -> r.text("area")).collect(ImmutableList.toImmutableList()));
    assertThat(results.warnings()).isEmpty();
    for (CsvTable.Row row : expected) {
      SiiResult result = results.result(row.text("area")).orElseThrow();
      String what = id + " " + row.text("area");
      assertRelative(what + " sii", result.sii(), row.number("sii"), POINT_ESTIMATE);
      if (!row.isEmpty("rii")) {
        assertRelative(what + " rii", result.rii(), row.number("rii"), POINT_ESTIMATE);
      }
      if (!row.isEmpty("intercept")) {
        assertRelative(what + " intercept", result.intercept(), row.number("intercept"), POINT_ESTIMATE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void simulatedLimitsPassThePackagesTolerance(CsvTable.Row testCase) {
    String id = testCase.text("case_id");
    SiiResults results = run(testCase);
    ImmutableList<CsvTable.Row> expected = SiiCases.expected(id);
    List<String> compared = List.of(testCase.text("compared_columns").split(";"));
    for (int level = 1; level <= 2; level++) {
      if (expected.get(0).isEmpty("confidence_" + level)) {
        continue;
      }
      ConfidenceLevel confidence = ConfidenceLevel.of(expected.get(0).number("confidence_" + level));
      for (String limit : List.of("sii_lower", "sii_upper", "rii_lower", "rii_upper")) {
        String column = limit + "_" + level;
        if (level == 1 && !compared.contains(column)) {
          continue;
        }
        double[] actual = new double[expected.size()];
        double[] wanted = new double[expected.size()];
        for (int i = 0; i < expected.size(); i++) {
          SiiInterval interval = results.result(expected.get(i).text("area")).orElseThrow()
              .interval(confidence).orElseThrow();
          actual[i] = limit(interval, limit);
          wanted[i] = expected.get(i).number(column);
        }
        double metric = Waldo.metric(actual, wanted, WALDO_TOLERANCE);
        assertThat(metric)
            .as("%s %s: waldo metric of %s against %s", id, column, java.util.Arrays.toString(actual),
                java.util.Arrays.toString(wanted))
            .isLessThan(WALDO_TOLERANCE);
      }
    }
  }

  static double limit(SiiInterval interval, String name) {
    switch (name) {
      case "sii_lower":
        return interval.siiLower();
      case "sii_upper":
        return interval.siiUpper();
      case "rii_lower":
        return interval.riiLower();
      case "rii_upper":
        return interval.riiUpper();
      default:
        throw new IllegalArgumentException(name);
    }
  }
}
