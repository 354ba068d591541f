package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_95;
import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_99_8;
import static io.github.icsmodel.inequality.Tolerances.SIMPLE_METHODS;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code phe_mean}: {@code mean_inputs.csv} and {@code mean_expected.csv}. */
class MeanTest {
  private static final CsvTable INPUTS = CsvTable.read("/phe/mean_inputs.csv");

  static Stream<CsvTable.Row> cases() {
    return CsvTable.read("/phe/mean_expected.csv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesThePackagesMeans(CsvTable.Row row) {
    String group = row.text("group");
    List<Double> values = INPUTS.stream()
        .filter(r -> group.equals("No grouping") || r.text("area").equals(group))
        .map(r -> r.number("values"))
        .collect(Collectors.toList());
    Mean mean = Mean.of(values);
    String id = row.text("case_id");
    assertRelative(id + " sum", mean.sum(), row.number("value_sum"), SIMPLE_METHODS);
    assertThat(mean.count()).isEqualTo((int) row.number("value_count"));
    assertRelative(id + " stdev", mean.standardDeviation(), row.number("stdev"), SIMPLE_METHODS);
    Estimate estimate = mean.withStudentTLimits(PERCENT_95, PERCENT_99_8);
    assertRelative(id + " value", estimate.value(), row.number("value"), SIMPLE_METHODS);
    assertRelative(id + " lower95", estimate.intervals().get(0).lower(), row.number("lower95_0cl"), SIMPLE_METHODS);
    assertRelative(id + " upper95", estimate.intervals().get(0).upper(), row.number("upper95_0cl"), SIMPLE_METHODS);
    assertRelative(id + " lower99.8", estimate.intervals().get(1).lower(), row.number("lower99_8cl"), SIMPLE_METHODS);
    assertRelative(id + " upper99.8", estimate.intervals().get(1).upper(), row.number("upper99_8cl"), SIMPLE_METHODS);
    assertThat(estimate.method()).isEqualTo(IntervalMethod.STUDENT_T);
  }

  @Test
  void oneValueHasAMeanButNoLimits() {
    Mean mean = Mean.of(4.2);
    assertThat(mean.value()).isEqualTo(4.2);
    assertThat(mean.standardDeviation()).isNaN();
    assertThatThrownBy(() -> mean.withStudentTLimits(PERCENT_95)).isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("at least two values");
  }

  @Test
  void refusesMissingValues() {
    assertThatThrownBy(() -> Mean.of(1, Double.NaN, 3)).isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("value 2");
    assertThatThrownBy(() -> Mean.of()).isInstanceOf(InequalityInputException.class);
  }
}
