package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code icp.unrecorded}: the configuration records the integrated care partnership (s.116ZA(1) of the Local
 * Government and Public Involvement in Health Act 2007). A WARNING, not an ERROR: a configuration without
 * {@code icp} that does not name {@code "integrated-care-partnership"} among its {@code recordedSections} is silent
 * on the partnership, which is not a finding that none was established; {@link EstablishedRule} reports a
 * recorded absence. One finding, at {@code /icp}.
 */
final class UnrecordedRule extends AbstractRule {

  /** Creates the rule. */
  UnrecordedRule() {
    super(
        "icp.unrecorded",
        Severity.WARNING,
        IcpProvisions.section116za("(1)"),
        "The configuration records the integrated care partnership",
        "Record the integrated care partnership (icp) with its members and strategy, or list"
            + " \"integrated-care-partnership\" in recordedSections if none has been established.",
        IcpProvisions.S116ZA_1);
  }


  @Override
  public void check(RuleContext context) {
    if (!context.system().records(RecordedSection.INTEGRATED_CARE_PARTNERSHIP)) {
      context.report(context.base().property("icp"),
          "The configuration does not record the integrated care partnership, so it does not show that the ICB and"
              + " the responsible local authorities have established one (s.116ZA(1) of the Local Government and"
              + " Public Involvement in Health Act 2007).");
    }
  }
}
