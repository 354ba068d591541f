package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.Tolerances.SIMPLE_METHODS;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code byars_lower}, {@code byars_upper}, {@code wilson_lower}, {@code wilson_upper}: {@code byars_wilson_cases.csv}. */
class ConfidenceLimitsTest {

  static Stream<CsvTable.Row> sheetRows() {
    return CsvTable.read("/phe/byars_wilson_cases.csv").stream().filter(r -> !r.text("case_id").equals("BW14"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sheetRows")
  void reproducesTheByarsAndWilsonSheet(CsvTable.Row row) {
    ConfidenceLevel level = ConfidenceLevel.of(row.number("confidence"));
    double x = row.number("x");
    double expectedLower = row.isEmpty("lowercl") ? Double.NaN : row.number("lowercl");
    double expectedUpper = row.number("uppercl");
    String id = row.text("case_id");
    if (row.text("method").equals("Byars")) {
      assertRelative(id + " lower", ConfidenceLimits.byarsLower(x, level), expectedLower, SIMPLE_METHODS);
      assertRelative(id + " upper", ConfidenceLimits.byarsUpper(x, level), expectedUpper, SIMPLE_METHODS);
    } else {
      double n = row.number("n");
      assertRelative(id + " lower", ConfidenceLimits.wilsonLower(x, n, level), expectedLower, SIMPLE_METHODS);
      assertRelative(id + " upper", ConfidenceLimits.wilsonUpper(x, n, level), expectedUpper, SIMPLE_METHODS);
    }
  }

  @Test
  void bw14WilsonAtFullConfidenceIsZeroToOne() {
    ConfidenceLevel full = ConfidenceLevel.of(1);
    double[][] cases = {{65, 100}, {1045, 5000}, {0.445, 1}};
    for (double[] c : cases) {
      assertThat(ConfidenceLimits.wilsonLower(c[0], c[1], full)).isZero();
      assertThat(ConfidenceLimits.wilsonUpper(c[0], c[1], full)).isEqualTo(1);
    }
  }

  @Test
  void byarsLowerIsMissingWhereTheFormulaGoesNegative() {
    assertThat(ConfidenceLimits.byarsLower(1, ConfidenceLevel.PERCENT_99_8)).isNaN();
    assertThat(ConfidenceLimits.byarsLower(0, ConfidenceLevel.PERCENT_95)).isNaN();
  }

  @Test
  void rejectsWhatThePackageRejects() {
    assertThatThrownBy(() -> ConfidenceLimits.byarsLower(-1, ConfidenceLevel.PERCENT_95))
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("observed events must all be greater than or equal to zero");
    assertThatThrownBy(() -> ConfidenceLimits.wilsonLower(-1, 10, ConfidenceLevel.PERCENT_95))
        .hasMessageContaining("observed events must all be greater than or equal to zero");
    assertThatThrownBy(() -> ConfidenceLimits.wilsonUpper(1, -10, ConfidenceLevel.PERCENT_95))
        .hasMessageContaining("sample sizes must all be greater than zero");
    assertThatThrownBy(() -> ConfidenceLimits.wilsonUpper(11, 10, ConfidenceLevel.PERCENT_95))
        .hasMessageContaining("numerators must be less than or equal to denominator");
  }

  @Test
  void exactPoissonLimitsOfZeroEventsStartAtZero() {
    assertThat(ConfidenceLimits.exactPoissonLower(0, ConfidenceLevel.PERCENT_95)).isZero();
    // Upper limit for 0 events: -ln(0.025) = 3.6888794541139363
    assertRelative("upper", ConfidenceLimits.exactPoissonUpper(0, ConfidenceLevel.PERCENT_95),
        -Math.log(0.025000000000000022), 1e-14);
  }
}
