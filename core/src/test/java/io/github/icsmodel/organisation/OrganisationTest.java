package io.github.icsmodel.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationTest {

  private static Organisation.Builder trust() {
    return Organisation.builder()
        .id(LocalId.of("northshire-hospitals"))
        .name("Northshire Hospitals NHS Foundation Trust")
        .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
        .odsCode(OdsCode.of("RXX"));
  }

  @Test
  void builds_a_trust_with_its_services() {
    Organisation trust = trust().addServices(ProviderService.ACUTE, ProviderService.COMMUNITY).build();
    assertThat(trust.services()).containsExactly(ProviderService.ACUTE, ProviderService.COMMUNITY);
    assertThat(trust.isNhsBody()).isTrue();
    assertThat(trust.isLocalAuthority()).isFalse();
    assertThat(trust.isResponsibleLocalAuthority()).isFalse();
    assertThat(trust.extensions().isEmpty()).isTrue();
  }

  @Test
  void equality_and_copies_are_by_value() {
    Organisation a = trust().build();
    assertThat(a).isEqualTo(trust().build()).hasSameHashCodeAs(trust().build());
    Organisation renamed = a.withName("Renamed");
    assertThat(renamed).isNotEqualTo(a);
    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(a.name()).isEqualTo("Northshire Hospitals NHS Foundation Trust");
  }

  @Test
  void a_local_authority_needs_its_type() {
    assertThatThrownBy(() -> Organisation.builder()
            .id(LocalId.of("northshire-cc"))
            .name("Northshire County Council")
            .kind(OrganisationKind.LOCAL_AUTHORITY)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("localAuthorityType");
  }

  @Test
  void only_a_local_authority_has_a_type() {
    assertThatThrownBy(() -> trust().localAuthorityType(LocalAuthorityType.COUNTY_COUNCIL).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void only_providers_list_services() {
    assertThatThrownBy(() -> Organisation.builder()
            .id(LocalId.of("healthwatch"))
            .name("Healthwatch Northshire")
            .kind(OrganisationKind.LOCAL_HEALTHWATCH)
            .addServices(ProviderService.ACUTE)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("only providers");
  }

  @Test
  void blank_names_and_missing_attributes_are_refused_with_the_library_exception() {
    assertThatThrownBy(() -> trust().name("  ").build()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Organisation.builder().id(LocalId.of("x")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name")
        .hasMessageContaining("kind");
    assertThatThrownBy(() -> trust().name(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest(name = "{0} responsible: {1}")
  @CsvSource({
    "COUNTY_COUNCIL, true",
    "NON_METROPOLITAN_DISTRICT, false",
    "UNITARY_AUTHORITY, true",
    "METROPOLITAN_DISTRICT, true",
    "LONDON_BOROUGH, true",
    "CITY_OF_LONDON, true",
    "ISLES_OF_SCILLY, true"
  })
  void responsible_local_authorities_follow_section_103(LocalAuthorityType type, boolean responsible) {
    Organisation authority = Organisation.builder()
        .id(LocalId.of("la"))
        .name("A council")
        .kind(OrganisationKind.LOCAL_AUTHORITY)
        .localAuthorityType(type)
        .gssCode(GssCode.of("E06000006"))
        .build();
    assertThat(authority.isResponsibleLocalAuthority()).isEqualTo(responsible);
    assertThat(authority.isLocalAuthority()).isTrue();
    assertThat(authority.isNhsBody()).isFalse();
  }

  @ParameterizedTest(name = "{0} is an NHS body: {1}")
  @CsvSource({
    "NHS_ENGLAND, true",
    "INTEGRATED_CARE_BOARD, true",
    "NHS_TRUST, true",
    "NHS_FOUNDATION_TRUST, true",
    "NHS_ENGLAND_REGION, false",
    "LOCAL_AUTHORITY, false",
    "PRIMARY_MEDICAL_SERVICES_PROVIDER, false",
    "PRIMARY_CARE_NETWORK, false",
    "VCSE_ORGANISATION, false",
    "LOCAL_HEALTHWATCH, false",
    "HEALTH_AND_WELLBEING_BOARD, false",
    "INDEPENDENT_SECTOR_PROVIDER, false"
  })
  void nhs_bodies_follow_section_275(OrganisationKind kind, boolean nhsBody) {
    assertThat(kind.isNhsBody()).isEqualTo(nhsBody);
  }

  @Test
  void trusts_and_providers() {
    assertThat(OrganisationKind.NHS_TRUST.isTrust()).isTrue();
    assertThat(OrganisationKind.INTEGRATED_CARE_BOARD.isTrust()).isFalse();
    assertThat(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER.isProvider()).isTrue();
    assertThat(OrganisationKind.LOCAL_AUTHORITY.isProvider()).isFalse();
  }
}
