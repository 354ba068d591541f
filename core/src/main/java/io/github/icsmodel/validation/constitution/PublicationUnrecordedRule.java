package io.github.icsmodel.validation.constitution;

import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;

/**
 * {@code constitution.publication-unrecorded}: the configuration records whether the ICB has published its
 * constitution (s.14Z29 of the NHS Act 2006). A WARNING, not an ERROR: a configuration without
 * {@code constitutionPublished} is silent on publication, which is not a finding that the constitution is
 * unpublished; {@link PublishedRule} reports a recorded {@code false}. Applies from 1 July 2022. One
 * finding, at {@code /icb}.
 */
final class PublicationUnrecordedRule extends AbstractRule {
  /** Creates the rule. */
  PublicationUnrecordedRule() {
    super(
        "constitution.publication-unrecorded",
        Severity.WARNING,
        LegalReference.section(Act.NHS_ACT_2006, "14Z29"),
        "The configuration shows whether the ICB has published its constitution",
        "Record constitutionPublished: true once the constitution, as varied, is published (false if it is not).",
        PublishedRule.S14Z29);
  }


  @Override
  public void check(RuleContext context) {
    if (context.system().icb().constitutionPublished().isEmpty()) {
      context.report(
          context.base().property("icb"),
          "Whether " + context.system().icb().name() + " has published its constitution is not recorded, so the"
              + " configuration does not show that NHS Act 2006 s.14Z29 is met; record constitutionPublished.");
    }
  }
}
