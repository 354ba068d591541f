package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code inequality.both-limbs-indicators}: the objectives serving the core purpose to tackle inequalities, taken
 * together, measure at least one indicator of inequalities in access and at least one of inequalities in outcomes,
 * the two limbs of s.14Z35 of the NHS Act 2006:
 *
 * <blockquote>Each integrated care board must, in the exercise of its functions, have regard to the need to— (a)
 * reduce inequalities between persons with respect to their ability to access health services, and (b) reduce
 * inequalities between patients with respect to the outcomes achieved for them by the provision of health services
 * (including the outcomes described in section 14Z34(3)).</blockquote>
 *
 * <p>An {@link IndicatorDomain#ACCESS ACCESS} indicator serves limb (a). An {@link IndicatorDomain#OUTCOME OUTCOME}
 * indicator serves limb (b), and so does an {@link IndicatorDomain#EXPERIENCE EXPERIENCE} indicator: the outcomes of
 * limb (b) include those of s.14Z34(3), whose paragraph (c) is "the quality of the experience undergone by
 * patients".
 *
 * <p>INFORMATION, not ERROR. The duty is to "have regard to the need to" reduce both kinds of inequality; the Act
 * does not require an indicator for either. Objectives that measure one limb only do not show that the ICB failed to
 * have regard to the other (its regard may be evidenced elsewhere), unlike {@code duty.inequalities-both-limbs},
 * which fires when the ICB's own assurance record says its regard was to one limb only. This rule is advice about
 * evidence: an ICB that can show by its own measures that it attends to both limbs is better placed to explain how
 * it discharged the duty in its annual report (s.14Z58(2)(a)).
 *
 * <p>One finding per limb with no indicator, at {@code /objectives}. Only measures whose indicator is defined in
 * {@code /indicators} count. Silent when no objective serves the purpose ({@code purpose.each-purpose-has-objective}
 * reports that). Applies from 1 July 2022, when s.14Z35 came into force.
 */
final class BothLimbsIndicatorsRule extends AbstractRule {
  private static final String QUOTATION = Statute.text("nhsa2006:14Z35");

  /** Creates the rule. */
  BothLimbsIndicatorsRule() {
    super(
        "inequality.both-limbs-indicators",
        Severity.INFORMATION,
        LegalReference.section(Act.NHS_ACT_2006, "14Z35"),
        "The inequalities objectives measure indicators of both limbs of s.14Z35: access (a) and outcomes (b)",
        "Add to an inequalities objective a measure whose indicator has the missing domain: access for s.14Z35(a),"
            + " outcome or experience for s.14Z35(b).",
        QUOTATION);
  }


  @Override
  public void check(RuleContext context) {
    List<Integer> objectives = InequalityPaths.objectiveIndexes(context.system());
    if (objectives.isEmpty()) {
      return;
    }
    boolean access = false;
    boolean outcomes = false;
    for (Indicator indicator : InequalityPaths.indicators(context.system()).values()) {
      access |= indicator.domain() == IndicatorDomain.ACCESS;
      outcomes |= indicator.domain() != IndicatorDomain.ACCESS;
    }
    List<String> ids = new ArrayList<>();
    for (int i : objectives) {
      Objective objective = context.system().objectives().get(i);
      ids.add(objective.id().toString());
    }
    String serving = "The objectives serving the purpose to tackle inequalities (" + String.join(", ", ids) + ")";
    if (!access) {
      context.report(context.base().property("objectives"),
          serving + " measure no indicator of access: none for the access limb, s.14Z35(a) (inequalities between"
              + " persons in their ability to access health services).");
    }
    if (!outcomes) {
      context.report(context.base().property("objectives"),
          serving + " measure no indicator of outcomes or experience: none for the outcomes limb, s.14Z35(b)"
              + " (inequalities between patients in the outcomes achieved for them).");
    }
  }
}
