package io.github.icsmodel.validation.plans;

import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code plan.jfp-exists}: a joint forward plan for the financial year containing the validation date was prepared
 * before that year started. Enforces s.14Z52(1) of the NHS Act 2006:
 *
 * <blockquote>(1) Before the start of each financial year, an integrated care board and its partner NHS trusts and
 * NHS foundation trusts must prepare a plan setting out how they propose to exercise their functions in the next
 * five years.</blockquote>
 *
 * <p>ERROR. The plan for a year is the one whose {@code firstYear} it is. Not applicable for the financial year
 * ending 31 March 2023 ("For the financial year ending 31 March 2023, ss.14Z52(1)–(6) and 14Z53–14Z55 did not
 * apply": S.I. 2022/734 reg 33), nor in an ICB's first financial year, which begins on the day it is established
 * (s.14Z52(8)(a)). A missing plan is reported at {@code /jointForwardPlans}, but only where the configuration records
 * its joint forward plans ({@link RecordedSection#JOINT_FORWARD_PLANS}: at least one plan, or the section listed in
 * {@code recordedSections}); where it does not, {@link JfpUnrecordedRule} says that the configuration does not show
 * the duty met. A plan prepared on or after 1 April of its first year is reported at its {@code preparedOn}.
 */
final class JfpExistsRule extends AbstractRule {

  /** Creates the rule. */
  JfpExistsRule() {
    super(
        "plan.jfp-exists",
        Severity.ERROR,
        PlanProvisions.nhsa("14Z52", "(1)"),
        "A joint forward plan for the financial year was prepared before the year started",
        "Prepare the joint forward plan for the year before 1 April and record it with its firstYear and"
            + " preparedOn.",
        PlanProvisions.S14Z52_1);
  }

  @Override
  public Optional<StartDate> startDate() {
    return Optional.of(PlanProvisions.JOINT_FORWARD_PLANS_START);
  }

  @Override
  public void check(RuleContext context) {
    PlanPaths.FORWARD_PLANS.reportMissingOrLate(context);
  }
}
