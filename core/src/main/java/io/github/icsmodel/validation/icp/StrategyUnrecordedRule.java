package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.RecordedSection;

/**
 * {@code icp.strategy-unrecorded}: the configuration records the integrated care partnership's strategy
 * (s.116ZB(1) of the Local Government and Public Involvement in Health Act 2007). A WARNING, not an ERROR: a
 * partnership without {@code strategy}, in a configuration that does not name {@code "integrated-care-strategy"}
 * among its {@code recordedSections}, is silent on the strategy, which is not a finding that none was prepared;
 * {@link StrategyPreparedRule} judges a recorded one, or a recorded absence. Silent when there is no
 * partnership. One finding, at {@code /icp}.
 */
final class StrategyUnrecordedRule extends SectionUnrecordedTemplate {

  /** Creates the rule. */
  StrategyUnrecordedRule() {
    super(
        "icp.strategy-unrecorded",
        IcpProvisions.section116zb("(1)"),
        "The configuration records the integrated care partnership's strategy",
        "Record the integrated care strategy (icp.strategy) with its preparedOn date, or list"
            + " \"integrated-care-strategy\" in recordedSections if none has been prepared.",
        IcpProvisions.S116ZB_1,
        RecordedSection.INTEGRATED_CARE_STRATEGY,
        "The configuration does not record the integrated care partnership's strategy, so it does not show that"
            + " s.116ZB(1) of the Local Government and Public Involvement in Health Act 2007 is met.");
  }
}
