package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The error and warning cases of {@code testSII.R}, listed in {@code sii_error_warning_cases.csv}. Their sheet
 * records 151-225 are not among the anchor files, so each fixture is rebuilt from records 1-20 (life expectancy,
 * {@code SII01}), 71-90 (a rate, {@code SII10}) or 91-110 (a proportion with counts, {@code SII18}) with the one
 * feature the case describes. Cases that depend on R's untyped arguments (a character value type, a non-numeric
 * multiplier, a population column passed as the quantile) cannot arise with typed options; their tests check the
 * nearest Java equivalent.
 */
class SiiErrorCasesTest {
  private static final SiiOptions QUICK = SiiOptions.builder().repetitions(1000).seed(1).build();

  /** The sheet rows of a case as they stand, with every column. */
  private static List<SiiInput> sheet(String caseId) {
    return SiiCases.inputRows(caseId).stream().map(r -> {
      SiiInput.Builder row = SiiInput.builder()
          .area(r.text("area"))
          .quantile((int) r.number("quantile"))
          .population(r.number("population"))
          .value(r.number("value"))
          .lowerLimit(r.number("lower_cl"))
          .upperLimit(r.number("upper_cl"))
          .standardError(r.number("standard_error"));
      r.optionalNumber("count").ifPresent(row::count);
      return row.build();
    }).collect(Collectors.toList());
  }

  private static List<SiiInput> map(List<? extends SiiInput> rows, UnaryOperator<SiiInput> change) {
    return rows.stream().map(r -> change.apply((SiiInput) r)).collect(Collectors.toList());
  }

  private static List<SiiInput> withStandardErrorsOnly(List<? extends SiiInput> rows) {
    return map(rows, r -> r.withLowerLimit(OptionalDouble.empty())
        .withUpperLimit(OptionalDouble.empty()));
  }

  private static List<SiiInput> withLimitsOnly(List<? extends SiiInput> rows) {
    return map(rows, r -> r.withStandardError(OptionalDouble.empty()));
  }

  /** Changes the row of one area and quantile. */
  private static List<SiiInput> change(List<SiiInput> rows, String area, int quantile,
      UnaryOperator<SiiInput> change) {
    return rows.stream()
        .map(r -> r.area().equals(area) && r.quantile() == quantile ? change.apply(r) : r)
        .collect(Collectors.toList());
  }

  private static void assertInputError(ThrowingCallable call, String message, String area, int quantile) {
    assertThatThrownBy(call)
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("area " + area + ", quantile " + quantile)
        .satisfies(e -> {
          InequalityInputException error = (InequalityInputException) e;
          assertThat(error.area()).contains(area);
          assertThat(error.quantile()).hasValue(quantile);
        });
  }

  @Test
  void err01And02APopulationIsRequired() {
    assertThatThrownBy(() -> SiiInput.builder().area("area1").quantile(1).value(75.9).standardError(1.6).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("population");
  }

  @Test
  void err03NoValueNorCount() {
    List<SiiInput> rows = map(sheet("SII01"), r -> r.withValue(OptionalDouble.empty()));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "requires value field, or x field if indicator is a proportion of population", "area1", 1);
  }

