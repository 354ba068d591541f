package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code purpose.inequalities-measurable}: the core purpose to tackle inequalities has at least one measurable
 * objective: one with a measure whose indicator is defined in the configuration and which has a baseline and a
 * target. The purpose is NHS England's (Interim guidance on the functions and governance of the integrated care
 * board, August 2021):
 *
 * <blockquote>They exist to achieve four aims: […] 2. tackle inequalities in outcomes, experience and access
 * […]</blockquote>
 *
 * <p>INFORMATION: advice, not policy and not law. The guidance names the purpose and says nothing of baselines or
 * targets; that an objective serving it should be measurable
 * is this library's reading of what tackling inequalities takes, in line with NHS England's statement on
 * information on health inequalities, which expects NHS bodies to "use information on health inequalities to take
 * action across commissioning and service delivery, and evaluate impact on reducing health inequalities".
 *
 * <p>Findings: when objectives serve the purpose but none has a measure with both a baseline and a target (at
 * {@code /objectives}, naming them); when the only such measures name indicators that are not in
 * {@code /indicators} (at each measure's {@code indicator}). Silent when no objective serves the purpose
 * ({@code purpose.each-purpose-has-objective} reports that).
 */
final class InequalitiesMeasurableRule extends AbstractRule {

  /** Creates the rule. */
  InequalitiesMeasurableRule() {
    super(
        "purpose.inequalities-measurable",
        Severity.INFORMATION,
        NhsEnglandPolicy.ICB_INTERIM_GUIDANCE,
        "The purpose to tackle inequalities has a measurable objective: a defined indicator with a baseline and a"
            + " target",
        "Give an inequalities objective a measure with an indicator defined in indicators, a baseline and a target.",
        PurposeProvisions.QUOTATION);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Set<LocalId> indicators = new HashSet<>();
    for (Indicator indicator : system.indicators()) {
      indicators.add(indicator.id());
    }
    JsonPointer objectivesPath = context.base().property("objectives");
    List<Objective> objectives = system.objectives();
    List<String> serving = new ArrayList<>();
    List<JsonPointer> unresolved = new ArrayList<>();
    List<LocalId> unresolvedIndicators = new ArrayList<>();
    List<LocalId> unresolvedObjectives = new ArrayList<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective objective = objectives.get(i);
      if (!objective.purposes().contains(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)) {
        continue;
      }
      serving.add(objective.id().toString());
      List<Measure> measures = objective.measures();
      for (int j = 0; j < measures.size(); j++) {
        Measure measure = measures.get(j);
        if (!measure.isMeasurable()) {
          continue;
        }
        if (indicators.contains(measure.indicator())) {
          return;
        }
        unresolved.add(objectivesPath.index(i).property("measures").index(j).property("indicator"));
        unresolvedIndicators.add(measure.indicator());
        unresolvedObjectives.add(objective.id());
      }
    }
    if (serving.isEmpty()) {
      return;
    }
    if (unresolved.isEmpty()) {
      context.report(
          objectivesPath,
          "No objective serving the purpose to tackle inequalities (" + String.join(", ", serving) + ") has a"
              + " measure with both a baseline and a target.");
      return;
    }
    for (int k = 0; k < unresolved.size(); k++) {
      context.report(
          unresolved.get(k),
          unresolvedObjectives.get(k),
          "The measurable inequalities objective " + unresolvedObjectives.get(k) + " uses the indicator "
              + unresolvedIndicators.get(k) + ", which is not defined in indicators, so the objective cannot be"
              + " measured.");
    }
  }
}
