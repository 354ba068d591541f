package io.github.icsmodel.validation.constitution;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;

/**
 * {@code constitution.published}: the ICB has published its constitution. Enforces s.14Z29 of the NHS Act 2006:
 *
 * <blockquote>Each integrated care board must publish its constitution (as varied from time to time by order under
 * section 14Z25 or under provision included in its constitution by virtue of paragraph 15 of Schedule
 * 1B).</blockquote>
 *
 * <p>ERROR: a continuing duty with no period of grace. Reported only where the configuration records the
 * constitution as not published ({@code constitutionPublished: false}). Where publication is not recorded,
 * {@link PublicationUnrecordedRule} says that the configuration does not show the duty met (not recorded is
 * not false). Applies from 1 July 2022 (Health and Care Act 2022 s.19, S.I. 2022/734). One finding, at
 * {@code /icb/constitutionPublished}.
 */
final class PublishedRule extends AbstractRule {
  /** Creates the rule. */
  PublishedRule() {
    super(
        "constitution.published",
        Severity.ERROR,
        LegalReference.section(Act.NHS_ACT_2006, "14Z29"),
        "The ICB has published its constitution",
        "Publish the constitution as varied, and record it (constitutionPublished).",
        S14Z29);
  }


  /** The text of s.14Z29. */
  static final String S14Z29 = Statute.text("nhsa2006:14Z29");

  @Override
  public void check(RuleContext context) {
    if (context.system().icb().constitutionPublished().equals(Optional.of(false))) {
      context.report(
          context.base().property("icb").property("constitutionPublished"),
          "The configuration records " + context.system().icb().name() + "'s constitution as not published;"
              + " NHS Act 2006 s.14Z29 requires each integrated care board to publish its constitution.");
    }
  }
}
