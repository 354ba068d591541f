package io.github.icsmodel.validation;

import static io.github.icsmodel.validation.TestRules.AS_OF;
import static io.github.icsmodel.validation.TestRules.reporting;
import static io.github.icsmodel.validation.TestRules.system;
import static io.github.icsmodel.validation.TestRules.throwing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private final IntegratedCareSystem north = system("north");

  @Test
  void runs_every_rule_and_collects_its_findings() {
    Validator validator = Validator.of(RuleSet.of(
        reporting("local.one", Severity.WARNING, "/icb/board"),
        reporting("local.two", Severity.ERROR, "/icp", "/footprint/0")));

    ValidationReport report = validator.validate(north, AS_OF);

    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.findings()).extracting(f -> f.ruleId() + " " + f.path() + " " + f.severity())
        .containsExactly("local.two /footprint/0 ERROR", "local.two /icp ERROR", "local.one /icb/board WARNING");
    assertThat(report.findings().get(0).basis()).isEqualTo(TestRules.LAW);
    assertThat(validator.rules()).isEqualTo(RuleSet.of(validator.rules().rules()));
  }

  @Test
  void the_report_records_the_kinds_of_rule_that_ran_so_a_filtered_run_is_never_read_as_valid() {
    ValidationReport all = Validator.of(RuleSet.all()).validate(north, AS_OF);
    ValidationReport policy = Validator.of(RuleSet.policy()).validate(north, AS_OF);
    ValidationReport statutory = Validator.of(RuleSet.statutory().plus(RuleSet.integrity())).validate(north, AS_OF);

    assertThat(all.ruleKinds()).containsExactlyInAnyOrder(RuleKind.values());
    assertThat(all.omits(RuleKind.LAW)).isFalse();
    assertThat(policy.ruleKinds()).containsExactlyInAnyOrder(RuleKind.LAW_NOT_SHOWN, RuleKind.POLICY,
        RuleKind.LAW_ADVICE, RuleKind.ADVICE);
    assertThat(policy.omits(RuleKind.LAW)).isTrue();
    assertThat(statutory.ruleKinds()).containsExactlyInAnyOrder(RuleKind.LAW, RuleKind.INTEGRITY);
    assertThat(statutory.omits(RuleKind.POLICY)).isTrue();
    assertThat(policy.filter(f -> false).ruleKinds()).as("kept by filter").isEqualTo(policy.ruleKinds());
    assertThat(ValidationReport.of(AS_OF, List.of()).omits(RuleKind.LAW)).as("not known is not left out").isFalse();
  }

  @Test
  void skips_rules_that_do_not_apply_on_the_date() {
    LocalDate commencement = LocalDate.of(2022, 7, 1);
    Rule inForceLater = new TestRules.Lambda("local.later", Severity.ERROR, Scope.SYSTEM,
        date -> !date.isBefore(commencement), context -> context.report(context.base(), "found"));
    Validator validator = Validator.of(RuleSet.of(inForceLater));

    assertThat(validator.validate(north, commencement.minusDays(1)).findings()).isEmpty();
    assertThat(validator.validate(north, commencement).findings()).hasSize(1);
  }

  @Test
  void never_runs_a_rule_before_its_start_date_whatever_applies_on_says() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    Rule later = new TestRules.Lambda("local.later", Severity.ERROR, Scope.SYSTEM, date -> true,
        context -> context.report(context.base(), "found")) {
      @Override
      public Optional<StartDate> startDate() {
        return Optional.of(StartDate.of(start, "a test"));
      }
    };
    Validator validator = Validator.of(RuleSet.of(later));

    assertThat(validator.validate(north, start.minusDays(1)).findings()).isEmpty();
    assertThat(validator.validate(north, start).findings()).hasSize(1);
  }

  @Test
  void a_rule_by_default_applies_from_the_start_date_of_its_basis() {
    Rule rule = new AbstractRule("local.sch1b", Severity.ERROR, TestRules.LAW, "s", "", null) {
      @Override
      public void check(RuleContext context) {}
    };

    assertThat(rule.startDate()).map(StartDate::date).contains(LocalDate.of(2022, 7, 1));
    assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
    assertThat(rule.appliesOn(LocalDate.of(2022, 7, 1))).isTrue();
  }

  @Test
  void a_system_whose_icb_does_not_exist_is_checked_only_by_rules_that_do_not_need_it() {
    Rule document = new TestRules.Lambda("local.document", Severity.ERROR, Scope.SYSTEM, date -> true,
        context -> context.report(context.base(), "document")) {
      @Override
      public boolean requiresExistingIcb() {
        return false;
      }
    };
    Validator validator = Validator.of(RuleSet.of(document, reporting("local.duty", Severity.ERROR, "/icb")));
    IntegratedCareSystem dissolved = north
        .withIcb(north.icb().withDissolvedOn(LocalDate.of(2026, 4, 1)));

    assertThat(validator.validate(dissolved, LocalDate.of(2026, 3, 31)).findings()).extracting(f -> f.ruleId().toString())
        .containsExactlyInAnyOrder("local.document", "local.duty");
    assertThat(validator.validate(dissolved, LocalDate.of(2026, 4, 1)).findings()).extracting(f -> f.ruleId().toString())
        .containsExactly("local.document");
  }

  @Test
  void a_rule_that_throws_becomes_a_fatal_finding_and_validation_goes_on() {
    Validator validator = Validator.of(RuleSet.of(
        throwing("local.broken", new IllegalStateException("no such member")),
        reporting("local.working", Severity.WARNING, "/icb")));

    ValidationReport report = validator.validate(north, AS_OF);

    Finding fatal = report.bySeverity(Severity.FATAL).get(0);
    assertThat(fatal.ruleId()).isEqualTo(RuleId.of("local.broken"));
    assertThat(fatal.path()).isEqualTo(JsonPointer.root());
    assertThat(fatal.message()).contains("local.broken failed", "IllegalStateException: no such member");
    assertThat(fatal.isBlocking()).isTrue();
    assertThat(report.forRule(RuleId.of("local.broken"))).extracting(Finding::message)
        .contains("reported before failing");
    assertThat(report.forRule(RuleId.of("local.working"))).hasSize(1);
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void a_fatal_finding_names_the_exception_even_without_a_message() {
    ValidationReport report = Validator.of(RuleSet.of(throwing("local.broken", new NullPointerException())))
        .validate(north, AS_OF);

    assertThat(report.bySeverity(Severity.FATAL)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(java.lang.NullPointerException)"));
  }

  @Test
  void a_rule_that_throws_deciding_whether_it_applies_becomes_a_fatal_finding() {
    Rule broken = new TestRules.Lambda("local.undecided", Severity.WARNING, Scope.SYSTEM,
        date -> {
          throw new IllegalArgumentException("bad date");
        },
        context -> context.report(context.base(), "never"));

    ValidationReport report = Validator.of(RuleSet.of(broken)).validate(north, AS_OF);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FATAL);
      assertThat(f.message()).contains("deciding whether it applies on 2026-04-01", "bad date");
    });
  }

  @Test
  void a_national_configuration_runs_system_rules_for_each_system_under_its_path() {
    NationalConfiguration national = NationalConfiguration.builder()
        .addSystems(north, system("south"), system("east")).build();
    Validator validator = Validator.of(RuleSet.of(reporting("local.one", Severity.WARNING, "/icb/board")));

    ValidationReport report = validator.validate(national, AS_OF);

    assertThat(report.findings()).extracting(f -> f.path().toString())
        .containsExactly("/systems/0/icb/board", "/systems/1/icb/board", "/systems/2/icb/board");
  }

  @Test
  void national_rules_run_once_for_a_national_configuration_and_never_for_one_system() {
    AtomicInteger runs = new AtomicInteger();
    Rule national = new TestRules.Lambda("local.national", Severity.ERROR, Scope.NATIONAL, date -> true,
        context -> {
          runs.incrementAndGet();
          context.report(context.base().property("systems"),
              context.national().systems().size() + " systems");
        });
    Validator validator = Validator.of(RuleSet.of(national));

    assertThat(validator.validate(north, AS_OF).findings()).isEmpty();
    assertThat(runs).hasValue(0);

    ValidationReport report = validator.validate(
        NationalConfiguration.builder().addSystems(north, system("south")).build(), AS_OF);

    assertThat(runs).hasValue(1);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(JsonPointer.of("/systems"));
      assertThat(f.message()).isEqualTo("2 systems");
    });
  }

  @Test
  void a_national_rule_that_throws_is_reported_at_the_root() {
    Rule national = new TestRules.Lambda("local.national", Severity.ERROR, Scope.NATIONAL, date -> true,
        context -> context.system());

    ValidationReport report = Validator.of(RuleSet.of(national))
        .validate(NationalConfiguration.builder().addSystems(north).build(), AS_OF);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.FATAL);
      assertThat(f.path()).isEqualTo(JsonPointer.root());
      assertThat(f.message()).contains("national scope");
    });
  }

  @Test
  void a_national_configuration_with_no_systems_is_valid() {
    ValidationReport report = Validator.of(RuleSet.all()).validate(NationalConfiguration.builder().build(), AS_OF);

    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void the_waiver_namespace_is_reserved() {
    assertThatThrownBy(() -> Validator.of(RuleSet.of(reporting("waiver.mine", Severity.WARNING))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void the_validator_lists_its_waiver_rules() {
    List<Rule> rules = Validator.waiverRules();

    assertThat(rules).extracting(rule -> rule.id().toString()).containsExactly(
        "waiver.expired", "waiver.statutory-refused", "waiver.unknown-rule", "waiver.unused");
    assertThat(rules).extracting(Rule::severity).containsExactly(
        Severity.WARNING, Severity.ERROR, Severity.WARNING, Severity.INFORMATION);
    for (Rule rule : rules) {
      assertThat(rule.summary()).isNotBlank();
      assertThat(rule.remedy()).isNotBlank();
      RuleContext context = RuleContext.forSystem(rule, north, AS_OF, JsonPointer.root());
      rule.check(context);
      assertThat(context.findings()).as("%s reports nothing by itself", rule.id()).isEmpty();
    }
  }

  @Test
  void a_validator_is_reusable_and_has_a_string_form() {
    Validator validator = Validator.of(RuleSet.of(reporting("local.one", Severity.WARNING, "/icb")));

    assertThat(validator.validate(north, AS_OF)).isEqualTo(validator.validate(north, AS_OF));
    assertThat(validator).hasToString("Validator[RuleSet[1 rule: local.one]]");
  }
}
