package io.github.icsmodel.validation.england;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.runNational;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Scope;
import io.github.icsmodel.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EnglandRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static final GssCode HARBOURTON = GssCode.of("E06000801");
  private static final GssCode MOORSIDE = GssCode.of("E06000802");
  private static final GssCode VALEFORD = GssCode.of("E07000801");
  private static final Set<GssCode> ENGLAND = Set.of(HARBOURTON, MOORSIDE, VALEFORD);

  /** A district as a footprint entry: whole, or the given percentage. */
  private record Area(GssCode gss, String name, BigDecimal share) {}

  private static Area whole(GssCode gss, String name) {
    return new Area(gss, name, null);
  }

  private static Area part(GssCode gss, String name, String share) {
    return new Area(gss, name, new BigDecimal(share));
  }

  private static IntegratedCareSystem system(String id, LocalDate dissolvedOn, Area... areas) {
    var icb = IntegratedCareBoard.builder().id(LocalId.of(id + "-icb")).name("NHS " + id + " ICB");
    if (dissolvedOn != null) {
      icb.dissolvedOn(dissolvedOn);
    }
    var system = IntegratedCareSystem.builder().id(LocalId.of(id)).name(id + " ICS").icb(icb.build());
    for (Area area : areas) {
      LocalId la = LocalId.of(area.name().toLowerCase().replace(' ', '-'));
      system.addOrganisation(Organisation.builder().id(la).name(area.name()).kind(OrganisationKind.LOCAL_AUTHORITY)
          .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).gssCode(area.gss()).build());
      system.addFootprint(area.share() == null ? FootprintArea.whole(la) : FootprintArea.part(la, area.share()));
    }
    return system.build();
  }

  private static NationalConfiguration national(IntegratedCareSystem... systems) {
    return NationalConfiguration.builder().addSystems(systems).build();
  }

  @Nested
  class NoOverlap {
    private final NoOverlapRule rule = new NoOverlapRule();

    @Test
    void england_no_overlap_passes_for_disjoint_areas_and_a_district_split_exactly() {
      NationalConfiguration national = national(
          system("north", null, whole(HARBOURTON, "Harbourton"), part(VALEFORD, "Valeford", "60")),
          system("south", null, whole(MOORSIDE, "Moorside"), part(VALEFORD, "Valeford", "40.05")));
      assertThat(runNational(rule, national, AS_OF)).isEmpty();
      assertThat(rule.scope()).isEqualTo(Scope.NATIONAL);
    }

    @Test
    void england_no_overlap_fails_for_a_district_wholly_in_two_systems() {
      NationalConfiguration national = national(
          system("north", null, whole(HARBOURTON, "Harbourton")),
          system("south", null, whole(MOORSIDE, "Moorside"), whole(HARBOURTON, "Harbourton")));
      List<Finding> findings = runNational(rule, national, AS_OF);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("england.no-overlap");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/systems/1/footprint/1"));
        assertThat(f.message()).contains("Harbourton (E06000801) is in the areas of 2 ICBs")
            .contains("north ICS (whole), south ICS (whole)").contains("s.14Z25(3)");
      });
    }

    @Test
    void england_no_overlap_fails_for_shares_over_100_percent() {
      NationalConfiguration national = national(
          system("north", null, part(VALEFORD, "Valeford", "70")),
          system("south", null, part(VALEFORD, "Valeford", "40")));
      assertThat(runNational(rule, national, AS_OF)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("north ICS (70%), south ICS (40%), 110% in all"));
    }

    @Test
    void england_no_overlap_ignores_systems_that_no_longer_exist() {
      NationalConfiguration national = national(
          system("old", LocalDate.of(2025, 4, 1), whole(HARBOURTON, "Harbourton")),
          system("new", null, whole(HARBOURTON, "Harbourton")));
      assertThat(runNational(rule, national, AS_OF)).isEmpty();
      assertThat(runNational(rule, national, LocalDate.of(2025, 3, 31))).hasSize(1);
    }
  }

  @Nested
  class Coverage {
    private final CoverageRule rule = new CoverageRule(ENGLAND);

    @Test
    void england_coverage_passes_when_every_district_is_covered() {
      NationalConfiguration national = national(
          system("north", null, whole(HARBOURTON, "Harbourton"), part(VALEFORD, "Valeford", "60")),
          system("south", null, whole(MOORSIDE, "Moorside"), part(VALEFORD, "Valeford", "39.95")));
      assertThat(runNational(rule, national, AS_OF)).isEmpty();
    }

    @Test
    void england_coverage_fails_for_a_district_in_no_system() {
      NationalConfiguration national = national(
          system("north", null, whole(HARBOURTON, "Harbourton"), whole(VALEFORD, "Valeford")));
      List<Finding> findings = runNational(rule, national, AS_OF);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("england.coverage");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.path()).isEqualTo(at("/systems"));
        assertThat(f.message()).contains("E06000802 is in no ICB's area").contains("s.14Z25(4)");
      });
    }

    @Test
    void england_coverage_fails_for_a_split_district_whose_shares_fall_short() {
      NationalConfiguration national = national(
          system("north", null, whole(HARBOURTON, "Harbourton"), part(VALEFORD, "Valeford", "60")),
          system("south", null, whole(MOORSIDE, "Moorside"), part(VALEFORD, "Valeford", "39.8")));
      assertThat(runNational(rule, national, AS_OF)).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/systems/1/footprint/1/share"));
        assertThat(f.message()).contains("Valeford (E07000801) is covered only 99.8%");
      });
    }

    @Test
    void england_coverage_counts_only_systems_existing_on_the_date() {
      NationalConfiguration national = national(
          system("north", LocalDate.of(2025, 4, 1), whole(HARBOURTON, "Harbourton")),
          system("south", null, whole(MOORSIDE, "Moorside"), whole(VALEFORD, "Valeford")));
      assertThat(runNational(rule, national, AS_OF)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("E06000801"));
      assertThat(runNational(rule, national, LocalDate.of(2025, 3, 31))).isEmpty();
    }
  }
}
