package io.github.icsmodel.validation.interest;

import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code interest.registers-unrecorded}: the configuration records the ICB's registers of interests (s.14Z30(1) of
 * the NHS Act 2006). A WARNING, not an ERROR: a configuration that lists no register and does not name
 * {@code "registers-of-interests"} among its {@code recordedSections} is silent on the registers, which is not a
 * finding that the ICB keeps none; {@link RegistersKeptRule} judges the registers a configuration records. One finding,
 * at {@code /icb}.
 */
final class RegistersUnrecordedRule extends AbstractRule {
  /** Creates the rule. */
  RegistersUnrecordedRule() {
    super(
        "interest.registers-unrecorded",
        Severity.WARNING,
        InterestProvisions.SECTION.subdivision("(1)"),
        "The configuration records the ICB's registers of interests",
        "Record each register of interests with the groups it covers (registersOfInterests), or list"
            + " \"registers-of-interests\" in recordedSections if the ICB keeps none.",
        InterestProvisions.SUBSECTION_1);
  }

  @Override
  public void check(RuleContext context) {
    if (!context.system().records(RecordedSection.REGISTERS_OF_INTERESTS)) {
      context.report(context.base().property("icb"),
          "The configuration does not record the ICB's registers of interests, so it does not show that NHS Act"
              + " 2006 s.14Z30(1) is met (registers covering the members of the board, the members of its committees"
              + " and sub-committees, and its employees).");
    }
  }
}
