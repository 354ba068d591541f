package io.github.icsmodel.validation.interest;

import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * {@code interest.registers-accessible}: each register of interests is published or open to the public on request.
 * Section 14Z30(2) of the NHS Act 2006: "Each integrated care board must publish the registers maintained under
 * subsection (1) or make arrangements to ensure that members of the public have access to the registers on
 * request." Reported at {@code /icb/registersOfInterests/i/access}.
 */
final class RegistersAccessibleRule extends AbstractRule {
  /** Creates the rule. */
  RegistersAccessibleRule() {
    super(
        "interest.registers-accessible",
        Severity.ERROR,
        InterestProvisions.SECTION.subdivision("(2)"),
        "Each register of interests is published or open to the public on request",
        "Publish the register, or arrange for members of the public to see it on request, and record which.",
        InterestProvisions.SUBSECTION_2);
  }

  @Override
  public void check(RuleContext context) {
    List<RegisterOfInterests> registers = context.system().icb().registersOfInterests();
    for (int i = 0; i < registers.size(); i++) {
      RegisterOfInterests register = registers.get(i);
      if (register.access() == RegisterAccess.NOT_ACCESSIBLE) {
        context.report(InterestPaths.registers(context).index(i).property("access"), register.id(),
            "The register of interests " + register.id() + " is neither published nor open to the public on"
                + " request; NHS Act 2006 s.14Z30(2) requires one or the other.");
      }
    }
  }
}
