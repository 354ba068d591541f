package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.Tolerances.POINT_ESTIMATE;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact normal limits against {@code sii_derived_asymptotic_ci.csv} (to 1e-9, they are deterministic), and the
 * Monte Carlo limits at 100,000 repetitions against the same noise-free targets, within 2% of the interval's width:
 * about nine standard deviations of a simulated 2.5% or 97.5% percentile.
 */
class SiiNormalLimitsTest {
  private static final CsvTable ASYMPTOTIC = CsvTable.read("/phe/sii_derived_asymptotic_ci.csv");
  private static final double WIDTH_FRACTION = 0.02;

  static Stream<CsvTable.Row> rows() {
    return ASYMPTOTIC.stream();
  }

  private static SiiInterval interval(CsvTable.Row row, SiiIntervalMethod method) {
    CsvTable.Row testCase = SiiCases.testCase(row.text("case_id"));
    ConfidenceLevel level = ConfidenceLevel.of(row.number("confidence"));
    SiiOptions options = SiiCases.options(testCase).intervalMethod(method).seed(7).build();
    return SlopeIndexOfInequality.calculate(SiiCases.inputs(testCase), options)
        .result(row.text("area")).orElseThrow().interval(level).orElseThrow();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rows")
  void normalLimitsAreTheNoiseFreeLimitsOfTheSimulation(CsvTable.Row row) {
    SiiInterval normal = interval(row, SiiIntervalMethod.NORMAL);
    String what = row.text("case_id") + " " + row.text("area");
    assertRelative(what + " sii lower", normal.siiLower(), row.number("sii_lower_limit"), POINT_ESTIMATE);
    assertRelative(what + " sii upper", normal.siiUpper(), row.number("sii_upper_limit"), POINT_ESTIMATE);
    if (!row.isEmpty("rii_lower_limit")) {
      assertRelative(what + " rii lower", normal.riiLower(), row.number("rii_lower_limit"), POINT_ESTIMATE);
      assertRelative(what + " rii upper", normal.riiUpper(), row.number("rii_upper_limit"), POINT_ESTIMATE);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rows")
  void simulatedLimitsConvergeToTheNormalLimits(CsvTable.Row row) {
    SiiInterval simulated = interval(row, SiiIntervalMethod.SIMULATION);
    SiiInterval normal = interval(row, SiiIntervalMethod.NORMAL);
    String what = row.text("case_id") + " " + row.text("area");
    double siiWidth = normal.siiUpper() - normal.siiLower();
    assertThat(simulated.siiLower()).as(what + " sii lower")
        .isCloseTo(normal.siiLower(), org.assertj.core.api.Assertions.within(WIDTH_FRACTION * siiWidth));
    assertThat(simulated.siiUpper()).as(what + " sii upper")
        .isCloseTo(normal.siiUpper(), org.assertj.core.api.Assertions.within(WIDTH_FRACTION * siiWidth));
    double riiWidth = normal.riiUpper() - normal.riiLower();
    for (double[] pair : List.of(new double[] {simulated.riiLower(), normal.riiLower()},
        new double[] {simulated.riiUpper(), normal.riiUpper()})) {
      assertThat(pair[0]).as(what + " rii").isCloseTo(pair[1],
          org.assertj.core.api.Assertions.within(WIDTH_FRACTION * riiWidth));
    }
  }
}
