package io.github.icsmodel.inequality;

import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_95;
import static io.github.icsmodel.inequality.ConfidenceLevel.PERCENT_99_8;
import static io.github.icsmodel.inequality.Tolerances.SIMPLE_METHODS;
import static io.github.icsmodel.inequality.Tolerances.assertRelative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code calculate_dsr}: {@code dsr_inputs.csv} and {@code dsr_expected.csv}. */
class DirectlyStandardisedRateTest {
  private static final CsvTable INPUTS = CsvTable.read("/phe/dsr_inputs.csv");
  /** The non-independent rows of the sheet were rounded to 11 significant digits. */
  private static final double ROUNDED_SHEET = 1e-10;

  static Stream<CsvTable.Row> cases() {
    return CsvTable.read("/phe/dsr_expected.csv").stream();
  }

  private static List<AgeBandCount> bands(String dataset, String area) {
    return INPUTS.stream()
        .filter(r -> r.text("dataset").equals(dataset) && r.text("area").equals(area))
        .map(r -> {
          AgeBandCount.Builder band = AgeBandCount.builder()
              .ageBand(r.text("ageband"))
              // The package treats a missing count (testdata_tiny, 10-14) as 0.
              .count(r.optionalNumber("count").orElse(0))
              .population(r.number("pop"))
              .standardPopulation(r.number("stdpop"));
          if (!r.isEmpty("eventfreq")) {
            band.eventFrequency((int) r.number("eventfreq"));
          }
          return band.build();
        })
        .collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reproducesThePackagesRates(CsvTable.Row row) {
    String id = row.text("case_id");
    boolean independent = !row.text("dataset").equals("nonindependent");
    boolean twoLevels = !row.isEmpty("lower99_8cl") || row.isEmpty("value");
    List<AgeBandCount> bands = bands(row.text("dataset"), row.text("area"));
    ConfidenceLevel[] levels = twoLevels
        ? new ConfidenceLevel[] {PERCENT_95, PERCENT_99_8}
        : new ConfidenceLevel[] {PERCENT_95};
    double multiplier = row.number("multiplier");
    DirectlyStandardisedRate dsr = independent
        ? DirectlyStandardisedRate.of(bands, multiplier, levels)
        : DirectlyStandardisedRate.ofNonIndependentEvents(bands, multiplier, levels);
    double tolerance = independent ? SIMPLE_METHODS : ROUNDED_SHEET;

    assertThat(dsr.totalCount()).as(id).isEqualTo(row.number("total_count"));
    assertThat(dsr.totalPopulation()).as(id).isEqualTo(row.number("total_pop"));
    assertThat(dsr.statistic()).as(id).isEqualTo(row.text("statistic"));
    assertThat(dsr.method().description()).as(id).isEqualTo(row.text("method"));
    if (row.isEmpty("value")) {
      assertThat(dsr.estimate()).as(id + ": fewer than 10 events").isEmpty();
      return;
    }
    Estimate estimate = dsr.estimate().orElseThrow();
    assertRelative(id + " value", estimate.value(), row.number("value"), tolerance);
    assertRelative(id + " lower95", estimate.intervals().get(0).lower(), row.number("lower95_0cl"), tolerance);
    assertRelative(id + " upper95", estimate.intervals().get(0).upper(), row.number("upper95_0cl"), tolerance);
    if (!row.isEmpty("lower99_8cl")) {
      assertRelative(id + " lower99.8", estimate.intervals().get(1).lower(), row.number("lower99_8cl"), tolerance);
      assertRelative(id + " upper99.8", estimate.intervals().get(1).upper(), row.number("upper99_8cl"), tolerance);
    }
  }

  @Test
  void theEuropeanStandardPopulationHasNineteenBands() {
    assertThat(DirectlyStandardisedRate.esp2013().length()).isEqualTo(19);
    assertThat(DirectlyStandardisedRate.esp2013().stream().sum()).isEqualTo(100_000);
  }

  @Test
  void rejectsWhatThePackageRejects() {
    AgeBandCount good = AgeBandCount.builder().ageBand("0-4").count(20).population(100).standardPopulation(5000)
        .build();
    assertThatThrownBy(() -> DirectlyStandardisedRate.of(ImmutableList.of(good.withCount(-1)), 100000, PERCENT_95))
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("age band 0-4")
        .hasMessageContaining("numerators must all be greater than or equal to zero");
    assertThatThrownBy(() -> DirectlyStandardisedRate.of(ImmutableList.of(good.withPopulation(0)), 1, PERCENT_95))
        .hasMessageContaining("denominators must all be greater than zero");
    assertThatThrownBy(
        () -> DirectlyStandardisedRate.of(ImmutableList.of(good.withStandardPopulation(-1)), 1, PERCENT_95))
        .hasMessageContaining("stdpop must all be greater than or equal to zero");
    assertThatThrownBy(() -> DirectlyStandardisedRate.of(ImmutableList.of(good), 0, PERCENT_95))
        .hasMessageContaining("multiplier must be greater than 0");
    assertThatThrownBy(() -> DirectlyStandardisedRate.of(ImmutableList.of(good.withEventFrequency(2)), 1, PERCENT_95))
        .hasMessageContaining("ofNonIndependentEvents");
    assertThatThrownBy(() -> DirectlyStandardisedRate.ofNonIndependentEvents(ImmutableList.of(good), 1, PERCENT_95))
        .hasMessageContaining("needs an event frequency");
    assertThatThrownBy(() -> DirectlyStandardisedRate.ofNonIndependentEvents(
        ImmutableList.of(good.withEventFrequency(1), good.withEventFrequency(2).withPopulation(99)), 1, PERCENT_95))
        .hasMessageContaining("same population");
  }
}
