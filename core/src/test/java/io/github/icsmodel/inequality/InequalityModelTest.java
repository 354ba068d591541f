package io.github.icsmodel.inequality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InequalityModelTest {

  static IndicatorValue value(BreakdownDimension dimension, String group) {
    return IndicatorValue.builder().period("2024/25").periodEnd(LocalDate.of(2025, 3, 31))
        .dimension(dimension).group(group).value(new BigDecimal("61.2"))
        .numerator(new BigDecimal("612")).denominator(new BigDecimal("1000"))
        .lowerLimit(new BigDecimal("58.1")).upperLimit(new BigDecimal("64.2")).build();
  }

  @Test
  void an_indicator_knows_its_breakdowns() {
    Indicator indicator = Indicator.builder().id(LocalId.of("smi-checks")).name("SMI health checks")
        .domain(IndicatorDomain.ACCESS).valueType(IndicatorValueType.PROPORTION)
        .multiplier(BigDecimal.valueOf(100)).higherIsBetter(true)
        .addValues(value(BreakdownDimension.DEPRIVATION_QUINTILE, "1"), value(BreakdownDimension.SEX, "female"))
        .build();
    assertThat(indicator.dimensions())
        .containsExactly(BreakdownDimension.DEPRIVATION_QUINTILE, BreakdownDimension.SEX);
    assertThat(BreakdownDimension.DEPRIVATION_DECILE.isDeprivation()).isTrue();
    assertThat(BreakdownDimension.ETHNICITY.isDeprivation()).isFalse();
  }

  @Test
  void values_need_a_group_with_a_dimension_and_ordered_limits() {
    assertThatThrownBy(() -> IndicatorValue.builder().period("2024/25").periodEnd(LocalDate.of(2025, 3, 31))
            .dimension(BreakdownDimension.SEX).value(BigDecimal.ONE).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("both a dimension and a group");
    assertThatThrownBy(() -> IndicatorValue.builder().from(value(BreakdownDimension.SEX, "male"))
            .lowerLimit(new BigDecimal("70")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("lowerLimit is above upperLimit");
    assertThatThrownBy(() -> IndicatorValue.builder().from(value(BreakdownDimension.SEX, "male"))
            .denominator(new BigDecimal("-1")).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void indicators_need_a_positive_multiplier() {
    assertThatThrownBy(() -> Indicator.builder().id(LocalId.of("x")).name("X").domain(IndicatorDomain.OUTCOME)
            .valueType(IndicatorValueType.RATE).multiplier(BigDecimal.ZERO).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void core20plus5_holds_nhs_englands_five_areas_for_each_population() {
    assertThat(Core20Plus5.ADULTS.clinicalAreas()).extracting(ClinicalArea::name)
        .containsExactly("Maternity", "Severe mental illness (SMI)", "Chronic respiratory disease",
            "Early cancer diagnosis", "Hypertension case-finding");
    assertThat(Core20Plus5.ADULTS.clinicalAreas().get(3).wording())
        .isEqualTo("75% of cases diagnosed at stage 1 or 2 by 2028.");
    assertThat(Core20Plus5.CHILDREN_AND_YOUNG_PEOPLE.clinicalAreas()).extracting(ClinicalArea::number)
        .containsExactly(1, 2, 3, 4, 5);
    assertThat(Core20Plus5.CHILDREN_AND_YOUNG_PEOPLE.clinicalAreas().get(3).wording())
        .isEqualTo("Oral health: Address the backlog for tooth extractions in hospital for the under 10s.");
    assertThat(Core20Plus5.CORE20).startsWith("The most deprived 20% of the national population");
    assertThat(Core20Plus5.ADULTS.source().publisher()).isEqualTo("NHS England");
  }

  @Test
  void core20_is_the_most_deprived_fifth() {
    assertThat(Core20Plus5.isCore20Quintile(1)).isTrue();
    assertThat(Core20Plus5.isCore20Quintile(2)).isFalse();
    assertThat(Core20Plus5.isCore20Decile(2)).isTrue();
    assertThat(Core20Plus5.isCore20Decile(3)).isFalse();
    assertThatThrownBy(() -> Core20Plus5.isCore20Quintile(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Core20Plus5.isCore20Decile(11)).isInstanceOf(InvalidValueException.class);
  }
}
