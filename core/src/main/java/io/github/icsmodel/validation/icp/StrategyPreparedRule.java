package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code icp.strategy-prepared}: the integrated care partnership has prepared an integrated care strategy.
 * Enforces s.116ZB(1) of the Local Government and Public Involvement in Health Act 2007:
 *
 * <blockquote>(1) An integrated care partnership must prepare a strategy (an "integrated care strategy") setting
 * out how the assessed needs in relation to its area are to be met by the exercise of functions of— (a) the
 * integrated care board for its area, (b) NHS England, or (c) the responsible local authorities whose areas
 * coincide with or fall wholly or partly within its area.</blockquote>
 *
 * <p>ERROR. The Act sets no date by which the first strategy is due, so the rule reports any partnership that, as
 * of the validation date, has no strategy with a preparation date on or before it. A partnership without a
 * strategy is reported only where the configuration records the section ({@code "integrated-care-strategy"} in
 * {@code recordedSections}); otherwise {@link StrategyUnrecordedRule} says that it does not show the duty met. Reported at
 * {@code /icp/strategy} (or its {@code preparedOn}). Silent when there is no partnership.
 */
final class StrategyPreparedRule extends AbstractRule {

  /** Creates the rule. */
  StrategyPreparedRule() {
    super(
        "icp.strategy-prepared",
        Severity.ERROR,
        IcpProvisions.section116zb("(1)"),
        "The integrated care partnership has prepared an integrated care strategy",
        "Record the integrated care strategy (icp.strategy) with its preparedOn date.",
        IcpProvisions.S116ZB_1);
  }


  @Override
  public void check(RuleContext context) {
    Optional<IntegratedCarePartnership> icp = context.system().icp();
    if (icp.isEmpty()) {
      return;
    }
    Optional<IntegratedCareStrategy> strategy = icp.get().strategy();
    if (strategy.isEmpty()) {
      if (context.system().records(RecordedSection.INTEGRATED_CARE_STRATEGY)) {
        context.report(
            context.base().property("icp").property("strategy"),
            "The configuration records that the integrated care partnership has not prepared an integrated care"
                + " strategy (s.116ZB(1)).");
      }
      return;
    }
    Optional<LocalDate> preparedOn = strategy.get().preparedOn();
    if (preparedOn.isEmpty() || preparedOn.get().isAfter(context.asOf())) {
      context.report(
          context.base().property("icp").property("strategy").property("preparedOn"),
          strategy.get().id(),
          "The integrated care strategy " + strategy.get().id() + " is not recorded as prepared by "
              + context.asOf() + (preparedOn.isPresent() ? " (preparedOn is " + preparedOn.get() + ")" : "")
              + ": s.116ZB(1) requires the partnership to prepare one.");
    }
  }
}
