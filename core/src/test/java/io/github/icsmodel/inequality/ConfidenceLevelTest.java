package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidenceLevelTest {

  @Test
  void fractionsAndPercentagesAgree() {
    assertThat(ConfidenceLevel.of(0.95)).isSameAs(ConfidenceLevel.PERCENT_95);
    assertThat(ConfidenceLevel.ofPercent(99.8)).isEqualTo(ConfidenceLevel.of(0.998));
    assertThat(ConfidenceLevel.ofPercent(99.8).value()).isEqualTo(0.998);
    assertThat(ConfidenceLevel.of(0.998).percent()).isEqualTo(99.8);
    assertThat(ConfidenceLevel.PERCENT_95.criticalValue()).isCloseTo(1.959963984540054, org.assertj.core.api.Assertions.within(5e-16));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.9, 0.95, 0.975, 0.99, 0.998, 0.999, 1})
  void textRoundTrips(double fraction) {
    ConfidenceLevel level = ConfidenceLevel.of(fraction);
    assertThat(ConfidenceLevel.parse(level.toString())).isEqualTo(level);
  }

  @Test
  void textIsAPercentage() {
    assertThat(ConfidenceLevel.PERCENT_95).hasToString("95%");
    assertThat(ConfidenceLevel.PERCENT_99_8).hasToString("99.8%");
  }

  /** ERR12, ERR13, ERR14: confidence 0.35, 40 and 135 are refused. */
  @ParameterizedTest
  @ValueSource(doubles = {0.35, 40, 135, 0.8999, 1.0001, Double.NaN})
  void err12To14LevelsOutsideNinetyToHundredPercentAreRefused(double level) {
    assertThatThrownBy(() -> ConfidenceLevel.of(level))
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("confidence levels must be between 0.9 and 1");
    assertThatThrownBy(() -> ConfidenceLevel.ofPercent(level))
        .isInstanceOf(InequalityInputException.class);
  }

  @Test
  void aPercentageGivenAsAFractionGetsAHint() {
    assertThatThrownBy(() -> ConfidenceLevel.of(95)).hasMessageContaining("ofPercent(95.0)");
    assertThatThrownBy(() -> ConfidenceLevel.parse("0.95")).isInstanceOf(InequalityInputException.class);
  }
}
