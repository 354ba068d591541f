package io.github.icsmodel.validation.cooperation;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.EPH;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.ICB;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NCH;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.NUH;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CooperationRulesTest {

  /**
   * The compliant system without its explicit arrangements, so that only the implied ones (ICP, places,
   * collaboratives) remain: the ICP joins the ICB with the county and Eastport; North Northshire Place joins the
   * ICB, NUH, NCH and NEMH with the county and its districts; Eastport Place joins the ICB, EPH and NEMH with
   * Eastport; the collaboratives join NUH with EPH and NEMH with NCH.
   */
  private static IntegratedCareSystem impliedOnly() {
    return compliant().withArrangements(List.of());
  }

  @Nested
  class NhsLocalAuthority {
    private final NhsLocalAuthorityRule rule = new NhsLocalAuthorityRule();

    @Test
    void cooperation_nhs_local_authority_passes_when_every_pair_is_linked() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void cooperation_nhs_local_authority_fails_once_per_nhs_body_naming_the_authorities_it_lacks() {
      List<Finding> findings = run(rule, impliedOnly());
      // NUH, NCH: no link to Eastport; EPH: none to the county or its districts; the ICB and NEMH are linked to all.
      assertThat(findings).extracting(Finding::path)
          .containsExactly(at("/organisations/6"), at("/organisations/7"), at("/organisations/9"));
      assertThat(findings).extracting(f -> f.subject().get()).containsExactly(NUH, EPH, NCH);
      Finding eph = findings.get(1);
      assertThat(eph.ruleId().toString()).isEqualTo("cooperation.nhs-local-authority");
      assertThat(eph.severity()).isEqualTo(Severity.INFORMATION);
      assertThat(eph.message()).startsWith("Eastport Hospitals NHS Trust (RZ2) has no recorded arrangement with"
          + " Northshire County Council (E10000099), Northby District Council (E07000901), Southdale District"
          + " Council (E07000902)").contains("s.82(1)");
      assertThat(findings.get(0).message()).contains("Eastport Council (E06000901)")
          .doesNotContain("Northby");
    }

    @Test
    void cooperation_nhs_local_authority_reports_the_icb_at_icb() {
      IntegratedCareSystem system = impliedOnly().withIcp(java.util.Optional.empty()).withPlaces(List.of());
      assertThat(run(rule, system)).first().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/icb"));
        assertThat(f.subject()).contains(ICB);
      });
    }

    @Test
    void cooperation_nhs_local_authority_ignores_authorities_outside_the_footprint_and_nhs_england() {
      List<Organisation> organisations = new ArrayList<>(compliant().organisations());
      organisations.add(Organisation.builder().id(id("westmoor-ua")).name("Westmoor Council")
          .kind(OrganisationKind.LOCAL_AUTHORITY)
          .localAuthorityType(io.github.icsmodel.organisation.LocalAuthorityType.UNITARY_AUTHORITY).build());
      assertThat(run(rule, compliant().withOrganisations(organisations))).isEmpty();
    }

    @Test
    void cooperation_nhs_local_authority_ignores_an_nhs_body_dissolved_by_the_date() {
      List<Organisation> organisations = new ArrayList<>(impliedOnly().organisations());
      int eph = organisations.indexOf(organisations.stream().filter(o -> o.id().equals(EPH)).findFirst().get());
      organisations.set(eph, organisations.get(eph)
          .withDissolvedOn(io.github.icsmodel.validation.fixtures.CompliantSystem.AS_OF));
      assertThat(run(rule, impliedOnly().withOrganisations(organisations)))
          .extracting(f -> f.subject().get()).containsExactly(NUH, NCH);
      organisations.set(eph, organisations.get(eph)
          .withDissolvedOn(io.github.icsmodel.validation.fixtures.CompliantSystem.AS_OF.plusDays(1)));
      assertThat(run(rule, impliedOnly().withOrganisations(organisations)))
          .extracting(f -> f.subject().get()).containsExactly(NUH, EPH, NCH);
    }

    @Test
    void cooperation_nhs_local_authority_counts_only_arrangements_in_effect() {
      List<CooperationArrangement> arrangements = new ArrayList<>(compliant().arrangements());
      arrangements.set(0, arrangements.get(0)
          .withEffectiveTo(LocalDate.of(2025, 3, 31)));
      assertThat(run(rule, compliant().withArrangements(arrangements)))
          .extracting(f -> f.subject().get()).containsExactly(NUH, EPH, NCH);
    }
  }

  @Nested
  class NhsBodiesConnected {
    private final NhsBodiesConnectedRule rule = new NhsBodiesConnectedRule();

    @Test
    void cooperation_nhs_bodies_connected_passes_when_the_nhs_bodies_form_one_group() {
      assertThat(run(rule, impliedOnly())).isEmpty();
    }

    @Test
    void cooperation_nhs_bodies_connected_fails_naming_the_groups() {
      IntegratedCareSystem system = impliedOnly()
          .withPlaces(List.of())
          .withArrangements(CooperationArrangement.builder().id(id("ae-delivery-board"))
              .kind(ArrangementKind.JOINT_COMMITTEE).addParties(ICB, NUH).build());
      List<Finding> findings = run(rule, system);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("cooperation.nhs-bodies-connected");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/arrangements"));
        assertThat(f.message()).contains("2 separate groups")
            .contains("{NHS Northshire and Eastport Integrated Care Board (E54000099), Northshire University"
                + " Hospitals NHS Foundation Trust (RZ1), Eastport Hospitals NHS Trust (RZ2)}")
            .contains("{Northshire and Eastport Mental Health NHS Foundation Trust (RZ3), Northshire Community"
                + " Health NHS Trust (RZ4)}")
            .doesNotContain("NHS England (")
            .contains("s.72(1)");
      });
    }

    @Test
    void cooperation_nhs_bodies_connected_names_a_few_groups_and_counts_the_rest() {
      List<Organisation> organisations = new ArrayList<>(impliedOnly().organisations());
      for (int i = 0; i < 500; i++) {
        organisations.add(Organisation.builder().id(id("trust-" + i)).name("Trust " + i)
            .kind(OrganisationKind.NHS_TRUST).build());
      }
      List<Finding> findings = run(rule, impliedOnly().withOrganisations(organisations));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.message()).contains("501 separate groups").contains("and 498 more groups")
            .doesNotContain("trust-499");
        assertThat(f.message().length()).isLessThan(1_000);
      });
    }
  }
}
