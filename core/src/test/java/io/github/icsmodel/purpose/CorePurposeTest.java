package io.github.icsmodel.purpose;

import static io.github.icsmodel.purpose.CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY;
import static io.github.icsmodel.purpose.CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE;
import static io.github.icsmodel.purpose.CorePurpose.SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT;
import static io.github.icsmodel.purpose.CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS;
import static io.github.icsmodel.purpose.PurposeWordingSource.ANNUAL_ASSESSMENT_2023_24;
import static io.github.icsmodel.purpose.PurposeWordingSource.INTERIM_ICB_GUIDANCE_2021;
import static io.github.icsmodel.purpose.PurposeWordingSource.KINGS_FUND_EXPLAINER;
import static io.github.icsmodel.purpose.PurposeWordingSource.WORKING_TOGETHER_AT_SCALE_2021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four core purposes, worded verbatim as each NHS England document (and the King's Fund) words them. The
 * expected strings are copied from the project's law-and-policy notes, section 5.
 */
class CorePurposeTest {

  @Test
  void fourPurposesInNhsEnglandsOrder() {
    assertThat(CorePurpose.values())
        .containsExactly(
            IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE,
            TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS,
            ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY,
            SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT);
    assertThat(Arrays.stream(CorePurpose.values()).mapToInt(CorePurpose::number)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void canonicalWordingIsTheInterimIcbGuidanceOfAugust2021() {
    // "They exist to achieve four aims: 1. improve outcomes in population health and healthcare 2. tackle
    // inequalities in outcomes, experience and access 3. enhance productivity and value for money 4. help the NHS
    // support broader social and economic development."
    assertThat(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE.wording())
        .isEqualTo("improve outcomes in population health and healthcare");
    assertThat(TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS.wording())
        .isEqualTo("tackle inequalities in outcomes, experience and access");
    assertThat(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY.wording())
        .isEqualTo("enhance productivity and value for money");
    assertThat(SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT.wording())
        .isEqualTo("help the NHS support broader social and economic development");
  }

  @ParameterizedTest
  @EnumSource(CorePurpose.class)
  void canonicalWordingEqualsInterimGuidanceWording(CorePurpose purpose) {
    assertThat(purpose.wording()).isEqualTo(purpose.wording(INTERIM_ICB_GUIDANCE_2021));
  }

  @Test
  void workingTogetherAtScaleWording() {
    assertThat(wordings(WORKING_TOGETHER_AT_SCALE_2021))
        .containsExactly(
            "improve population health and healthcare",
            "tackle unequal access, experience and outcomes",
            "enhance productivity and value for money",
            "support broader social and economic development");
  }

  @Test
  void annualAssessment2023To24Wording() {
    assertThat(wordings(ANNUAL_ASSESSMENT_2023_24))
        .containsExactly(
            "improving population health and healthcare",
            "tackling unequal access, outcomes and experience",
            "enhancing productivity and value for money",
            "helping the NHS support broader social and economic development");
  }

  @Test
  void kingsFundWording() {
    assertThat(wordings(KINGS_FUND_EXPLAINER))
        .containsExactly(
            "improving outcomes in population health and health care",
            "tackling inequalities in outcomes, experience and access",
            "enhancing productivity and value for money",
            "helping the NHS to support broader social and economic development");
  }

  @Test
  void wordingsReallyDifferBetweenSources() {
    assertThat(TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS.wording(WORKING_TOGETHER_AT_SCALE_2021))
        .isNotEqualTo(TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS.wording(ANNUAL_ASSESSMENT_2023_24));
  }

  @ParameterizedTest
  @CsvSource({
    "improve-population-health-and-healthcare, IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE",
    "tackle-inequalities, TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS",
    "enhance-productivity-and-value-for-money, ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY",
    "support-broader-social-and-economic-development, SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT"
  })
  void jsonNamesAreStable(String jsonName, CorePurpose purpose) {
    assertThat(purpose.jsonName()).isEqualTo(jsonName);
    assertThat(CorePurpose.of(jsonName)).isSameAs(purpose);
  }

  @ParameterizedTest
  @EnumSource(CorePurpose.class)
  void jsonNameRoundTrips(CorePurpose purpose) {
    assertThat(CorePurpose.of(purpose.jsonName())).isSameAs(purpose);
    assertThat(purpose.jsonName()).matches("[a-z]+(-[a-z]+)*");
  }

  @Test
  void unknownNameIsRefusedListingTheValidNames() {
    assertThatThrownBy(() -> CorePurpose.of("improve-health"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"improve-health\"")
        .hasMessageContaining(
            "improve-population-health-and-healthcare, tackle-inequalities, enhance-productivity-and-value-for-money,"
                + " support-broader-social-and-economic-development");
  }

  @Test
  void constantNameIsNotAJsonName() {
    assertThatThrownBy(() -> CorePurpose.of("TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS"))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void nullIsRefused() {
    assertThatThrownBy(() -> CorePurpose.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS.wording(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static String[] wordings(PurposeWordingSource source) {
    return Arrays.stream(CorePurpose.values()).map(purpose -> purpose.wording(source)).toArray(String[]::new);
  }
}
