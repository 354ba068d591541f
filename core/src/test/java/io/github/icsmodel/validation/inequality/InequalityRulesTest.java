package io.github.icsmodel.validation.inequality;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InequalityRulesTest {
  /** Index of the inequalities objective in the fixture. */
  private static final int INEQUALITIES = 1;
  /** Index of the hypertension indicator (outcome) in the fixture. */
  private static final int HYPERTENSION = 0;
  /** Index of the learning disability health checks indicator (access) in the fixture. */
  private static final int HEALTH_CHECKS = 1;

  private static IntegratedCareSystem changeInequalitiesObjective(UnaryOperator<Objective> change) {
    List<Objective> objectives = new ArrayList<>(compliant().objectives());
    objectives.set(INEQUALITIES, change.apply(objectives.get(INEQUALITIES)));
    return compliant().withObjectives(objectives);
  }

  private static IntegratedCareSystem changeMeasure(int index, UnaryOperator<Measure> change) {
    return changeInequalitiesObjective(objective -> {
      List<Measure> measures = new ArrayList<>(objective.measures());
      measures.set(index, change.apply(measures.get(index)));
      return objective.withMeasures(measures);
    });
  }

  private static IntegratedCareSystem changeIndicator(int index, UnaryOperator<Indicator> change) {
    List<Indicator> indicators = new ArrayList<>(compliant().indicators());
    indicators.set(index, change.apply(indicators.get(index)));
    return compliant().withIndicators(indicators);
  }

  @Nested
  class BothLimbsIndicators {
    private final BothLimbsIndicatorsRule rule = new BothLimbsIndicatorsRule();

    @Test
    void inequality_both_limbs_indicators_passes_with_an_access_and_an_outcome_indicator() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void inequality_both_limbs_indicators_fails_without_an_access_indicator() {
      List<Finding> findings = run(rule, changeInequalitiesObjective(o -> o.withMeasures(o.measures().get(0))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("inequality.both-limbs-indicators");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.basis()).isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "14Z35"));
        assertThat(f.path()).isEqualTo(at("/objectives"));
        assertThat(f.message()).contains("close-hypertension-gap").contains("access limb, s.14Z35(a)");
      });
    }

    @Test
    void inequality_both_limbs_indicators_fails_without_an_outcome_indicator() {
      List<Finding> findings = run(rule, changeInequalitiesObjective(o -> o.withMeasures(o.measures().get(1))));
      assertThat(findings).singleElement().satisfies(f ->
          assertThat(f.message()).contains("outcomes limb, s.14Z35(b)").doesNotContain("access limb"));
    }

    @Test
    void inequality_both_limbs_indicators_counts_experience_as_an_outcome_under_section_14Z34_3_c() {
      IntegratedCareSystem system = changeIndicator(HYPERTENSION, i -> i.withDomain(IndicatorDomain.EXPERIENCE));
      assertThat(run(rule, system)).isEmpty();
    }

    @Test
    void inequality_both_limbs_indicators_fails_twice_when_no_measure_resolves() {
      IntegratedCareSystem system = changeInequalitiesObjective(
          o -> o.withMeasures(Measure.builder().indicator(id("not-defined")).build()));
      assertThat(run(rule, system)).hasSize(2);
    }

    @Test
    void inequality_both_limbs_indicators_ignores_indicators_of_other_objectives() {
      // The access indicator measured by an objective of another purpose does not count.
      IntegratedCareSystem system = changeInequalitiesObjective(o -> o.withMeasures(o.measures().get(0)));
      List<Objective> objectives = new ArrayList<>(system.objectives());
      objectives.set(0, objectives.get(0)
          .withMeasures(Measure.builder().indicator(id("ld-health-checks")).build()));
      assertThat(run(rule, system.withObjectives(objectives))).hasSize(1);
    }

    @Test
    void inequality_both_limbs_indicators_is_silent_when_no_objective_serves_the_purpose() {
      List<Objective> objectives = new ArrayList<>(compliant().objectives());
      objectives.remove(INEQUALITIES);
      assertThat(run(rule, compliant().withObjectives(objectives))).isEmpty();
    }

    @Test
    void inequality_both_limbs_indicators_applies_from_1_july_2022() {
      assertThat(rule.appliesOn(LocalDate.of(2022, 6, 30))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2022, 7, 1))).isTrue();
    }
  }

  @Nested
  class Breakdowns {
    private final BreakdownsRule rule = new BreakdownsRule();

    @Test
    void inequality_breakdowns_passes_with_deprivation_ethnicity_age_and_sex() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void inequality_breakdowns_fails_once_per_missing_dimension_of_each_indicator() {
      IntegratedCareSystem system = changeIndicator(HEALTH_CHECKS, i -> i.withValues(
          i.values().stream().filter(v -> v.dimension().isEmpty() || v.dimension().get() == BreakdownDimension.SEX)
              .toList()));
      List<Finding> findings = run(rule, system);
      assertThat(findings).hasSize(3).allSatisfy(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("inequality.breakdowns");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.basis()).isEqualTo(NhsEnglandPolicy.INEQUALITIES_INFORMATION_STATEMENT);
        assertThat(f.path()).isEqualTo(at("/indicators/1/values"));
        assertThat(f.subject()).contains(id("ld-health-checks"));
        assertThat(f.message()).contains("at a minimum by deprivation, ethnicity, age, and sex");
      });
      assertThat(findings).extracting(Finding::message).satisfiesExactly(
          m -> assertThat(m).contains("broken down by deprivation (IMD quintile or decile)"),
          m -> assertThat(m).contains("broken down by ethnicity"),
          m -> assertThat(m).contains("broken down by age"));
    }

    @Test
    void inequality_breakdowns_fails_four_times_for_an_indicator_with_no_values() {
      List<Finding> findings = run(rule, changeIndicator(HYPERTENSION, i -> i.withValues()));
      assertThat(findings).hasSize(4).allSatisfy(f -> assertThat(f.path()).isEqualTo(at("/indicators/0/values")));
    }

    @Test
    void inequality_breakdowns_accepts_deprivation_deciles_as_well_as_quintiles() {
      IntegratedCareSystem system = changeIndicator(HYPERTENSION, i -> i.withValues(
          i.values().stream().map(v -> v.dimension().filter(d -> d == BreakdownDimension.DEPRIVATION_QUINTILE)
              .map(d -> IndicatorValue.builder().from(v)
                  .dimension(BreakdownDimension.DEPRIVATION_DECILE).build())
              .orElse(v)).toList()));
      assertThat(system.indicators().get(HYPERTENSION).dimensions())
          .contains(BreakdownDimension.DEPRIVATION_DECILE).doesNotContain(BreakdownDimension.DEPRIVATION_QUINTILE);
      assertThat(run(rule, system)).isEmpty();
    }

    @Test
    void inequality_breakdowns_checks_only_indicators_of_inequalities_objectives() {
      // emergency-admissions (index 2) has no breakdowns but serves the first purpose only.
      assertThat(compliant().indicators().get(2).dimensions()).isEmpty();
      assertThat(run(rule, compliant())).isEmpty();
      List<Objective> objectives = new ArrayList<>(compliant().objectives());
      objectives.set(0, objectives.get(0)
          .withPurposes(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS));
      assertThat(run(rule, compliant().withObjectives(objectives)))
          .hasSize(4).allSatisfy(f -> assertThat(f.subject()).contains(id("emergency-admissions")));
    }

    @Test
    void inequality_breakdowns_applies_from_the_first_statement_of_27_november_2023() {
      assertThat(rule.appliesOn(LocalDate.of(2023, 11, 26))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2023, 11, 27))).isTrue();
    }
  }

  @Nested
  class TargetDatePassed {
    private final TargetDatePassedRule rule = new TargetDatePassedRule();
    private final LocalDate afterTarget = LocalDate.of(2029, 6, 30);

    @Test
    void inequality_target_date_passed_passes_before_the_target_date() {
      assertThat(run(rule, compliant())).isEmpty();
      assertThat(run(rule, compliant(), LocalDate.of(2029, 3, 31))).isEmpty();
    }

    @Test
    void inequality_target_date_passed_fails_when_the_date_has_passed_without_a_measurement() {
      List<Finding> findings = run(rule, compliant(), afterTarget);
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("inequality.target-date-passed");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.basis()).isEqualTo(NhsEnglandPolicy.INEQUALITIES_INFORMATION_STATEMENT);
        assertThat(f.path()).isEqualTo(at("/objectives/1/measures/0/target"));
        assertThat(f.subject()).contains(id("close-hypertension-gap"));
        assertThat(f.message()).contains("target of 77 for hypertension-core20").contains("2029-03-31");
      });
    }

    @Test
    void inequality_target_date_passed_does_not_count_measurements_before_the_target_date() {
      // The fixture's measurement of 31 March 2025 shows progress, not the outturn.
      assertThat(compliant().objectives().get(INEQUALITIES).measures().get(0).measurements()).hasSize(1);
      assertThat(run(rule, compliant(), afterTarget)).hasSize(1);
    }

    @Test
    void inequality_target_date_passed_passes_with_a_measurement_on_the_target_date() {
      IntegratedCareSystem system = changeMeasure(0, m -> m.withMeasurements(
          MeasuredValue.of(new BigDecimal("74.5"), LocalDate.of(2029, 3, 31))));
      assertThat(run(rule, system, afterTarget)).isEmpty();
    }

    @Test
    void inequality_target_date_passed_ignores_objectives_of_other_purposes() {
      // The emergency admissions objective's target of 31 March 2027 has passed with no measurement.
      assertThat(run(rule, compliant(), LocalDate.of(2027, 6, 30))).isEmpty();
    }

    @Test
    void inequality_target_date_passed_applies_from_the_first_statement_of_27_november_2023() {
      assertThat(rule.appliesOn(LocalDate.of(2023, 11, 26))).isFalse();
      assertThat(rule.appliesOn(LocalDate.of(2023, 11, 27))).isTrue();
    }
  }

  @Test
  void the_family_lists_its_rules_in_id_order() {
    assertThat(InequalityRules.rules()).extracting(r -> r.id().toString()).containsExactly(
        "inequality.both-limbs-indicators", "inequality.breakdowns", "inequality.target-date-passed");
  }
}
