package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;

/**
 * {@code icp.strategy-unrecorded}: the configuration records the integrated care partnership's strategy
 * (s.116ZB(1) of the Local Government and Public Involvement in Health Act 2007). A WARNING, not an ERROR: a
 * partnership without {@code strategy}, in a configuration that does not name {@code "integrated-care-strategy"}
 * among its {@code recordedSections}, is silent on the strategy, which is not a finding that none was prepared;
 * {@link StrategyPreparedRule} judges a recorded one, or a recorded absence. Silent when there is no
 * partnership. One finding, at {@code /icp}.
 */
final class StrategyUnrecordedRule extends AbstractRule {

  /** Creates the rule. */
  StrategyUnrecordedRule() {
    super(
        "icp.strategy-unrecorded",
        Severity.WARNING,
        IcpProvisions.section116zb("(1)"),
        "The configuration records the integrated care partnership's strategy",
        "Record the integrated care strategy (icp.strategy) with its preparedOn date, or list"
            + " \"integrated-care-strategy\" in recordedSections if none has been prepared.",
        IcpProvisions.S116ZB_1);
  }

  @Override
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(IcpProvisions.IN_FORCE);
  }

  @Override
  public void check(RuleContext context) {
    if (context.system().icp().isPresent()
        && !context.system().records(RecordedSection.INTEGRATED_CARE_STRATEGY)) {
      context.report(context.base().property("icp"),
          "The configuration does not record the integrated care partnership's strategy, so it does not show that"
              + " s.116ZB(1) of the Local Government and Public Involvement in Health Act 2007 is met.");
    }
  }
}
