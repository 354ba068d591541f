package io.github.icsmodel.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntegratedCareSystemTest {

  static final LocalId ICB = LocalId.of("icb");
  static final LocalId COUNTY = LocalId.of("northshire-cc");
  static final LocalId CITY = LocalId.of("porttown");
  static final LocalId ACUTE = LocalId.of("acute-trust");
  static final LocalId MENTAL = LocalId.of("mh-trust");

  static Organisation org(LocalId id, OrganisationKind kind) {
    ImmutableOrganisationBuilderHolder holder = new ImmutableOrganisationBuilderHolder();
    return holder.build(id, kind);
  }

  /** Keeps the local-authority type next to the kind it needs. */
  static final class ImmutableOrganisationBuilderHolder {
    Organisation build(LocalId id, OrganisationKind kind) {
      var builder = Organisation.builder().id(id).name("Org " + id).kind(kind);
      if (kind == OrganisationKind.LOCAL_AUTHORITY) {
        builder.localAuthorityType(
            id.equals(COUNTY) ? LocalAuthorityType.COUNTY_COUNCIL : LocalAuthorityType.UNITARY_AUTHORITY);
      }
      if (kind.isTrust()) {
        builder.addServices(id.equals(ACUTE) ? ProviderService.ACUTE : ProviderService.MENTAL_HEALTH);
      }
      return builder.build();
    }
  }

  static IntegratedCareBoard icb() {
    return IntegratedCareBoard.builder().id(ICB).name("NHS Northshire Integrated Care Board").odsCode(OdsCode.of("QZZ")).build();
  }

  static IntegratedCareSystem.Builder system() {
    return IntegratedCareSystem.builder()
        .id(LocalId.of("northshire"))
        .name("Northshire Integrated Care System")
        .icb(icb())
        .addOrganisations(
            org(COUNTY, OrganisationKind.LOCAL_AUTHORITY),
            org(CITY, OrganisationKind.LOCAL_AUTHORITY),
            org(ACUTE, OrganisationKind.NHS_FOUNDATION_TRUST),
            org(MENTAL, OrganisationKind.NHS_TRUST))
        .addFootprint(FootprintArea.whole(COUNTY), FootprintArea.part(CITY, new BigDecimal("97.5")));
  }

  @Test
  void the_icb_is_an_organisation_of_the_system() {
    IntegratedCareSystem system = system().build();
    assertThat(system.allOrganisations()).hasSize(5);
    assertThat(system.allOrganisations().get(0).kind()).isEqualTo(OrganisationKind.INTEGRATED_CARE_BOARD);
    assertThat(system.organisation(ICB)).map(Organisation::isNhsBody).contains(true);
    assertThat(system.organisation(COUNTY)).map(Organisation::isResponsibleLocalAuthority).contains(true);
    assertThat(system.organisation(LocalId.of("none"))).isEmpty();
  }

  @Test
  void the_icb_exists_from_1_july_2022() {
    IntegratedCareSystem system = system().build();
    assertThat(system.icb().establishedOn()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(system.existsOn(LocalDate.of(2022, 6, 30))).isFalse();
    assertThat(system.existsOn(LocalDate.of(2022, 7, 1))).isTrue();
  }

  @Test
  void merged_icbs_record_their_succession() {
    IntegratedCareBoard old = icb()
        .withDissolvedOn(LocalDate.of(2026, 4, 1))
        .withSuccessor(OdsCode.of("QAA"));
    IntegratedCareBoard merged = IntegratedCareBoard.builder()
        .id(LocalId.of("merged"))
        .name("NHS Merged Integrated Care Board")
        .odsCode(OdsCode.of("QAA"))
        .establishedOn(LocalDate.of(2026, 4, 1))
        .addPredecessors(OdsCode.of("QZZ"), OdsCode.of("QYY"))
        .build();
    assertThat(old.existsOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(old.existsOn(LocalDate.of(2026, 4, 1))).isFalse();
    assertThat(merged.existsOn(LocalDate.of(2026, 4, 1))).isTrue();
    assertThat(merged.predecessors()).containsExactly(OdsCode.of("QZZ"), OdsCode.of("QYY"));
    assertThatThrownBy(() -> icb().withDissolvedOn(LocalDate.of(2022, 7, 1)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void places_collaboratives_and_the_icp_imply_arrangements() {
    IntegratedCareSystem system = system()
        .icp(IntegratedCarePartnership.builder()
            .name("Northshire Integrated Care Partnership")
            .addMembers(
                IcpMember.builder().id(LocalId.of("icp-icb")).name("A").appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD).build(),
                IcpMember.builder().id(LocalId.of("icp-cc")).name("B")
                    .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY).appointingAuthority(COUNTY).build())
            .build())
        .addPlaces(PlaceBasedPartnership.builder().id(LocalId.of("place-port")).name("Porttown")
            .addLocalAuthorities(CITY).addMembers(ACUTE, ICB).build())
        .addProviderCollaboratives(ProviderCollaborative.builder().id(LocalId.of("collab")).name("Acute and MH")
            .addMembers(ACUTE, MENTAL).build())
        .build();
    assertThat(system.allArrangements())
        .extracting(CooperationArrangement::kind)
        .containsExactly(
            ArrangementKind.ICP_MEMBERSHIP,
            ArrangementKind.PLACE_BASED_PARTNERSHIP_AGREEMENT,
            ArrangementKind.PROVIDER_COLLABORATIVE_AGREEMENT);
    var graph = system.cooperationGraph();
    assertThat(graph.areLinked(ICB, COUNTY)).isTrue();
    assertThat(graph.areLinked(ACUTE, CITY)).isTrue();
    assertThat(graph.areLinked(MENTAL, CITY)).isFalse();
    assertThat(graph.nhsBodyGroups()).hasSize(1);
  }

  @Test
  void repeated_ids_in_one_list_are_refused() {
    assertThatThrownBy(() -> system().addOrganisations(org(COUNTY, OrganisationKind.LOCAL_AUTHORITY)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("organisations: the id \"northshire-cc\" is used twice");
    assertThatThrownBy(() -> system().addFootprint(FootprintArea.whole(COUNTY)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("footprint areas");
  }

  @Test
  void footprint_shares_are_percentages_of_a_part() {
    assertThat(FootprintArea.whole(COUNTY).isWhole()).isTrue();
    assertThat(FootprintArea.part(CITY, BigDecimal.ONE).isWhole()).isFalse();
    assertThatThrownBy(() -> FootprintArea.part(CITY, BigDecimal.valueOf(100)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("leave it out for the whole area");
    assertThatThrownBy(() -> FootprintArea.part(CITY, BigDecimal.ZERO)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void equal_systems_are_equal() {
    assertThat(system().build()).isEqualTo(system().build()).hasSameHashCodeAs(system().build());
    assertThat(system().build()).isNotEqualTo(system().name("Other").build());
  }

  @Test
  void icp_members_appointed_by_a_local_authority_name_it() {
    assertThatThrownBy(() -> IcpMember.builder().id(LocalId.of("m")).name("M")
            .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("appointingAuthority");
    assertThatThrownBy(() -> IcpMember.builder().id(LocalId.of("m")).name("M")
            .appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD).appointingAuthority(COUNTY).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void a_national_configuration_holds_systems_and_clusters() {
    IntegratedCareSystem a = system().build();
    IntegratedCareSystem b = system().id(LocalId.of("southshire")).build();
    IcbCluster cluster = IcbCluster.builder().id(LocalId.of("cluster")).name("North and South")
        .addSystems(a.id(), b.id()).addSharedLeaders(LocalId.of("chair")).startedOn(LocalDate.of(2025, 10, 1)).build();
    NationalConfiguration national = NationalConfiguration.builder().addSystems(a, b).addClusters(cluster).build();
    assertThat(national.systems()).hasSize(2);
    assertThatThrownBy(() -> NationalConfiguration.builder().addSystems(a, a).build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> IcbCluster.builder().from(cluster).systems(java.util.Set.of(a.id())).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("at least two systems");
  }
}
