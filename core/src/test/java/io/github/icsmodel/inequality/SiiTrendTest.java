package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_95;
import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_99_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiiTrendTest {

  private static SiiResult period(String area, double sii, double lower, double upper) {
    return SiiResult.builder().area(area).sii(sii).rii(1).intercept(70)
        .addInterval(SiiInterval.of(PERCENT_95, lower, upper, 0.9, 1.1)).build();
  }

  @Test
  void overlappingIntervalsAreNoSignificantChange() {
    List<SiiResult> periods = List.of(period("a", 7, 5, 9), period("a", 8.5, 6.5, 10.5));
    assertThat(SiiTrend.of(periods, PERCENT_95, Polarity.HIGHER_IS_BETTER)).isEqualTo(SiiTrend.NO_SIGNIFICANT_CHANGE);
    // touching counts as overlapping
    assertThat(SiiTrend.of(List.of(period("a", 7, 5, 9), period("a", 10, 9, 11)), PERCENT_95,
        Polarity.LOWER_IS_BETTER)).isEqualTo(SiiTrend.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void aRisingSiiWidensTheGapWhereHigherIsBetter() {
    // Life expectancy: the least deprived live longer; the SII rising from 7 to 12 years widens the gap.
    List<SiiResult> periods = List.of(period("a", 7, 5, 9), period("a", 9, 8, 10), period("a", 12, 10, 14));
    assertThat(SiiTrend.of(periods, PERCENT_95, Polarity.HIGHER_IS_BETTER)).isEqualTo(SiiTrend.WIDENING);
    assertThat(SiiTrend.of(periods, PERCENT_95, Polarity.LOWER_IS_BETTER)).isEqualTo(SiiTrend.NARROWING);
  }

  @Test
  void aFallingMortalitySiiWidensTheGapWhereLowerIsBetter() {
    // Mortality: the least deprived die less, so the SII is negative; from -300 to -500 the gap widens.
    List<SiiResult> periods = List.of(period("a", -300, -350, -250), period("a", -500, -560, -440));
    assertThat(SiiTrend.of(periods, PERCENT_95, Polarity.LOWER_IS_BETTER)).isEqualTo(SiiTrend.WIDENING);
    List<SiiResult> better = List.of(period("a", -500, -560, -440), period("a", -300, -350, -250));
    assertThat(SiiTrend.of(better, PERCENT_95, Polarity.LOWER_IS_BETTER)).isEqualTo(SiiTrend.NARROWING);
  }

  @Test
  void onlyTheFirstAndLastPeriodsCount() {
    List<SiiResult> periods = List.of(period("a", 7, 6, 8), period("a", 20, 19, 21), period("a", 7.5, 6.5, 8.5));
    assertThat(SiiTrend.of(periods, PERCENT_95, Polarity.HIGHER_IS_BETTER)).isEqualTo(SiiTrend.NO_SIGNIFICANT_CHANGE);
  }

  @Test
  void refusesWhatItCannotCompare() {
    assertThatThrownBy(() -> SiiTrend.of(List.of(period("a", 7, 5, 9)), PERCENT_95, Polarity.HIGHER_IS_BETTER))
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("two periods");
    assertThatThrownBy(() -> SiiTrend.of(List.of(period("a", 7, 5, 9), period("b", 7, 5, 9)), PERCENT_95,
        Polarity.HIGHER_IS_BETTER)).hasMessageContaining("one area");
    assertThatThrownBy(() -> SiiTrend.of(List.of(period("a", 7, 5, 9), period("a", 7, 5, 9)), PERCENT_99_8,
        Polarity.HIGHER_IS_BETTER)).hasMessageContaining("99.8%");
    assertThatThrownBy(() -> SiiTrend.between(ConfidenceInterval.of(PERCENT_95, 1, 2),
        ConfidenceInterval.of(PERCENT_99_8, 3, 4), Polarity.HIGHER_IS_BETTER)).hasMessageContaining("one confidence");
  }

  @Test
  void worksOnCalculatedResults() {
    CsvTable.Row testCase = SiiCases.testCase("SII01");
    SiiOptions options = SiiCases.options(testCase).intervalMethod(SiiIntervalMethod.NORMAL).build();
    SiiResults results = SlopeIndexOfInequality.calculate(SiiCases.inputs(testCase), options);
    SiiResult area1 = results.result("area1").orElseThrow();
    SiiResult area2 = results.result("area2").orElseThrow();
    // Treat area1 (SII 6.9, CI 3.1-10.8) and area2 (SII 12.5, CI 11.9-13.2) as two periods of one place.
    SiiResult later = area2.withArea("area1");
    assertThat(SiiTrend.of(List.of(area1, later), PERCENT_95, Polarity.HIGHER_IS_BETTER)).isEqualTo(SiiTrend.WIDENING);
  }
}
