package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code duty.inequalities-both-limbs}: the ICB's current evidence for the inequalities duty covers both of its
 * limbs, access and outcomes. Enforces s.14Z35 of the NHS Act 2006:
 *
 * <blockquote>Each integrated care board must, in the exercise of its functions, have regard to the need to— (a)
 * reduce inequalities between persons with respect to their ability to access health services, and (b) reduce
 * inequalities between patients with respect to the outcomes achieved for them by the provision of health services
 * (including the outcomes described in section 14Z34(3)).</blockquote>
 *
 * <p>ERROR. The classic failure is evidence of work on access alone. The rule fires only when the ICB's own
 * assurance record for s.14Z35 holds current evidence (as {@code duty.current-evidence} defines it) and that
 * evidence, taken together, covers one limb and not the other: the configuration then itself states that the
 * ICB's regard was to one limb, where the Act requires regard to both. That is a statutory shortfall on the
 * configuration's own facts, the same tier as a forward plan that omits a matter s.14Z52(2) requires, so the rule
 * is an error and not advice. Evidence that names no limbs, or names s.14Z35 as a whole, is taken to cover both.
 * With no record or no current evidence the rule is silent, leaving it to {@code duty.accountable-lead} and
 * {@code duty.current-evidence}.
 *
 * <p>The finding names the missing limb and is reported at the first s.14Z35 record's {@code evidence}.
 */
public final class InequalitiesBothLimbsRule extends AbstractRule {
  private static final String QUOTATION =
      "Each integrated care board must, in the exercise of its functions, have regard to the need to— (a) reduce"
          + " inequalities between persons with respect to their ability to access health services, and (b) reduce"
          + " inequalities between patients with respect to the outcomes achieved for them by the provision of"
          + " health services (including the outcomes described in section 14Z34(3)).";

  /** Creates the rule. */
  public InequalitiesBothLimbsRule() {
    super(
        "duty.inequalities-both-limbs",
        Severity.ERROR,
        LegalReference.section(Act.NHS_ACT_2006, "14Z35"),
        "The evidence for the inequalities duty covers both access (s.14Z35(a)) and outcomes (s.14Z35(b))",
        "Show regard to reducing inequalities in outcomes as well as in access (or the reverse), and record the"
            + " evidence with its limbs.",
        QUOTATION);
  }

  @Override
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(IcbDuties.IN_FORCE);
  }

  @Override
  public void check(RuleContext context) {
    List<DutyAssurance> assurances = context.system().dutyAssurances();
    Map<DutyId, List<Integer>> byDuty = DutyAssurances.byDuty(assurances);
    List<Integer> records = byDuty.get(IcbDuties.REDUCING_INEQUALITIES);
    if (records == null) {
      return;
    }
    boolean anyCurrent = false;
    boolean access = false;
    boolean outcomes = false;
    for (int index : records) {
      for (Evidence evidence : assurances.get(index).evidence()) {
        if (!IcbDuties.isCurrent(evidence, context.asOf())) {
          continue;
        }
        anyCurrent = true;
        if (evidence.limbs().isEmpty() || evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES)) {
          access = true;
          outcomes = true;
        }
        access |= evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES_ACCESS);
        outcomes |= evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES_OUTCOMES);
      }
    }
    if (!anyCurrent || access == outcomes) {
      return;
    }
    String missing = access
        ? "the outcomes limb, s.14Z35(b) (inequalities between patients in the outcomes achieved for them)"
        : "the access limb, s.14Z35(a) (inequalities between persons in their ability to access health services)";
    String covered = access ? "access (s.14Z35(a))" : "outcomes (s.14Z35(b))";
    context.report(
        context.base().property("dutyAssurances").index(records.get(0)).property("evidence"),
        "The current evidence for the inequalities duty covers " + covered + " only; none covers " + missing
            + ". Section 14Z35 requires regard to the need to reduce inequalities in both.");
  }
}
