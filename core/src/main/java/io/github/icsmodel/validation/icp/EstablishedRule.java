package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code icp.established}: the system has an integrated care partnership. Enforces s.116ZA(1) of the Local
 * Government and Public Involvement in Health Act 2007, in force from 1 July 2022:
 *
 * <blockquote>(1) An integrated care board and each responsible local authority whose area coincides with or
 * falls wholly or partly within the board's area must establish a joint committee for the board's area (an
 * "integrated care partnership").</blockquote>
 *
 * <p>ERROR: a statutory requirement. The finding points at {@code /icp}, where the partnership belongs.
 *
 * <p>Reported only where the configuration records that there is no partnership ({@code "integrated-care-partnership"}
 * in {@code recordedSections} and no {@code icp}); a configuration without {@code icp} is otherwise silent on the
 * partnership, and {@link UnrecordedRule} says that it does not show the duty met.
 */
final class EstablishedRule extends AbstractRule {

  /** Creates the rule. */
  EstablishedRule() {
    super(
        "icp.established",
        Severity.ERROR,
        IcpProvisions.section116za("(1)"),
        "The ICB and the responsible local authorities have established an integrated care partnership",
        "Record the integrated care partnership (icp), its members and its strategy.",
        IcpProvisions.S116ZA_1);
  }


  @Override
  public void check(RuleContext context) {
    if (context.system().icp().isEmpty()
        && context.system().records(RecordedSection.INTEGRATED_CARE_PARTNERSHIP)) {
      context.report(
          context.base().property("icp"),
          "The configuration records that the system has no integrated care partnership: the ICB and each responsible local authority in its area"
              + " must establish one as a joint committee (s.116ZA(1)).");
    }
  }
}
