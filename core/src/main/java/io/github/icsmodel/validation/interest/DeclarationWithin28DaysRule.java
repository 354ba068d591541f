package io.github.icsmodel.validation.interest;

import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * {@code interest.declaration-within-28-days}: each declaration of interest was made within 28 days of the person
 * becoming aware of the conflict. Section 14Z30(3) of the NHS Act 2006: "Each integrated care board must make
 * arrangements to ensure— ... (b) that any such declaration is made as soon as practicable after the person becomes
 * aware of the conflict or potential conflict and, in any event, within 28 days of the person becoming aware".
 *
 * <p>INFORMATION: advice, not a finding of breach. The duty in s.14Z30(3) is the ICB's duty to make
 * arrangements, and the declarations it concerns are of conflicts "in relation to a decision to be made in the
 * exercise of the commissioning functions" of the board. A configuration cannot tell those from other interests,
 * and one late declaration does not by itself show that the ICB's arrangements fail the subsection; it is a prompt
 * to review them. (Until 2026-12 this rule was an ERROR; the law review of December 2026, item R-41, found that
 * overstated.)
 *
 * <p>A declaration made on the 28th day after becoming aware is in time; one made on the 29th is late. Reported at
 * the declaration ({@code /icb/registersOfInterests/i/declarations/j}). "As soon as practicable" is a judgement the
 * library cannot make; it checks the outer limit only.
 */
final class DeclarationWithin28DaysRule extends AbstractRule {
  /** The outer limit, in days. */
  static final int LIMIT_DAYS = 28;

  /** Creates the rule. */
  DeclarationWithin28DaysRule() {
    super(
        "interest.declaration-within-28-days",
        Severity.INFORMATION,
        InterestProvisions.SECTION.subdivision("(3)(b)"),
        "Each declaration of interest is recorded as made within 28 days of the person becoming aware of the"
            + " conflict",
        "Review the ICB's arrangements for prompt declarations; the late declaration stays on the register as made.",
        InterestProvisions.SUBSECTION_3);
  }

  @Override
  public void check(RuleContext context) {
    List<RegisterOfInterests> registers = context.system().icb().registersOfInterests();
    for (int i = 0; i < registers.size(); i++) {
      List<Declaration> declarations = registers.get(i).declarations();
      for (int j = 0; j < declarations.size(); j++) {
        Declaration declaration = declarations.get(j);
        long days = declaration.daysToDeclare();
        if (days > LIMIT_DAYS) {
          context.report(
              InterestPaths.registers(context).index(i).property("declarations").index(j),
              declaration.id(),
              "The declaration " + declaration.id() + " by " + declaration.person() + " was made on "
                  + declaration.declaredOn() + ", " + days + " days after they became aware on "
                  + declaration.becameAwareOn() + ". NHS Act 2006 s.14Z30(3)(b) requires the ICB's arrangements to"
                  + " ensure that a declaration of a conflict in relation to a commissioning decision is made within"
                  + " 28 days; if this one was such a conflict, review those arrangements.");
        }
      }
    }
  }
}
