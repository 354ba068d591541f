package io.github.icsmodel.validation;

import static io.github.icsmodel.validation.TestRules.AS_OF;
import static io.github.icsmodel.validation.TestRules.reporting;
import static io.github.icsmodel.validation.TestRules.system;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverTest {
  private static final RuleId POLICY = RuleId.of("local.policy");
  private static final RuleId LAW = RuleId.of("local.law");

  private final Validator validator = Validator.of(RuleSet.of(
      reporting("local.policy", Severity.WARNING, "/icb/board/members/2", "/icb/committees/0"),
      reporting("local.law", Severity.ERROR, "/icb/board/members/2"),
      reporting("local.advice", Severity.INFORMATION, "/icb")));

  static Waiver waiver(String rule, String path) {
    return waiver(rule, path, AS_OF);
  }

  static Waiver waiver(String rule, String path, LocalDate expiresOn) {
    return Waiver.builder().rule(RuleId.of(rule)).path(JsonPointer.of(path))
        .justification("Agreed locally for the transition year").approvedBy("ICB board, 12 March 2026")
        .expiresOn(expiresOn).build();
  }

  static IntegratedCareSystem withWaivers(Waiver... waivers) {
    return system("north").withWaivers(waivers);
  }

  private ValidationReport validate(Waiver... waivers) {
    return validator.validate(withWaivers(waivers), AS_OF);
  }

  @Test
  void a_waiver_covers_a_finding_at_its_path() {
    Waiver waiver = waiver("local.policy", "/icb/board/members/2");

    ValidationReport report = validate(waiver);

    assertThat(report.forRule(POLICY)).extracting(f -> f.path() + " " + f.isWaived())
        .containsExactly("/icb/board/members/2 true", "/icb/committees/0 false");
    assertThat(report.forRule(POLICY).get(0).waivedBy()).contains(waiver);
    assertThat(report.waivedCount()).isEqualTo(1);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.forRule(RuleId.of("waiver.unused"))).isEmpty();
  }

  @Test
  void a_waiver_covers_findings_inside_its_path() {
    ValidationReport report = validate(waiver("local.policy", "/icb"));

    assertThat(report.forRule(POLICY)).allMatch(Finding::isWaived).hasSize(2);
  }

  @Test
  void a_waiver_of_the_whole_system_covers_every_finding_of_its_rule() {
    ValidationReport report = validate(waiver("local.advice", ""));

    assertThat(report.forRule(RuleId.of("local.advice"))).singleElement().matches(Finding::isWaived);
  }

  @Test
  void a_waiver_covers_neither_a_sibling_nor_a_parent_nor_another_rule() {
    ValidationReport report = validate(
        waiver("local.policy", "/icb/board/members/1"),
        waiver("local.policy", "/icb/board/members/2/role"),
        waiver("local.advice", "/icb/board"));

    assertThat(report.waivedCount()).isZero();
    assertThat(report.forRule(RuleId.of("waiver.unused"))).extracting(f -> f.path().toString())
        .containsExactly("/waivers/0", "/waivers/1", "/waivers/2");
    assertThat(report.forRule(RuleId.of("waiver.unused")).get(0).message())
        .contains("local.policy", "/icb/board/members/1", "matches no finding");
  }

  @Test
  void a_waiver_of_a_statutory_rule_is_refused() {
    ValidationReport report = validate(waiver("local.law", "/icb/board/members/2"));

    assertThat(report.forRule(LAW)).singleElement().matches(f -> !f.isWaived() && f.isBlocking());
    Finding refusal = report.forRule(RuleId.of("waiver.statutory-refused")).get(0);
    assertThat(refusal.severity()).isEqualTo(Severity.ERROR);
    assertThat(refusal.path()).isEqualTo(JsonPointer.of("/waivers/0"));
    assertThat(refusal.basis()).isEqualTo(TestRules.LAW);
    assertThat(refusal.message()).contains("local.law", "the law cannot be waived locally",
        TestRules.LAW.citation());
    assertThat(report.forRule(RuleId.of("waiver.unused"))).isEmpty();
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void a_waiver_of_a_built_in_statutory_rule_is_refused_even_when_the_rule_is_not_run() {
    ValidationReport report = validate(waiver("board.chair-count", "/icb/board"));

    assertThat(report.forRule(RuleId.of("waiver.statutory-refused"))).singleElement()
        .satisfies(f -> assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 3(1)(a)"));
  }

  @Test
  void a_waiver_of_a_built_in_policy_rule_that_is_not_run_is_neither_unknown_nor_unused() {
    ValidationReport report = validate(waiver("board.deputy-chair", "/icb/board"));

    assertThat(report.findings()).noneMatch(f -> f.ruleId().namespace().equals("waiver"));
  }

  @Test
  void a_waiver_of_a_rule_that_does_not_apply_on_the_date_is_not_unused() {
    Rule later = new TestRules.Lambda("local.later", Severity.WARNING, Scope.SYSTEM,
        date -> date.isAfter(AS_OF), context -> context.report(context.base(), "found"));

    ValidationReport report = Validator.of(RuleSet.of(later))
        .validate(withWaivers(waiver("local.later", "")), AS_OF);

    assertThat(report.findings()).isEmpty();
  }

  @Test
  void an_expired_waiver_covers_nothing_and_is_reported() {
    ValidationReport report = validate(waiver("local.policy", "/icb", AS_OF.minusDays(1)));

    assertThat(report.waivedCount()).isZero();
    assertThat(report.forRule(RuleId.of("waiver.expired"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo(JsonPointer.of("/waivers/0"));
      assertThat(f.message()).contains("expired on 2026-03-31");
    });
    assertThat(report.forRule(RuleId.of("waiver.unused"))).isEmpty();
  }

  @Test
  void a_waiver_is_in_force_on_its_expiry_date() {
    ValidationReport report = validate(waiver("local.policy", "/icb", AS_OF));

    assertThat(report.waivedCount()).isEqualTo(2);
    assertThat(report.forRule(RuleId.of("waiver.expired"))).isEmpty();
  }

  @Test
  void a_waiver_of_an_unknown_rule_is_reported() {
    ValidationReport report = validate(waiver("local.nonexistent", "/icb"));

    assertThat(report.forRule(RuleId.of("waiver.unknown-rule"))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo(JsonPointer.of("/waivers/0"));
      assertThat(f.message()).contains("local.nonexistent", "does not exist");
    });
    assertThat(report.waivedCount()).isZero();
  }

  @Test
  void waiver_findings_use_the_engine_rules_severity_and_cannot_themselves_be_waived() {
    ValidationReport report = validate(
        waiver("local.nonexistent", "/icb"),
        waiver("waiver.unknown-rule", "/waivers/0"));

    assertThat(report.forRule(RuleId.of("waiver.unknown-rule"))).singleElement().matches(f -> !f.isWaived());
  }

  @Test
  void a_waiver_of_a_waiver_rule_of_error_severity_is_refused() {
    ValidationReport report = validate(waiver("waiver.statutory-refused", ""));

    assertThat(report.forRule(RuleId.of("waiver.statutory-refused"))).singleElement()
        .satisfies(f -> assertThat(f.path()).isEqualTo(JsonPointer.of("/waivers/0")));
  }

  @Test
  void fatal_findings_are_never_waived() {
    Rule broken = new TestRules.Lambda("local.broken", Severity.WARNING, Scope.SYSTEM, date -> true,
        context -> {
          throw new IllegalStateException("bug");
        });

    ValidationReport report = Validator.of(RuleSet.of(broken))
        .validate(withWaivers(waiver("local.broken", "")), AS_OF);

    assertThat(report.bySeverity(Severity.FATAL)).singleElement().matches(Finding::isBlocking);
    assertThat(report.forRule(RuleId.of("waiver.unused"))).hasSize(1);
  }

  @Test
  void when_several_waivers_cover_a_finding_the_first_is_recorded() {
    Waiver outer = waiver("local.policy", "/icb");
    Waiver inner = waiver("local.policy", "/icb/board/members/2");

    ValidationReport report = validate(inner, outer);
    ValidationReport reversed = validate(outer, inner);

    assertThat(report.forRule(POLICY).get(0).waivedBy()).contains(inner);
    assertThat(reversed.forRule(POLICY).get(0).waivedBy()).contains(outer);
    assertThat(reversed.forRule(RuleId.of("waiver.unused"))).extracting(f -> f.path().toString())
        .containsExactly("/waivers/1");
  }

  @Test
  void in_a_national_configuration_a_waiver_is_relative_to_its_own_system() {
    Waiver waiver = waiver("local.policy", "/icb/board");
    NationalConfiguration national = NationalConfiguration.builder()
        .addSystems(system("north"), system("south").withWaivers(waiver))
        .build();

    ValidationReport report = validator.validate(national, AS_OF);

    assertThat(report.forRule(POLICY)).extracting(f -> f.path() + " " + f.isWaived()).containsExactly(
        "/systems/0/icb/board/members/2 false",
        "/systems/0/icb/committees/0 false",
        "/systems/1/icb/board/members/2 true",
        "/systems/1/icb/committees/0 false");
  }

  @Test
  void in_a_national_configuration_waiver_findings_are_at_the_system_waivers_path() {
    NationalConfiguration national = NationalConfiguration.builder()
        .addSystems(system("north"), system("south")
            .withWaivers(waiver("local.law", ""), waiver("local.policy", "/nowhere")))
        .build();

    ValidationReport report = validator.validate(national, AS_OF);

    assertThat(report.forRule(RuleId.of("waiver.statutory-refused"))).extracting(f -> f.path().toString())
        .containsExactly("/systems/1/waivers/0");
    assertThat(report.forRule(RuleId.of("waiver.unused"))).extracting(f -> f.path().toString())
        .containsExactly("/systems/1/waivers/1");
  }

  @Test
  void a_system_waiver_covers_national_findings_inside_its_system() {
    Rule national = new TestRules.Lambda("local.national", Severity.WARNING, Scope.NATIONAL, date -> true,
        context -> {
          context.report(JsonPointer.of("/systems/0/footprint/0"), "overlap");
          context.report(JsonPointer.of("/systems/1/footprint/0"), "overlap");
        });
    NationalConfiguration configuration = NationalConfiguration.builder()
        .addSystems(withWaivers(waiver("local.national", "/footprint")), system("south"))
        .build();

    List<Finding> findings = Validator.of(RuleSet.of(national)).validate(configuration, AS_OF).findings();

    assertThat(findings).extracting(f -> f.path() + " " + f.isWaived())
        .containsExactly("/systems/0/footprint/0 true", "/systems/1/footprint/0 false");
  }
}
