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

/** {@code phe_proportion}: {@code proportion_cases.csv}. */
class ProportionTest {

  static Stream<CsvTable.Row> cases() {
    return CsvTable.read("/phe/proportion_cases.csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesThePackagesProportions(CsvTable.Row row) {
    String id = row.text("case_id");
    if (row.isEmpty("numerator") || row.isEmpty("denominator")) {
      // PROP17-19, PROPG09-11: a missing numerator or denominator gives NA in R; here it cannot be constructed.
      assertThat(row.isEmpty("value")).isTrue();
      return;
    }
    Proportion proportion = Proportion.of(row.number("numerator"), row.number("denominator"));
    boolean twoLevels = !row.isEmpty("lower99_8cl");
    Estimate estimate = twoLevels
        ? proportion.withWilsonLimits(row.number("multiplier"), PERCENT_95, PERCENT_99_8)
        : proportion.withWilsonLimits(row.number("multiplier"), PERCENT_95);
    Tolerances.assertMatchesRow(id, estimate, row);
    assertThat(estimate.method()).isEqualTo(IntervalMethod.WILSON);
    assertThat(estimate.statistic())
        .isEqualTo(row.number("multiplier") == 100 ? "percentage" : "proportion of 1");
  }

  /** PROPG01: the grouped test sums two identical rows before computing. */
  @Test
  void groupsAreSummedBeforeTheLimits() {
    Proportion grouped = Proportion.of(1, 100).plus(Proportion.of(1, 100));
    Estimate estimate = grouped.withWilsonLimits(PERCENT_95);
    assertRelative("value", estimate.value(), 0.01, SIMPLE_METHODS);
    assertRelative("lower", estimate.intervals().get(0).lower(), 2.746658133544438E-3, SIMPLE_METHODS);
    assertRelative("upper", estimate.intervals().get(0).upper(), 3.5721761716176796E-2, SIMPLE_METHODS);
  }

  @Test
  void rejectsWhatThePackageRejects() {
    assertThatThrownBy(() -> Proportion.of(-1, 10)).isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("numerators must be greater than or equal to zero");
    assertThatThrownBy(() -> Proportion.of(1, 0)).hasMessageContaining("denominators must be greater than zero");
    assertThatThrownBy(() -> Proportion.of(11, 10))
        .hasMessageContaining("numerators must be less than or equal to denominator");
    assertThatThrownBy(() -> Proportion.of(1, 10).withWilsonLimits(PERCENT_95, PERCENT_95))
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> Proportion.of(1, 10).withWilsonLimits()).hasMessageContaining("at least one");
  }
}
