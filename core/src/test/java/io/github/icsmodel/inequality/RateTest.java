package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_95;
import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_99_8;
import static io.github.icsmodel.inequality.Tolerances.SIMPLE_METHODS;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code phe_rate}: {@code rate_cases.csv}. */
class RateTest {

  static Stream<CsvTable.Row> cases() {
    return CsvTable.read("/phe/rate_cases.csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesThePackagesRates(CsvTable.Row row) {
    String id = row.text("case_id");
    if (row.isEmpty("numerator") || row.isEmpty("denominator")) {
      // RATE17-19, RATEG09-11: NA in R; here a missing number cannot be given at all.
      assertThat(row.isEmpty("value")).isTrue();
      return;
    }
    Rate rate = Rate.of(row.number("numerator"), row.number("denominator"));
    boolean twoLevels = !row.isEmpty("lower99_8cl");
    Estimate estimate = twoLevels
        ? rate.withLimits(row.number("multiplier"), PERCENT_95, PERCENT_99_8)
        : rate.withLimits(row.number("multiplier"), PERCENT_95);
    Tolerances.assertMatchesRow(id, estimate, row);
    assertThat(estimate.method().description()).isEqualTo(row.text("method"));
    assertThat(estimate.statistic()).isEqualTo("rate per " + (long) row.number("multiplier"));
  }

  @Test
  void groupsAreSummedBeforeTheLimits() {
    Estimate estimate = Rate.of(1, 100).plus(Rate.of(1, 100)).withLimits(100_000, PERCENT_95);
    // RATEG01
    assertRelative("lower", estimate.intervals().get(0).lower(), 121.10463927198258, SIMPLE_METHODS);
    assertRelative("upper", estimate.intervals().get(0).upper(), 3612.3438338619794, SIMPLE_METHODS);
    assertThat(estimate.method()).isEqualTo(IntervalMethod.EXACT);
  }

  @Test
  void zeroEventsHaveALowerLimitOfZero() {
    Estimate estimate = Rate.of(0, 1000).withLimits(1000, PERCENT_95);
    assertThat(estimate.value()).isZero();
    assertThat(estimate.intervals().get(0).lower()).isZero();
    assertThat(estimate.intervals().get(0).upper()).isPositive();
  }

  @Test
  void rejectsWhatThePackageRejects() {
    assertThatThrownBy(() -> Rate.of(-1, 10)).isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("numerators must be greater than or equal to zero");
    assertThatThrownBy(() -> Rate.of(1, 0)).hasMessageContaining("denominators must be greater than zero");
    assertThatThrownBy(() -> Rate.of(1, 10).withLimits(0, PERCENT_95)).hasMessageContaining("multiplier");
  }
}
