package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Map;

/**
 * {@code duty.inequalities-both-limbs}: the ICB's recorded evidence for the inequalities duty shows regard to both
 * of its limbs, access and outcomes. Advice on s.14Z35 of the NHS Act 2006:
 *
 * <blockquote>Each integrated care board must, in the exercise of its functions, have regard to the need to— (a)
 * reduce inequalities between persons with respect to their ability to access health services, and (b) reduce
 * inequalities between patients with respect to the outcomes achieved for them by the provision of health services
 * (including the outcomes described in section 14Z34(3)).</blockquote>
 *
 * <p>INFORMATION: advice, not a finding of breach. Section 14Z35 is a duty to "have regard to the need to" reduce
 * inequalities: it requires the ICB to weigh that need when it exercises its functions, not to achieve a result,
 * and it neither requires evidence of that regard nor sets any period within which evidence must fall. How an
 * assurance record tags its evidence cannot show that the ICB failed to have regard to a limb; it can only show
 * that the configuration records no evidence of regard to it. The rule therefore says what the evidence does not
 * show, at the severity of its sister rule {@code inequality.both-limbs-indicators}. (Until 2026-12 this rule was
 * an ERROR confined to evidence of the last twelve months; the law review of December 2026, items R-27 and §6.1,
 * found both the grade and the window unsupported by the Act.)
 *
 * <p>The rule looks at every piece of evidence in the ICB's s.14Z35 records dated on or before the validation
 * date. Evidence that names no limbs, or names s.14Z35 as a whole, is taken to cover both. With no record or no
 * evidence the rule is silent, leaving it to {@code duty.accountable-lead} and {@code duty.current-evidence}. The
 * finding names the limb the evidence does not show and is reported at the first s.14Z35 record's
 * {@code evidence}.
 */
final class InequalitiesBothLimbsRule extends AbstractRule {
  private static final String QUOTATION = Statute.text("nhsa2006:14Z35");

  /** Creates the rule. */
  InequalitiesBothLimbsRule() {
    super(
        "duty.inequalities-both-limbs",
        Severity.INFORMATION,
        LegalReference.section(Act.NHS_ACT_2006, "14Z35"),
        "The recorded evidence for the inequalities duty shows regard to both access (s.14Z35(a)) and outcomes"
            + " (s.14Z35(b))",
        "If the ICB has had regard to the limb the evidence does not show, record that evidence with its limbs.",
        QUOTATION);
  }


  @Override
  public void check(RuleContext context) {
    List<DutyAssurance> assurances = context.system().dutyAssurances();
    Map<DutyId, List<Integer>> byDuty = DutyPaths.byDuty(assurances);
    List<Integer> records = byDuty.get(IcbDuties.REDUCING_INEQUALITIES);
    if (records == null) {
      return;
    }
    boolean anyEvidence = false;
    boolean access = false;
    boolean outcomes = false;
    for (int index : records) {
      for (Evidence evidence : assurances.get(index).evidence()) {
        if (evidence.date().isAfter(context.asOf())) {
          continue;
        }
        anyEvidence = true;
        if (evidence.limbs().isEmpty() || evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES)) {
          access = true;
          outcomes = true;
        }
        access |= evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES_ACCESS);
        outcomes |= evidence.limbs().contains(IcbDuties.REDUCING_INEQUALITIES_OUTCOMES);
      }
    }
    if (!anyEvidence || access == outcomes) {
      return;
    }
    String missing = access
        ? "the outcomes limb, s.14Z35(b) (inequalities between patients in the outcomes achieved for them)"
        : "the access limb, s.14Z35(a) (inequalities between persons in their ability to access health services)";
    String covered = access ? "access (s.14Z35(a))" : "outcomes (s.14Z35(b))";
    context.report(
        context.base().property("dutyAssurances").index(records.get(0)).property("evidence"),
        "The evidence recorded for the inequalities duty shows regard to " + covered + " only; the"
            + " configuration records no evidence of regard to " + missing + ". Section 14Z35 requires the ICB to"
            + " have regard to the need to reduce inequalities in both access and outcomes; it sets no period and"
            + " requires no particular evidence, so this is not a finding that the duty was breached.");
  }
}
