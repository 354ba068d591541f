package io.github.icsmodel.validation.structure;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.COUNTY;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.EASTPORT;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.ICB;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NEMH;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NORTHBY;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.SOUTHDALE;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StructureRulesTest {

  private static IntegratedCareSystem withOrganisation(Organisation organisation) {
    List<Organisation> organisations = new ArrayList<>(compliant().organisations());
    organisations.add(organisation);
    return compliant().withOrganisations(organisations);
  }

  private static Organisation unitary(String id, String name) {
    return Organisation.builder().id(id(id)).name(name).kind(OrganisationKind.LOCAL_AUTHORITY)
        .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).build();
  }

  @Nested
  class UniqueIds {
    private final UniqueIdsRule rule = new UniqueIdsRule();

    @Test
    void structure_unique_ids_passes_when_every_id_is_used_once() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void structure_unique_ids_fails_for_an_id_shared_by_a_place_and_an_organisation() {
      IntegratedCareSystem system = compliant().withPlaces(
          compliant().places().get(0).withId(EASTPORT),
          compliant().places().get(1));
      List<Finding> findings = run(rule, system);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("structure.unique-ids");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/places/0/id"));
        assertThat(f.subject()).contains(EASTPORT);
        assertThat(f.message()).contains("\"eastport-ua\" is already used at /organisations/3");
        assertThat(f.basis()).isEqualTo(StructureRules.CONFIGURATION_FORMAT);
      });
    }

    @Test
    void structure_unique_ids_fails_for_an_organisation_with_the_icbs_id() {
      List<Finding> findings = run(rule, withOrganisation(unitary("northshire-icb", "Impostor")));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/organisations/18/id"));
        assertThat(f.message()).contains("already used at /icb");
      });
    }
  }

  @Nested
  class ReferencesResolve {
    private final ReferencesResolveRule rule = new ReferencesResolveRule();

    @Test
    void structure_references_resolve_passes_when_every_reference_resolves() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void structure_references_resolve_fails_for_footprint_entries_that_are_missing_or_not_local_authorities() {
      IntegratedCareSystem system = compliant().withFootprint(
          FootprintArea.whole(COUNTY), FootprintArea.whole(id("westmoor-ua")), FootprintArea.whole(NEMH));
      List<Finding> findings = run(rule, system);
      assertThat(findings).extracting(Finding::path)
          .containsExactly(at("/footprint/1/localAuthority"), at("/footprint/2/localAuthority"));
      assertThat(findings.get(0).message()).contains("\"westmoor-ua\", which is not an organisation");
      assertThat(findings.get(1).message())
          .contains("Northshire and Eastport Mental Health NHS Foundation Trust (nemh), which is not a local"
              + " authority");
      assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void structure_references_resolve_fails_across_the_configuration() {
      IntegratedCareSystem base = compliant();
      IntegratedCareSystem system = base
          .withPlaces(base.places().get(0).withMembers(ICB, id("ghost")),
              base.places().get(1))
          .withProviderCollaboratives(
              base.providerCollaboratives().get(0).withLead(id("ghost")),
              base.providerCollaboratives().get(1))
          .withPrimaryCareNetworks(
              base.primaryCareNetworks().get(0)
                  .withPractices(id("gp-northby-a"), NEMH).withPlace(id("nowhere")),
              base.primaryCareNetworks().get(1))
          .withArrangements(CooperationArrangement.builder().id(id("compact")).kind(ArrangementKind.OTHER)
              .addParties(ICB, id("ghost")).build());
      List<Finding> findings = run(rule, system);
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/places/0/members/1"),
          at("/providerCollaboratives/0/lead"),
          at("/primaryCareNetworks/0/practices/1"),
          at("/primaryCareNetworks/0/place"),
          at("/arrangements/0/parties/1"));
      assertThat(findings.get(2).message()).contains("not a provider of primary medical services");
      assertThat(findings.get(3).message()).contains("\"nowhere\", which is not a place");
    }

    @Test
    void structure_references_resolve_fails_for_board_committee_assurance_and_declaration_references() {
      IntegratedCareSystem base = compliant();
      IntegratedCareBoard icb = base.icb();
      List<BoardMember> members = new ArrayList<>(icb.board().members());
      members.set(7, members.get(7).withNominatedBy(id("ghost-trust")));
      Committee audit = icb.committees().get(0).withChair(id("ghost-chair"));
      RegisterOfInterests register = icb.registersOfInterests().get(0)
          .withCovers(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS)
          .withDeclarations(Declaration.builder().id(id("d1")).person(id("ghost-person")).interest("Shares")
              .kind(InterestKind.FINANCIAL).becameAwareOn(LocalDate.of(2025, 1, 1))
              .declaredOn(LocalDate.of(2025, 1, 2)).build());
      List<DutyAssurance> assurances = new ArrayList<>(base.dutyAssurances());
      assurances.set(0, assurances.get(0).withAccountableLead(id("ghost-lead")));
      IntegratedCareSystem system = base
          .withIcb(icb.withBoard(Board.builder().members(members).build()).withCommittees(audit)
              .withRegistersOfInterests(register))
          .withDutyAssurances(assurances);
      List<Finding> findings = run(rule, system);
      assertThat(findings).extracting(Finding::path).containsExactly(
          at("/icb/board/members/7/nominatedBy/0"),
          at("/icb/committees/0/chair"),
          at("/dutyAssurances/0/accountableLead"),
          at("/icb/registersOfInterests/0/declarations/0/person"));
      assertThat(findings.get(1).message()).contains("not a member of that committee");
      assertThat(findings.get(2).message()).contains("not a board member");
      assertThat(findings.get(3).message()).contains("neither a board member nor a committee member");
    }

    @Test
    void structure_references_resolve_accepts_unknown_persons_in_a_register_of_employees() {
      IntegratedCareBoard icb = compliant().icb();
      RegisterOfInterests register = icb.registersOfInterests().get(0)
          .withCovers(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS, RegisterScope.EMPLOYEES)
          .withDeclarations(Declaration.builder().id(id("d1")).person(id("employee-4711")).interest("Shares")
              .kind(InterestKind.FINANCIAL).becameAwareOn(LocalDate.of(2025, 1, 1))
              .declaredOn(LocalDate.of(2025, 1, 2)).build());
      assertThat(run(rule, compliant().withIcb(icb.withRegistersOfInterests(register)))).isEmpty();
    }

    @Test
    void structure_references_resolve_fails_for_an_icp_member_appointed_by_a_non_authority() {
      var icp = compliant().icp().get();
      var members = new ArrayList<>(icp.members());
      members.set(1, members.get(1)
          .withAppointingAuthority(id("healthwatch-northshire")));
      assertThat(run(rule, compliant().withIcp(icp.withMembers(members)))).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icp/members/1/appointingAuthority"));
        assertThat(f.message()).contains("Healthwatch Northshire").contains("not a local authority");
      });
    }
  }

  @Nested
  class PlacesWithinFootprint {
    private final PlacesWithinFootprintRule rule = new PlacesWithinFootprintRule();

    @Test
    void structure_places_within_footprint_passes_when_places_cover_footprint_authorities() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void structure_places_within_footprint_fails_for_an_authority_outside_the_footprint() {
      PlaceBasedPartnership place = compliant().places().get(1)
          .withLocalAuthorities(EASTPORT, id("westmoor-ua"));
      IntegratedCareSystem system = withOrganisation(unitary("westmoor-ua", "Westmoor Council"))
          .withPlaces(compliant().places().get(0), place);
      List<Finding> findings = run(rule, system);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("structure.places-within-footprint");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.kind()).isEqualTo(io.github.icsmodel.validation.RuleKind.ADVICE);
        assertThat(f.path()).isEqualTo(at("/places/1/localAuthorities/1"));
        assertThat(f.message()).contains("Partners decide a place's footprint");
        assertThat(f.message()).contains("Eastport Place (eastport-place) covers Westmoor Council (westmoor-ua)");
      });
    }

    @Test
    void structure_places_within_footprint_accepts_the_county_of_footprint_districts() {
      IntegratedCareSystem system = compliant().withFootprint(
          FootprintArea.whole(NORTHBY), FootprintArea.whole(SOUTHDALE), FootprintArea.whole(EASTPORT));
      assertThat(run(rule, system)).isEmpty();
    }
  }

  @Nested
  class AcuteMentalHealthInCollaborative {
    private final AcuteMentalHealthInCollaborativeRule rule = new AcuteMentalHealthInCollaborativeRule();

    @Test
    void structure_acute_mental_health_in_collaborative_passes_when_every_such_trust_is_a_member() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void structure_acute_mental_health_in_collaborative_fails_for_a_mental_health_trust_outside_them() {
      List<ProviderCollaborative> collaboratives = List.of(compliant().providerCollaboratives().get(0));
      List<Finding> findings = run(rule, compliant().withProviderCollaboratives(collaboratives));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("structure.acute-mental-health-in-collaborative");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo(at("/organisations/8"));
        assertThat(f.subject()).contains(NEMH);
        assertThat(f.message()).contains("provides mental health services but is in no provider collaborative");
      });
    }

    @Test
    void structure_acute_mental_health_in_collaborative_ignores_a_trust_dissolved_by_the_date() {
      List<ProviderCollaborative> collaboratives = List.of(compliant().providerCollaboratives().get(0));
      List<Organisation> organisations = new java.util.ArrayList<>(compliant().organisations());
      organisations.set(8, organisations.get(8)
          .withDissolvedOn(LocalDate.of(2025, 4, 1)));
      assertThat(run(rule, compliant().withProviderCollaboratives(collaboratives).withOrganisations(organisations)))
          .isEmpty();
    }

    @Test
    void structure_acute_mental_health_in_collaborative_ignores_community_trusts_and_applies_from_july_2022() {
      Organisation community = Organisation.builder().id(id("ambulance")).name("Northshire Ambulance Service")
          .kind(OrganisationKind.NHS_TRUST).addService(ProviderService.AMBULANCE).build();
      assertThat(run(rule, withOrganisation(community))).isEmpty();
      assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
    }
  }

}
