package io.github.icsmodel.validation.interest;

import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code interest.registers-kept}: the ICB's registers of interests cover the members of the board, the members of
 * its committees and sub-committees, and its employees, as s.14Z30(1) of the NHS Act 2006 requires (the rule quotes
 * the duty catalogue's limb {@code nhsa2006:14Z30(1)}). One finding for each group no register covers, at
 * {@code /icb/registersOfInterests}, where the configuration records its registers
 * ({@link RecordedSection#REGISTERS_OF_INTERESTS}: at least one register, or the section listed in
 * {@code recordedSections}; recorded registers are read as all the ICB keeps). Where it does not,
 * {@link RegistersUnrecordedRule} says that the configuration does not show the duty met.
 */
final class RegistersKeptRule extends AbstractRule {
  /** Creates the rule. */
  RegistersKeptRule() {
    super(
        "interest.registers-kept",
        Severity.ERROR,
        InterestProvisions.SECTION.subdivision("(1)"),
        "Registers of interests cover the members of the board, the members of committees and sub-committees, and"
            + " employees",
        "Maintain a register of interests (one or several) covering every group, and record which groups each"
            + " covers.",
        InterestProvisions.SUBSECTION_1);
  }

  @Override
  public void check(RuleContext context) {
    if (!context.system().records(RecordedSection.REGISTERS_OF_INTERESTS)) {
      return;
    }
    Set<RegisterScope> covered = EnumSet.noneOf(RegisterScope.class);
    for (RegisterOfInterests register : context.system().icb().registersOfInterests()) {
      covered.addAll(register.covers());
    }
    for (RegisterScope scope : RegisterScope.values()) {
      if (!covered.contains(scope)) {
        context.report(InterestPaths.registers(context),
            "No register of interests the configuration records covers " + describe(scope) + "; NHS Act 2006"
                + " s.14Z30(1)" + limb(scope) + " requires the ICB to maintain one.");
      }
    }
  }

  private static String describe(RegisterScope scope) {
    switch (scope) {
      case BOARD_MEMBERS:
        return "the members of the board";
      case COMMITTEE_MEMBERS:
        return "the members of its committees or sub-committees";
      default:
        return "its employees";
    }
  }

  private static String limb(RegisterScope scope) {
    switch (scope) {
      case BOARD_MEMBERS:
        return "(a)";
      case COMMITTEE_MEMBERS:
        return "(b)";
      default:
        return "(c)";
    }
  }
}
