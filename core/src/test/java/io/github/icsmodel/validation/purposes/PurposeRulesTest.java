package io.github.icsmodel.validation.purposes;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.Checks.run;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PurposeRulesTest {
  /** Index of the inequalities objective in the fixture. */
  private static final int INEQUALITIES = 1;

  private static IntegratedCareSystem changeInequalitiesMeasure(UnaryOperator<Measure> change) {
    List<Objective> objectives = new ArrayList<>(compliant().objectives());
    Objective objective = objectives.get(INEQUALITIES);
    objectives.set(INEQUALITIES,
        objective.withMeasures(change.apply(objective.measures().get(0))));
    return compliant().withObjectives(objectives);
  }

  @Nested
  class EachPurposeHasObjective {
    private final EachPurposeHasObjectiveRule rule = new EachPurposeHasObjectiveRule();

    @Test
    void purpose_each_purpose_has_objective_passes_when_all_four_are_served() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void purpose_each_purpose_has_objective_fails_once_per_unserved_purpose() {
      List<Objective> objectives = new ArrayList<>(compliant().objectives());
      objectives.remove(3);
      objectives.remove(2);
      List<Finding> findings = run(rule, compliant().withObjectives(objectives));
      assertThat(findings).hasSize(2).allSatisfy(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("purpose.each-purpose-has-objective");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/objectives"));
        assertThat(f.basis()).isEqualTo(NhsEnglandPolicy.ANNUAL_ASSESSMENT_2023_24);
      });
      assertThat(findings.get(0).message()).contains("\"enhance productivity and value for money\"")
          .contains("enhance-productivity-and-value-for-money");
      assertThat(findings.get(1).message())
          .contains("\"help the NHS support broader social and economic development\"");
    }
  }

  @Nested
  class InequalitiesMeasurable {
    private final InequalitiesMeasurableRule rule = new InequalitiesMeasurableRule();

    @Test
    void purpose_inequalities_measurable_passes_with_a_baseline_a_target_and_a_defined_indicator() {
      assertThat(run(rule, compliant())).isEmpty();
    }

    @Test
    void purpose_inequalities_measurable_fails_without_a_target() {
      List<Finding> findings = run(rule, changeInequalitiesMeasure(m -> m.withTarget(Optional.empty())));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.ruleId().toString()).isEqualTo("purpose.inequalities-measurable");
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.path()).isEqualTo(at("/objectives"));
        assertThat(f.message()).contains("close-hypertension-gap").contains("baseline and a target");
      });
    }

    @Test
    void purpose_inequalities_measurable_fails_when_the_indicator_does_not_resolve() {
      List<Finding> findings = run(rule, changeInequalitiesMeasure(m -> m.withIndicator(id("hypertension-q1"))));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.path()).isEqualTo(at("/objectives/1/measures/0/indicator"));
        assertThat(f.subject()).contains(id("close-hypertension-gap"));
        assertThat(f.message()).contains("hypertension-q1").contains("not defined");
      });
    }

    @Test
    void purpose_inequalities_measurable_passes_when_any_inequalities_objective_is_measurable() {
      List<Objective> objectives = new ArrayList<>(compliant().objectives());
      objectives.add(0, Objective.builder().id(id("core20-engagement")).title("Engage Core20 communities")
          .addPurpose(io.github.icsmodel.purpose.CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)
          .addMeasure(Measure.builder().indicator(id("not-yet-defined")).build())
          .build());
      assertThat(run(rule, compliant().withObjectives(objectives))).isEmpty();
    }

    @Test
    void purpose_inequalities_measurable_is_silent_when_no_objective_serves_the_purpose() {
      List<Objective> objectives = new ArrayList<>(compliant().objectives());
      objectives.remove(INEQUALITIES);
      assertThat(run(rule, compliant().withObjectives(objectives))).isEmpty();
    }
  }
}
