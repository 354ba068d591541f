package io.github.icsmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.england.EnglandRules;
import io.github.icsmodel.validation.builtin.BuiltInRules;
import io.github.icsmodel.validation.fixtures.Checks;
import io.github.icsmodel.validation.fixtures.CompliantSystem;
import io.github.icsmodel.validation.icp.IcpRules;
import io.github.icsmodel.validation.plans.PlanRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule families as a whole: their catalogue, severities and the compliant fixture. */
class RuleFamiliesTest {

  /** The system rules of the registry ({@code RuleSet.all()}), every family. */
  static List<Rule> systemRules() {
    return RuleSet.all().rules().stream().filter(rule -> rule.scope() == Scope.SYSTEM).toList();
  }

  /** Every built-in rule, {@code england.coverage} given one district. */
  static List<Rule> allRules() {
    return RuleSet.all(AreaFacts.of(java.util.Map.of(), Set.of(GssCode.of("E06000901")))).rules();
  }

  static Stream<Rule> systemRuleStream() {
    return systemRules().stream();
  }

  @Test
  void ids_are_unique_and_there_are_at_least_eighteen_rules() {
    Set<RuleId> ids = new HashSet<>();
    for (Rule rule : allRules()) {
      assertThat(ids.add(rule.id())).as("repeated id %s", rule.id()).isTrue();
    }
    assertThat(ids).hasSizeGreaterThanOrEqualTo(18).hasSize(RuleSet.all().size() + 1);
  }

  @Test
  void no_id_is_listed_twice_across_the_families() {
    // RuleSet keeps "the same rule met twice" once, so a rule listed in two families would pass unseen there.
    Set<RuleId> ids = new HashSet<>();
    for (List<Rule> family : BuiltInRules.families(AreaFacts.none())) {
      for (Rule rule : family) {
        assertThat(ids.add(rule.id())).as("%s is listed twice", rule.id()).isTrue();
      }
    }
    assertThat(ids).hasSize(RuleSet.all().size());
  }

  @Test
  void statutory_rules_are_errors_policy_rules_warnings_and_nothing_else_is_blocking_without_a_reason() {
    for (Rule rule : allRules()) {
      Basis basis = rule.basis();
      if (rule.severity() == Severity.WARNING && basis.isStatutory()) {
        // A warning on law says only that the configuration does not show a duty met (RuleKind.LAW_NOT_SHOWN): a
        // fact not recorded (the "-unrecorded" rules), or, for plan.annual-report-published, a publication the Act
        // sets no date for (law review of 7 December 2026, item B-63: shown unmet, never breached).
        assertThat(rule.kind()).as("%s is a warning on a statutory basis", rule.id())
            .isEqualTo(RuleKind.LAW_NOT_SHOWN);
      }
      if (basis.isStatutory()) {
        assertThat(rule.severity()).as(rule.id().toString()).isIn(Severity.ERROR, Severity.WARNING,
            Severity.INFORMATION);
      }
      assertThat(rule.summary()).isNotBlank();
      assertThat(rule.remedy()).isNotBlank();
    }
  }

  @Test
  void only_the_england_and_cluster_rules_have_national_scope() {
    assertThat(allRules()).filteredOn(rule -> rule.scope() == Scope.NATIONAL)
        .extracting(rule -> rule.id().namespace()).containsOnly("england", "cluster");
    assertThat(EnglandRules.rules(Set.of())).allSatisfy(rule -> assertThat(rule.scope()).isEqualTo(Scope.NATIONAL));
    assertThat(EnglandRules.rules(Set.of())).allSatisfy(rule -> assertThat(rule.scope()).isEqualTo(Scope.NATIONAL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("systemRuleStream")
  void the_compliant_system_passes(Rule rule) {
    assertThat(rule.appliesOn(CompliantSystem.AS_OF)).isTrue();
    assertThat(Checks.run(rule, CompliantSystem.build())).isEmpty();
  }

  @Test
  void the_compliant_system_passes_with_a_district_to_county_lookup_too() {
    java.util.Map<GssCode, GssCode> lookup = java.util.Map.of(
        CompliantSystem.NORTHBY_GSS, CompliantSystem.COUNTY_GSS,
        CompliantSystem.SOUTHDALE_GSS, CompliantSystem.COUNTY_GSS);
    List<Rule> rules = new ArrayList<>(IcpRules.rules(lookup));
    rules.addAll(PlanRules.rules(lookup));
    assertThat(rules).allSatisfy(rule -> assertThat(Checks.run(rule, CompliantSystem.build())).isEmpty());
    assertThat(rules).extracting(Rule::id)
        .containsExactlyElementsOf(
            java.util.stream.Stream.concat(IcpRules.rules().stream(), PlanRules.rules().stream())
                .map(Rule::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("systemRuleStream")
  void findings_inside_a_national_document_start_at_the_system_base(Rule rule) {
    RuleContext context = RuleContext.forSystem(
        rule, Checks.compliant().withFootprint(List.of()).withIcp(java.util.Optional.empty())
            .withDutyAssurances(List.of()).withObjectives(List.of()).withJointForwardPlans(List.of())
            .withAnnualReports(List.of()).withCapitalResourceUsePlans(List.of()),
        LocalDate.of(2026, 6, 30), JsonPointer.of("/systems/3"));
    rule.check(context);
    assertThat(context.findings())
        .allSatisfy(finding -> assertThat(finding.path().startsWith(JsonPointer.of("/systems/3"))).isTrue());
  }
}
