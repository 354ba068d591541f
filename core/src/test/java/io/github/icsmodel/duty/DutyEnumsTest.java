package io.github.icsmodel.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The enums of the duty package: stable kebab-case JSON names, and what each holder includes. */
class DutyEnumsTest {

  static Stream<Arguments> jsonNames() {
    return Stream.of(
            Arrays.stream(DutyHolder.values())
                .map(v -> Arguments.of(v, v.jsonName(), (Function<String, ?>) DutyHolder::of)),
            Arrays.stream(DutyStrength.values())
                .map(v -> Arguments.of(v, v.jsonName(), (Function<String, ?>) DutyStrength::of)),
            Arrays.stream(DutyGroup.values())
                .map(v -> Arguments.of(v, v.jsonName(), (Function<String, ?>) DutyGroup::of)),
            Arrays.stream(TextVersion.values())
                .map(v -> Arguments.of(v, v.jsonName(), (Function<String, ?>) TextVersion::of)))
        .flatMap(Function.identity());
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("jsonNames")
  void jsonNameIsLowerKebabCaseAndRoundTrips(Enum<?> constant, String jsonName, Function<String, ?> of) {
    assertThat(jsonName).matches("[a-z0-9]+(-[a-z0-9]+)*");
    assertThat(of.apply(jsonName)).isSameAs(constant);
  }

  @Test
  void jsonNamesAreStable() {
    assertThat(Arrays.stream(DutyHolder.values()).map(DutyHolder::jsonName))
        .containsExactly(
            "icb",
            "icb-and-partner-trusts",
            "icb-and-responsible-local-authorities",
            "nhs-bodies",
            "nhs-bodies-and-local-authorities",
            "integrated-care-partnership",
            "responsible-local-authority-and-partner-icbs",
            "nhs-england",
            "relevant-nhs-bodies");
    assertThat(Arrays.stream(DutyStrength.values()).map(DutyStrength::jsonName))
        .containsExactly(
            "must",
            "must-act-with-a-view-to",
            "must-promote",
            "must-have-regard-to",
            "must-have-regard-to-the-need-to",
            "must-seek-to-achieve",
            "may");
    assertThat(Arrays.stream(DutyGroup.values()).map(DutyGroup::jsonName))
        .containsExactly(
            "general-duties-of-icbs", "financial-duties", "annual-report-duties", "performance-assessment-duties");
    assertThat(Arrays.stream(TextVersion.values()).map(TextVersion::jsonName)).containsExactly("as-enacted", "revised");
  }

  @Test
  void unknownNamesAreRefusedListingTheValidNames() {
    assertThatThrownBy(() -> DutyHolder.of("ICB"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown duty holder \"ICB\"")
        .hasMessageContaining("icb, icb-and-partner-trusts, icb-and-responsible-local-authorities");
    assertThatThrownBy(() -> DutyStrength.of("shall"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must-have-regard-to-the-need-to");
    assertThatThrownBy(() -> DutyGroup.of("general-duties"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("general-duties-of-icbs");
    assertThatThrownBy(() -> TextVersion.of("current"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("as-enacted, revised");
    assertThatThrownBy(() -> DutyHolder.of(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "ICB, INTEGRATED_CARE_BOARD, true",
    "ICB, NHS_TRUST, false",
    "ICB_AND_PARTNER_TRUSTS, INTEGRATED_CARE_BOARD, true",
    "ICB_AND_PARTNER_TRUSTS, NHS_TRUST, true",
    "ICB_AND_PARTNER_TRUSTS, NHS_FOUNDATION_TRUST, true",
    "ICB_AND_PARTNER_TRUSTS, LOCAL_AUTHORITY, false",
    "ICB_AND_PARTNER_TRUSTS, PRIMARY_MEDICAL_SERVICES_PROVIDER, false",
    "ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES, LOCAL_AUTHORITY, true",
    "ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES, NHS_TRUST, false",
    "NHS_BODIES, NHS_ENGLAND, true",
    "NHS_BODIES, INTEGRATED_CARE_BOARD, true",
    "NHS_BODIES, NHS_TRUST, true",
    "NHS_BODIES, NHS_FOUNDATION_TRUST, true",
    "NHS_BODIES, NHS_ENGLAND_REGION, false",
    "NHS_BODIES, LOCAL_AUTHORITY, false",
    "NHS_BODIES, VCSE_ORGANISATION, false",
    "NHS_BODIES_AND_LOCAL_AUTHORITIES, LOCAL_AUTHORITY, true",
    "NHS_BODIES_AND_LOCAL_AUTHORITIES, NHS_TRUST, true",
    "NHS_BODIES_AND_LOCAL_AUTHORITIES, HEALTH_AND_WELLBEING_BOARD, false",
    "INTEGRATED_CARE_PARTNERSHIP, INTEGRATED_CARE_BOARD, false",
    "INTEGRATED_CARE_PARTNERSHIP, LOCAL_AUTHORITY, false",
    "RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, LOCAL_AUTHORITY, true",
    "RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, INTEGRATED_CARE_BOARD, true",
    "RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, NHS_TRUST, false"
  })
  void holderIncludesKinds(DutyHolder holder, OrganisationKind kind, boolean included) {
    assertThat(holder.includes(kind)).isEqualTo(included);
    assertThat(holder.kinds().contains(kind)).isEqualTo(included);
  }

  @ParameterizedTest
  @EnumSource(DutyHolder.class)
  void onlyTheIcpHolderIncludesTheIcp(DutyHolder holder) {
    assertThat(holder.includesIntegratedCarePartnership()).isEqualTo(holder == DutyHolder.INTEGRATED_CARE_PARTNERSHIP);
    if (holder.includesIntegratedCarePartnership()) {
      assertThat(holder.kinds()).isEmpty();
    } else {
      assertThat(holder.kinds()).isNotEmpty();
    }
  }

  @Test
  void nhsBodiesAreTheKindsTheOrganisationModelCallsNhsBodies() {
    assertThat(DutyHolder.NHS_BODIES.kinds())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(OrganisationKind.values()).filter(OrganisationKind::isNhsBody).toList());
  }

  @Test
  void holderKindsAreImmutable() {
    assertThatThrownBy(() -> DutyHolder.ICB.kinds().add(OrganisationKind.NHS_TRUST))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void strengthPhrasesAreTheStatutoryWords() {
    assertThat(DutyStrength.MUST.phrase()).isEqualTo("must");
    assertThat(DutyStrength.MUST_HAVE_REGARD_TO_THE_NEED_TO.phrase()).isEqualTo("must ... have regard to the need to");
    assertThat(DutyStrength.MUST_SEEK_TO_ACHIEVE.phrase()).isEqualTo("must seek to achieve");
    assertThat(Arrays.stream(DutyStrength.values()).map(DutyStrength::phrase)).doesNotHaveDuplicates();
  }

  @Test
  void groupsCiteTheProvisionsThatNameThem() {
    assertThat(DutyGroup.GENERAL_DUTIES_OF_ICBS.basis())
        .containsExactly(
            LegalReference.section(Act.NHS_ACT_2006, "14Z52").subdivision("(2)(b)(i)"),
            LegalReference.section(Act.NHS_ACT_2006, "14Z58").subdivision("(2)(a)"));
    assertThat(DutyGroup.FINANCIAL_DUTIES.basis())
        .extracting(LegalReference::citation)
        .containsExactly("NHS Act 2006 s.14Z52(2)(b)(ii)", "NHS Act 2006 s.14Z59(3)(g)");
    assertThat(DutyGroup.PERFORMANCE_ASSESSMENT_DUTIES.contains(DutyId.of("lgpiha2007:116B"))).isTrue();
    assertThat(DutyGroup.FINANCIAL_DUTIES.contains(DutyId.of("nhsa2006:223GB"))).isFalse();
  }
}