  @Test
  void err04NoValueNorCountForARate() {
    List<SiiInput> rows = map(sheet("SII10"), r -> r.withValue(OptionalDouble.empty()));
    SiiOptions rate = SiiOptions.builder().from(QUICK).valueType(SiiValueType.RATE).build();
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, rate),
        "requires value field, or x field if indicator is a proportion of population", "area1", 1);
  }

  @Test
  void err05NoValueNorCountForAProportion() {
    List<SiiInput> rows = map(sheet("SII18"),
        r -> r.withValue(OptionalDouble.empty()).withCount(OptionalDouble.empty()));
    SiiOptions proportion = SiiOptions.builder().from(QUICK).valueType(SiiValueType.PROPORTION).build();
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, proportion),
        "requires value field, or x field if indicator is a proportion of population", "area1", 1);
  }

  @Test
  void aCountGivesTheValueOnlyForAProportion() {
    List<SiiInput> rows = map(sheet("SII18"), r -> r.withValue(OptionalDouble.empty()));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK), "this is a normal indicator", "area1", 1);
  }

  @Test
  void err06OneLimitAndNoStandardError() {
    List<SiiInput> rows = map(sheet("SII01"),
        r -> r.withStandardError(OptionalDouble.empty()).withUpperLimit(OptionalDouble.empty()));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "requires either lower_cl and upper_cl fields, or se field", "area1", 1);
  }

  @Test
  void err07And08TheValueTypeIsOneOfThree() {
    assertThat(SiiValueType.values()).extracting(SiiValueType::code).containsExactly(0, 1, 2);
  }

  @Test
  void err09And11TheMultiplierAndRepetitionsAreNumbers() {
    assertThatThrownBy(() -> SiiOptions.builder().multiplier(Double.NaN).build())
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> SiiOptions.builder().multiplier(0).build())
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("multiplier");
  }

  @Test
  void err10TooFewRepetitions() {
    assertThatThrownBy(() -> SiiOptions.builder().repetitions(0).build())
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("number of repetitions must be 1000 or greater. Default is 100,000");
    assertThatThrownBy(() -> SiiOptions.builder().repetitions(999).build())
        .isInstanceOf(InequalityInputException.class);
  }

  @Test
  void err12To14ConfidenceOutsideNinetyToHundredPercent() {
    for (double level : new double[] {0.35, 40, 135}) {
      assertThatThrownBy(() -> ConfidenceLevel.of(level))
          .isInstanceOf(InequalityInputException.class)
          .hasMessageContaining("confidence levels must be between 0.9 and 1");
    }
  }

  @Test
  void err15TransformNeedsARateOrProportion() {
    assertThatThrownBy(() -> SiiOptions.builder().transform(true).build())
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("value_type should be 1 or 2 when transform is true");
  }

  @Test
  void err16TransformNeedsLimitsNotStandardErrors() {
    List<SiiInput> rows = withStandardErrorsOnly(sheet("SII10"));
    SiiOptions transform = SiiOptions.builder().from(QUICK).valueType(SiiValueType.RATE).transform(true).build();
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, transform),
        "se to be missing when transform is true", "area1", 1);
  }

  @Test
  void err17AMissingPopulation() {
    List<SiiInput> rows = change(withStandardErrorsOnly(sheet("SII01")), "area1", 4,
        r -> r.withPopulation(Double.NaN));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "some groups have a zero, negative or missing population", "area1", 4);
  }

  @Test
  void err18ANegativePopulation() {
    List<SiiInput> rows = change(withStandardErrorsOnly(sheet("SII01")), "area1", 2, r -> r.withPopulation(-200));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "some groups have a zero, negative or missing population", "area1", 2);
  }

  @Test
  void err19ANegativeStandardError() {
    List<SiiInput> rows = change(withStandardErrorsOnly(sheet("SII01")), "area1", 3, r -> r.withStandardError(-5));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "negative or missing standard errors in input dataset", "area1", 3);
  }

  @Test
  void err20MissingStandardErrors() {
    List<SiiInput> rows = map(withStandardErrorsOnly(sheet("SII01")),
        r -> r.area().equals("area2") && r.quantile() <= 5 ? r.withStandardError(OptionalDouble.empty()) : r);
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "negative or missing standard errors in input dataset", "area2", 1);
  }

  @Test
  void err21AZeroCountForAProportion() {
    List<SiiInput> rows = change(map(sheet("SII18"), r -> r.withValue(OptionalDouble.empty())),
        "area1", 3, r -> r.withCount(0));
    SiiOptions proportion = SiiOptions.builder().from(QUICK).valueType(SiiValueType.PROPORTION).build();
    assertInputError(() -> SlopeIndexOfInequality.calculate(withStandardErrorsOnly(rows), proportion),
        "some groups have a zero or negative count x", "area1", 3);
  }

  @Test
  void err22ValuesThatAreNotProportions() {
    SiiOptions proportion = SiiOptions.builder().from(QUICK).valueType(SiiValueType.PROPORTION).build();
    assertInputError(() -> SlopeIndexOfInequality.calculate(withStandardErrorsOnly(sheet("SII01")), proportion),
        "value proportions are not all between 0 and 1", "area1", 1);
  }

  @Test
  void err23And24LimitsThatAreNotProportions() {
    SiiOptions proportion = SiiOptions.builder().from(QUICK).valueType(SiiValueType.PROPORTION).build();
    List<SiiInput> upper = change(withLimitsOnly(sheet("SII18")), "area2", 4, r -> r.withUpperLimit(11));
    assertInputError(() -> SlopeIndexOfInequality.calculate(upper, proportion),
        "confidence limit proportions are not all between 0 and 1", "area2", 4);
    List<SiiInput> lower = change(withLimitsOnly(sheet("SII18")), "area1", 2, r -> r.withLowerLimit(8));
    assertInputError(() -> SlopeIndexOfInequality.calculate(lower, proportion),
        "confidence limit proportions are not all between 0 and 1", "area1", 2);
  }

  @Test
  void err25TooFewQuantiles() {
    List<SiiInput> rows = withLimitsOnly(sheet("SII01")).stream()
        .filter(r -> r.area().equals("area1") && r.quantile() <= 3).collect(Collectors.toList());
    assertThatThrownBy(() -> SlopeIndexOfInequality.calculate(rows, QUICK))
        .isInstanceOf(InequalityInputException.class)
        .hasMessageContaining("Number of quantiles must be between 5 and 100");
  }

  @Test
  void err26MissingLimits() {
    List<SiiInput> rows = map(withLimitsOnly(sheet("SII01")), r -> r.area().equals("area2") && r.quantile() <= 5
        ? r.withLowerLimit(OptionalDouble.empty()).withUpperLimit(OptionalDouble.empty())
        : r);
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK),
        "missing lower or upper confidence limits in input dataset", "area2", 1);
  }

  @Test
  void warn01AnAreaWithoutEveryQuantileIsLeftOut() {
    List<SiiInput> rows = withLimitsOnly(sheet("SII01")).stream()
        .filter(r -> !(r.area().equals("area2") && r.quantile() == 6)).collect(Collectors.toList());
    SiiResults results = SlopeIndexOfInequality.calculate(rows, QUICK);
    assertThat(results.results()).extracting(SiiResult::area).containsExactly("area1");
    assertThat(results.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(SiiWarning.Kind.RECORDS_REMOVED);
      assertThat(w.message()).startsWith("some records have been removed due to incomplete or invalid data")
          .contains("[6]");
      assertThat(w.areas()).containsExactly("area2");
    });
  }

  @Test
  void warn02ManyQuantiles() {
    List<SiiInput> rows = new ArrayList<>();
    for (SiiInput row : withLimitsOnly(sheet("SII01"))) {
      if (row.area().equals("area1")) {
        rows.add(row);
      } else if (row.quantile() <= 5) {
        rows.add(row.withArea("area1").withQuantile(10 + row.quantile()));
      }
    }
    SiiResults results = SlopeIndexOfInequality.calculate(rows, QUICK);
    assertThat(results.results()).hasSize(1);
    assertThat(results.warnings()).singleElement().satisfies(w -> {
      assertThat(w.kind()).isEqualTo(SiiWarning.Kind.MANY_QUANTILES);
      assertThat(w.message())
          .startsWith("Small values can make SII unstable when using a large number of quantiles");
      assertThat(w.areas()).isEmpty();
    });
  }

  @Test
  void aQuantileGivenTwiceIsRefused() {
    List<SiiInput> rows = new ArrayList<>(withLimitsOnly(sheet("SII01")));
    rows.add(rows.get(3));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK), "the quantile is given twice", "area1", 4);
  }

  @Test
  void proportionsOfZeroOrOneHaveNoLogit() {
    SiiOptions proportion = SiiOptions.builder().from(QUICK).valueType(SiiValueType.PROPORTION).build();
    List<SiiInput> rows = change(withLimitsOnly(sheet("SII18")), "area1", 5, r -> r.withLowerLimit(0));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, proportion), "has no logit", "area1", 5);
  }

  @Test
  void ratesMustBePositive() {
    SiiOptions rate = SiiOptions.builder().from(QUICK).valueType(SiiValueType.RATE).build();
    List<SiiInput> rows = change(withLimitsOnly(sheet("SII10")), "area2", 7, r -> r.withValue(0));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, rate), "a rate must be positive", "area2", 7);
  }

  @Test
  void limitsTheWrongWayRoundAreRefused() {
    List<SiiInput> rows = change(withLimitsOnly(sheet("SII01")), "area1", 8, r -> r.withLowerLimit(99));
    assertInputError(() -> SlopeIndexOfInequality.calculate(rows, QUICK), "exceeds the upper", "area1", 8);
  }

  @Test
  void aConfidenceLevelBeyondTheSimulationIsRefused() {
    assertThatThrownBy(() -> SiiOptions.builder().addConfidenceLevel(ConfidenceLevel.of(1)).build())
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("use more repetitions");
    assertThatThrownBy(() -> SiiOptions.builder().repetitions(1000).addConfidenceLevel(ConfidenceLevel.of(0.999))
        .build()).isInstanceOf(InequalityInputException.class);
  }

  @Test
  void normalLimitsNeedANormalSlope() {
    assertThatThrownBy(() -> SiiOptions.builder().valueType(SiiValueType.RATE)
        .intervalMethod(SiiIntervalMethod.NORMAL).build())
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("use SIMULATION");
    assertThatThrownBy(() -> SiiOptions.builder().intervalMethod(SiiIntervalMethod.NORMAL)
        .reliabilityStatistic(true).build())
        .isInstanceOf(InequalityInputException.class).hasMessageContaining("reliability");
  }

  @Test
  void noInputIsRefused() {
    assertThatThrownBy(() -> SlopeIndexOfInequality.calculate(List.of(), QUICK))
        .isInstanceOf(InequalityInputException.class);
  }
}
