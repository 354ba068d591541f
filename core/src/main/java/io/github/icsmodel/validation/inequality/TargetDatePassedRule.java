package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code inequality.target-date-passed}: a measure of an inequalities objective whose target date has passed has a
 * measurement dated on or after the target date, so that whether the target was met can be seen. NHS England's
 * statement on information on health inequalities under s.13SA of the NHS Act 2006 expects NHS bodies to collect,
 * analyse and publish data to:
 *
 * <blockquote>use information on health inequalities to take action across commissioning and service delivery, and
 * evaluate impact on reducing health inequalities</blockquote>
 *
 * <p>INFORMATION: policy, and at one remove. The statement speaks of evaluating impact, not of targets; a target
 * date passed with no measurement recorded in the configuration means the configuration cannot show whether the
 * objective was met, not that the ICB failed to evaluate it (the figures may be published elsewhere, or not be out
 * yet: data for a period are often published months after it ends, and a measurement is dated by the period it
 * measures, so it can be added when it comes).
 *
 * <p>A measure is flagged when it has a target dated before the validation date and none of its measurements is
 * dated on or after the target date. Measurements between the baseline and the target date do not count: they show
 * progress, not the outturn. One finding per such measure, at its {@code target}, about the objective. Measures of
 * objectives that do not serve the purpose to tackle inequalities are not checked. Applies from 27 November 2023,
 * when NHS England published its first statement.
 */
final class TargetDatePassedRule extends AbstractRule {

  /** Creates the rule. */
  TargetDatePassedRule() {
    super(
        "inequality.target-date-passed",
        Severity.INFORMATION,
        NhsEnglandPolicy.INEQUALITIES_INFORMATION_STATEMENT,
        "An inequalities objective whose target date has passed has a measurement on or after that date",
        "Record the measurement for the target date (or the latest after it), or set a new target.",
        InequalityProvisions.EVALUATE);
  }

  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(InequalityProvisions.STATEMENT_START);
  }

  @Override
  public void check(RuleContext context) {
    List<Objective> objectives = context.system().objectives();
    for (int i : InequalityPaths.objectiveIndexes(context.system())) {
      Objective objective = objectives.get(i);
      List<Measure> measures = objective.measures();
      for (int j = 0; j < measures.size(); j++) {
        Measure measure = measures.get(j);
        if (measure.target().isEmpty()) {
          continue;
        }
        LocalDate due = measure.target().get().date();
        if (!due.isBefore(context.asOf())) {
          continue;
        }
        boolean measured = false;
        for (MeasuredValue measurement : measure.measurements()) {
          measured |= !measurement.date().isBefore(due);
        }
        if (!measured) {
          context.report(
              context.base().property("objectives").index(i).property("measures").index(j).property("target"),
              objective.id(),
              "The target of " + measure.target().get().value().toPlainString() + " for " + measure.indicator()
                  + " in the inequalities objective " + objective.id() + " was due by " + due + ", which has"
                  + " passed, but no measurement is recorded on or after that date.");
        }
      }
    }
  }
}
