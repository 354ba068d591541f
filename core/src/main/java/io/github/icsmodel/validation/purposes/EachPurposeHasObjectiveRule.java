package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code purpose.each-purpose-has-objective}: each of the four core purposes of an integrated care system has at
 * least one of the system's objectives serving it. The purposes are NHS England's, in its Interim guidance on the
 * functions and governance of the integrated care board (August 2021):
 *
 * <blockquote>They exist to achieve four aims: 1. improve outcomes in population health and healthcare 2. tackle
 * inequalities in outcomes, experience and access 3. enhance productivity and value for money 4. help the NHS
 * support broader social and economic development.</blockquote>
 *
 * <p>INFORMATION: advice, not policy and not law. The guidance quoted names the purposes but sets no expectation
 * about objectives. The nearest basis is NHS England's annual assessment of ICBs for 2023/24, which asked "How has
 * the ICB contributed to each of the 4 core purposes of an ICS?"; the 2024/25 assessment asked instead about "5
 * core roles aligned with the core purposes". (Until 2026-12 this rule was a WARNING citing the interim guidance
 * alone; the law review of December 2026, item R-57, found that the wrong reference, and the review of 7 December
 * 2026, item B-75, asked for the assessment to be the printed basis: it now is, with its question as the
 * quotation.) One finding per purpose with no objective, at {@code /objectives}.
 */
final class EachPurposeHasObjectiveRule extends AbstractRule {

  /** Creates the rule. */
  EachPurposeHasObjectiveRule() {
    super(
        "purpose.each-purpose-has-objective",
        Severity.INFORMATION,
        NhsEnglandPolicy.ANNUAL_ASSESSMENT_2023_24,
        "Each of the four core purposes of an integrated care system has at least one objective",
        "Add an objective serving each purpose that has none.",
        "How has the ICB contributed to each of the 4 core purposes of an ICS? - improving population health and"
            + " healthcare - tackling unequal access, outcomes and experience - enhancing productivity and value for"
            + " money - helping the NHS support broader social and economic development");
  }

  @Override
  public void check(RuleContext context) {
    Set<CorePurpose> served = EnumSet.noneOf(CorePurpose.class);
    for (Objective objective : context.system().objectives()) {
      served.addAll(objective.purposes());
    }
    for (CorePurpose purpose : CorePurpose.values()) {
      if (!served.contains(purpose)) {
        context.report(
            context.base().property("objectives"),
            "No objective serves the core purpose to \"" + PurposeProvisions.wording(purpose) + "\" ("
                + purpose.jsonName() + ").");
      }
    }
  }
}
