package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.Validator;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EnglandReferenceRulesTest {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final EnglandReference REFERENCE = EnglandReference.load();

  /** A system for a real ICB whose footprint is its official districts in the April 2024 geography. */
  static IntegratedCareSystem system(String ods) {
    return system(ods, Geography.APRIL_2024);
  }

  /** A system for an ICB of April 2026 whose footprint is its official districts in the April 2026 geography. */
  static IntegratedCareSystem system2026(String ods) {
    return system(ods, Geography.APRIL_2026);
  }

  /** A system for a real ICB whose footprint is its official districts in the given geography. */
  static IntegratedCareSystem system(String ods, Geography geography) {
    ReferenceIcb icb = REFERENCE.getIcb(OdsCode.of(ods));
    var builder = IntegratedCareSystem.builder().id(LocalId.of("system")).name("System")
        .icb(IntegratedCareBoard.builder().id(LocalId.of("icb")).name(icb.name()).odsCode(icb.odsCode())
            .gssCode(icb.onsCode(geography)).build());
    for (DistrictShare share : REFERENCE.footprint(icb, geography).districts()) {
      LocalId id = LocalId.of(share.district().code().toString());
      builder.addOrganisations(Organisation.builder().id(id).name(share.district().name())
          .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(share.district().type())
          .gssCode(share.district().code()).build());
      builder.addFootprint(share.isSplit() ? FootprintArea.part(id, share.percentInIcb()) : FootprintArea.whole(id));
    }
    return builder.build();
  }

  static List<Finding> run(Rule rule, IntegratedCareSystem system) {
    return run(rule, system, AS_OF);
  }

  static List<Finding> run(Rule rule, IntegratedCareSystem system, LocalDate asOf) {
    RuleContext context = RuleContext.forSystem(rule, system, asOf, JsonPointer.root());
    rule.check(context);
    return context.findings();
  }

  @Nested
  class IcbIdentityChecks {
    final Rule rule = new IcbIdentityRule();

    @Test
    void reference_icb_identity_passes_for_the_official_codes_and_name() {
      assertThat(run(rule, system("QYG"))).isEmpty();
      assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void reference_icb_identity_fails_for_another_name() {
      IntegratedCareSystem system = system("QYG");
      system = system.withIcb(system.icb()
          .withName("Cheshire & Merseyside ICB"));
      List<Finding> findings = run(rule, system);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).hasToString("/icb/name");
        assertThat(f.message()).contains("officially named \"NHS Cheshire and Merseyside Integrated Care Board\"");
      });
    }

    @Test
    void reference_icb_identity_fails_for_mismatched_codes_and_unknown_icbs() {
      IntegratedCareSystem system = system("QYG");
      var icb = system.icb();
      assertThat(run(rule, system.withIcb(icb.withGssCode(GssCode.of("E54000010")))))
          .extracting(f -> f.path().toString()).contains("/icb/gssCode");
      assertThat(run(rule, system.withIcb(icb.withOdsCode(OdsCode.of("QZZ")).withGssCode(java.util.Optional.empty()))))
          .singleElement().satisfies(f -> assertThat(f.message()).contains("not the code of any ICB"));
      assertThat(run(rule, system.withIcb(icb.withOdsCode(OdsCode.of("QZZ")).withGssCode(java.util.Optional.empty())
              .withPredecessors(OdsCode.of("QYG"))))).isEmpty();
    }
  }

  @Nested
  class IcbIdentityAsOfADate {
    final Rule rule = new IcbIdentityRule();

    List<Finding> runAsOf(IntegratedCareSystem system, LocalDate asOf) {
      return run(rule, system, asOf);
    }

    @Test
    void reference_icb_identity_passes_for_an_abolished_icb_while_it_existed() {
      assertThat(runAsOf(system("QNQ"), LocalDate.of(2026, 3, 31))).isEmpty();
    }

    @Test
    void reference_icb_identity_fails_once_for_an_abolished_icb_naming_its_successors() {
      assertThat(runAsOf(system("QNQ"), LocalDate.of(2026, 4, 1))).singleElement().satisfies(f -> {
        assertThat(f.path()).hasToString("/icb");
        assertThat(f.message()).contains("NHS Frimley Integrated Care Board (QNQ) was abolished at the end of"
                + " 2026-03-31")
            .contains("part of NHS Surrey and Sussex Integrated Care Board (S9B9J")
            .contains("part of NHS Thames Valley Integrated Care Board (S0E4D")
            .contains("part of NHS Hampshire and Isle of Wight Integrated Care Board (QRL");
      });
      assertThat(runAsOf(system("QHG"), LocalDate.of(2026, 12, 2))).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("its area is NHS Central East Integrated Care Board"
              + " (S1Y5D, from 2026-04-01)"));
    }

    @Test
    void an_abolished_icb_validated_with_all_of_englands_rules_gets_that_one_finding_and_no_demands() {
      // The configuration does not record the dissolution; the reference data know it, and tell the validator.
      LocalDate asOf = LocalDate.of(2026, 12, 2);
      IntegratedCareSystem qhg = system("QHG");
      assertThat(rule.requiresExistingIcb()).isFalse();
      assertThat(rule.showsIcbNotExisting(qhg, asOf)).isTrue();
      assertThat(rule.showsIcbNotExisting(qhg, LocalDate.of(2026, 3, 31))).isFalse();

      ValidationReport today = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(qhg, asOf);
      assertThat(today.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).hasToString("reference.icb-identity");
        assertThat(f.message()).contains("was abolished at the end of 2026-03-31")
            .contains("NHS Central East Integrated Care Board (S1Y5D");
      });

      LocalDate before = LocalDate.of(2026, 3, 31);
      ValidationReport then = Validator.of(EnglandReferenceRules.ruleSet(before)).validate(qhg, before);
      assertThat(then.findings()).as("while it existed, the ICB owes its duties").hasSizeGreaterThan(1)
          .noneMatch(f -> f.message().contains("abolished"));
    }

    @Test
    void a_configuration_that_records_its_own_dissolution_gets_the_core_finding_only() {
      LocalDate asOf = LocalDate.of(2026, 12, 2);
      IntegratedCareSystem qhg = system("QHG");
      IntegratedCareSystem recorded = qhg.withIcb(qhg.icb().withDissolvedOn(LocalDate.of(2026, 4, 1)));
      assertThat(runAsOf(recorded, asOf)).isEmpty();
      ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(recorded, asOf);
      assertThat(report.findings()).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).hasToString("icb.dissolved");
        assertThat(f.message()).as("the successors from the reference data, whatever the file records")
            .contains("its area is NHS Central East Integrated Care Board (S1Y5D, from 2026-04-01)")
            .doesNotContain("does not record its successor");
      });
      IntegratedCareSystem wrongSuccessor = recorded.withIcb(recorded.icb().withSuccessor(OdsCode.of("QKS")));
      assertThat(Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(wrongSuccessor, asOf).findings())
          .singleElement().satisfies(f -> assertThat(f.message()).contains("S1Y5D").doesNotContain("QKS"));
    }

    @Test
    void icb_dissolved_names_both_successors_of_an_icb_split_in_two() {
      LocalDate asOf = LocalDate.of(2026, 12, 2);
      IntegratedCareSystem qnq = system("QNQ");
      IntegratedCareSystem recorded = qnq.withIcb(qnq.icb().withDissolvedOn(LocalDate.of(2026, 4, 1)));
      assertThat(Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(recorded, asOf).findings())
          .singleElement().satisfies(f -> assertThat(f.message())
              .contains("part of NHS Surrey and Sussex Integrated Care Board (S9B9J")
              .contains("part of NHS Thames Valley Integrated Care Board (S0E4D"));
    }

    @Test
    void reference_icb_identity_fails_for_a_new_icb_before_it_was_established() {
      IntegratedCareSystem essex = system2026("D7T5G");
      assertThat(runAsOf(essex, LocalDate.of(2026, 4, 1))).isEmpty();
      assertThat(runAsOf(essex, LocalDate.of(2026, 3, 31))).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("was established on 2026-04-01"));
    }

    @Test
    void reference_icb_identity_fails_for_the_ons_code_of_another_date() {
      IntegratedCareSystem hiow = system2026("QRL");
      assertThat(runAsOf(hiow, LocalDate.of(2026, 4, 1))).isEmpty();
      assertThat(runAsOf(hiow, LocalDate.of(2026, 3, 31))).singleElement().satisfies(f -> {
        assertThat(f.path()).hasToString("/icb/gssCode");
        assertThat(f.message()).contains("E54000067").contains("as of 2026-03-31 it is E54000042");
      });
    }
  }

  @Nested
  class IcbFootprintAsOfADate {
    final Rule rule = new IcbFootprintRule();

    List<Finding> runAsOf(IntegratedCareSystem system, LocalDate asOf) {
      return run(rule, system, asOf);
    }

    @Test
    void reference_icb_footprint_passes_for_every_icb_of_april_2026_with_its_official_area() {
      assertThat(REFERENCE.icbs(LocalDate.of(2026, 4, 1)))
          .allSatisfy(icb -> assertThat(runAsOf(system2026(icb.odsCode().toString()), LocalDate.of(2026, 4, 1)))
              .as("%s", icb).isEmpty());
    }

    @Test
    void reference_icb_footprint_fails_for_the_area_of_another_date_and_says_what_is_derived() {
      // Hampshire and Isle of Wight's April 2024 area lacks Rushmoor and most of Hart, which it gained from Frimley.
      assertThat(runAsOf(system("QRL"), LocalDate.of(2026, 3, 31))).isEmpty();
      assertThat(runAsOf(system("QRL"), LocalDate.of(2026, 4, 1)))
          .extracting(Finding::message).singleElement()
          .satisfies(message -> assertThat(message).contains("(APRIL_2026 geography)")
              .contains("Rushmoor (E07000092; derived by county"));
    }

    @Test
    void reference_icb_footprint_is_silent_for_an_abolished_icb() {
      assertThat(runAsOf(system("QNQ"), LocalDate.of(2026, 4, 1))).isEmpty();
    }
  }

  @Nested
  class IcbFootprintChecks {
    final Rule rule = new IcbFootprintRule();

    @Test
    void reference_icb_footprint_passes_for_the_official_area_including_split_districts() {
      assertThat(run(rule, system("QYG"))).isEmpty();
      IntegratedCareSystem northYorkshire = system("QOQ");
      assertThat(northYorkshire.footprint()).anyMatch(area -> !area.isWhole());
      assertThat(run(rule, northYorkshire)).isEmpty();
    }

    @Test
    void reference_icb_footprint_fails_for_a_missing_or_extra_district() {
      IntegratedCareSystem system = system("QYG");
      List<Finding> missing = run(rule, system.withFootprint(system.footprint().subList(1, system.footprint().size())));
      assertThat(missing).singleElement().satisfies(f -> {
        assertThat(f.path()).hasToString("/footprint");
        assertThat(f.message()).contains("leaves out part of the official area").contains("Halton");
      });
      LocalId extra = LocalId.of("leeds");
      List<Finding> extraFindings = run(rule, system
          .withOrganisations(com.google.common.collect.ImmutableList.<Organisation>builder()
              .addAll(system.organisations())
              .add(Organisation.builder().id(extra).name("Leeds").kind(OrganisationKind.LOCAL_AUTHORITY)
                  .localAuthorityType(io.github.icsmodel.organisation.LocalAuthorityType.METROPOLITAN_DISTRICT)
                  .gssCode(GssCode.of("E08000035")).build()).build())
          .withFootprint(com.google.common.collect.ImmutableList.<FootprintArea>builder()
              .addAll(system.footprint()).add(FootprintArea.whole(extra)).build()));
      assertThat(extraFindings).singleElement().satisfies(f ->
          assertThat(f.message()).contains("E08000035 is not in the official area"));
    }

    @Test
    void reference_icb_footprint_reports_a_split_district_given_whole() {
      IntegratedCareSystem northYorkshire = system("QOQ");
      List<FootprintArea> whole = northYorkshire.footprint().stream()
          .map(area -> FootprintArea.whole(area.localAuthority())).toList();
      assertThat(run(rule, northYorkshire.withFootprint(whole)))
          .isNotEmpty().allSatisfy(f -> assertThat(f.message()).contains("is split between ICBs"));
    }

    @Test
    void a_county_stands_for_its_districts() {
      ReferenceIcb norfolk = REFERENCE.getIcb(OdsCode.of("QMM"));
      IcbFootprint footprint = REFERENCE.footprint(norfolk, Geography.APRIL_2024);
      IntegratedCareSystem system = system("QMM");
      UpperTierShare county = footprint.upperTierAuthorities().stream()
          .filter(u -> u.upperTier().type() == io.github.icsmodel.organisation.LocalAuthorityType.COUNTY_COUNCIL)
          .findFirst().orElseThrow();
      LocalId countyId = LocalId.of("county");
      var organisations = com.google.common.collect.ImmutableList.<Organisation>builder()
          .addAll(system.organisations())
          .add(Organisation.builder().id(countyId).name(county.upperTier().name())
              .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(county.upperTier().type())
              .gssCode(county.upperTier().code()).build()).build();
      List<FootprintArea> onlyCountyAndOthers = new java.util.ArrayList<>();
      onlyCountyAndOthers.add(FootprintArea.whole(countyId));
      for (FootprintArea area : system.footprint()) {
        GssCode code = GssCode.of(area.localAuthority().toString());
        boolean inCounty = footprint.districts().stream()
            .anyMatch(d -> d.district().code().equals(code) && d.upperTier().code().equals(county.upperTier().code()));
        if (!inCounty) {
          onlyCountyAndOthers.add(area);
        }
      }
      assertThat(run(rule, system.withOrganisations(organisations).withFootprint(onlyCountyAndOthers))).isEmpty();
    }
  }

  @Test
  void the_rules_are_found_by_the_service_loader_and_join_the_built_in_rules() {
    assertThat(RuleSet.discovered().find(RuleId.of("reference.icb-identity"))).isPresent();
    RuleSet rules = EnglandReferenceRules.ruleSet(AS_OF);
    assertThat(rules.find(RuleId.of("reference.icb-footprint"))).isPresent();
    assertThat(rules.find(RuleId.of("england.coverage"))).isPresent();
    assertThat(EnglandReferenceRules.ruleSet(LocalDate.of(2022, 1, 1)).find(RuleId.of("england.coverage"))).isEmpty();
  }

  @Test
  void all_the_rules_england_has_combine_with_discovered_rules_without_throwing() {
    RuleSet england = EnglandReferenceRules.ruleSet(LocalDate.of(2026, 12, 2));
    RuleSet combined = england.plus(RuleSet.discovered());
    assertThat(combined.size()).isEqualTo(england.size());
    assertThat(combined.find(RuleId.of("reference.icb-identity"))).containsSame(
        england.find(RuleId.of("reference.icb-identity")).get());
    assertThat(england.size()).isEqualTo(RuleSet.all(REFERENCE.areaFacts(Geography.APRIL_2026)).size() + 2);
    assertThat(RuleSet.discovered().plus(england).size()).isEqualTo(england.size());
    assertThat(EnglandReferenceRules.ruleSet(LocalDate.of(2026, 4, 1))).isSameAs(england);
  }

  @Test
  void area_facts_name_the_county_of_each_district() {
    var facts = REFERENCE.areaFacts(Geography.APRIL_2024);
    assertThat(facts.englandDistricts()).hasSize(296);
    assertThat(facts.districtCounties()).isNotEmpty();
    assertThat(facts.districtCounties().values()).allMatch(code -> code.is(io.github.icsmodel.identifier.GssEntity.COUNTY));
  }
}
