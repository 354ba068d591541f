package io.github.icsmodel.purpose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.PolicyReference;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documents that word the core purposes: title, publisher, date, and primary or secondary status. */
class PurposeWordingSourceTest {

  @Test
  void interimGuidance() {
    PurposeWordingSource source = PurposeWordingSource.INTERIM_ICB_GUIDANCE_2021;
    assertThat(source.reference())
        .isEqualTo(
            PolicyReference.of(
                "NHS England and NHS Improvement",
                "Interim guidance on the functions and governance of the integrated care board",
                "2021-08"));
    assertThat(source.title())
        .isEqualTo("Interim guidance on the functions and governance of the integrated care board");
    assertThat(source.publisher()).isEqualTo("NHS England and NHS Improvement");
    assertThat(source.date()).contains("2021-08");
    assertThat(source.isSecondary()).isFalse();
    assertThat(source.introduction()).isEqualTo("They exist to achieve four aims:");
  }

  @Test
  void workingTogetherAtScale() {
    PurposeWordingSource source = PurposeWordingSource.WORKING_TOGETHER_AT_SCALE_2021;
    assertThat(source.title()).isEqualTo("Working together at scale: guidance on provider collaboratives");
    assertThat(source.publisher()).isEqualTo("NHS England and NHS Improvement");
    assertThat(source.date()).contains("2021-08");
    assertThat(source.isSecondary()).isFalse();
  }

  @Test
  void annualAssessmentHasNoRecordedDate() {
    PurposeWordingSource source = PurposeWordingSource.ANNUAL_ASSESSMENT_2023_24;
    assertThat(source.title()).isEqualTo("Annual assessment of integrated care boards 2023/24");
    assertThat(source.publisher()).isEqualTo("NHS England");
    assertThat(source.date()).isEmpty();
    assertThat(source.introduction())
        .isEqualTo("How has the ICB contributed to each of the 4 core purposes of an ICS?");
  }

  @Test
  void kingsFundIsTheOnlySecondarySource() {
    assertThat(Arrays.stream(PurposeWordingSource.values()).filter(PurposeWordingSource::isSecondary))
        .containsExactly(PurposeWordingSource.KINGS_FUND_EXPLAINER);
    assertThat(PurposeWordingSource.KINGS_FUND_EXPLAINER.publisher()).isEqualTo("The King's Fund");
    assertThat(PurposeWordingSource.KINGS_FUND_EXPLAINER.reference().isStatutory()).isFalse();
  }

  @Test
  void unconfirmedWordingsAreNotSources() {
    // Integrating care (2020) and the ICS design framework (June 2021): exact wording unconfirmed.
    assertThat(PurposeWordingSource.values()).hasSize(4);
    assertThat(Arrays.stream(PurposeWordingSource.values()).map(PurposeWordingSource::title))
        .noneMatch(title -> title.contains("design framework") || title.startsWith("Integrating care"));
  }

  @ParameterizedTest
  @EnumSource(PurposeWordingSource.class)
  void jsonNameRoundTrips(PurposeWordingSource source) {
    assertThat(PurposeWordingSource.of(source.jsonName())).isSameAs(source);
    assertThat(source.jsonName()).matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  @Test
  void jsonNames() {
    assertThat(Arrays.stream(PurposeWordingSource.values()).map(PurposeWordingSource::jsonName))
        .containsExactly(
            "interim-icb-guidance-2021",
            "working-together-at-scale-2021",
            "annual-assessment-2023-24",
            "kings-fund-explainer");
  }

  @Test
  void unknownNameIsRefusedListingTheValidNames() {
    assertThatThrownBy(() -> PurposeWordingSource.of("design-framework-2021"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"design-framework-2021\"")
        .hasMessageContaining("interim-icb-guidance-2021, working-together-at-scale-2021");
  }

  @ParameterizedTest
  @EnumSource(PurposeWordingSource.class)
  void everySourceWordsAllFourPurposes(PurposeWordingSource source) {
    assertThat(Arrays.stream(CorePurpose.values()).map(purpose -> purpose.wording(source)))
        .hasSize(4)
        .allSatisfy(wording -> assertThat(wording).isNotBlank())
        .doesNotHaveDuplicates();
  }
}
