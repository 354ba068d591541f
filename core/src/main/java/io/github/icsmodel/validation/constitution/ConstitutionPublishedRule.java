package io.github.icsmodel.validation.constitution;

import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;

/**
 * {@code constitution.published}: the ICB has published its constitution. Enforces s.14Z29 of the NHS Act 2006:
 *
 * <blockquote>Each integrated care board must publish its constitution (as varied from time to time by order under
 * section 14Z25 or under provision included in its constitution by virtue of paragraph 15 of Schedule
 * 1B).</blockquote>
 *
 * <p>ERROR: a continuing duty with no period of grace. The configuration records publication as the ICB's
 * {@code constitutionPublished}; when it is not {@code true} the finding says that the configuration does not
 * record the constitution as published, not that it is unpublished. Applies from 1 July 2022 (Health and Care Act
 * 2022 s.19, S.I. 2022/734). One finding, at {@code /icb/constitutionPublished}.
 */
public final class ConstitutionPublishedRule extends AbstractRule {
  /** 1 July 2022. */
  private static final LocalDate IN_FORCE = LocalDate.of(2022, 7, 1);

  /** Creates the rule. */
  public ConstitutionPublishedRule() {
    super(
        "constitution.published",
        Severity.ERROR,
        LegalReference.section(Act.NHS_ACT_2006, "14Z29"),
        "The ICB has published its constitution",
        "Publish the constitution as varied, and record it (constitutionPublished).",
        "Each integrated care board must publish its constitution (as varied from time to time by order under"
            + " section 14Z25 or under provision included in its constitution by virtue of paragraph 15 of Schedule"
            + " 1B).");
  }

  @Override
  public boolean appliesOn(LocalDate date) {
    return !date.isBefore(IN_FORCE);
  }

  @Override
  public void check(RuleContext context) {
    if (!context.system().icb().constitutionPublished()) {
      context.report(
          context.base().property("icb").property("constitutionPublished"),
          "The configuration does not record " + context.system().icb().name() + "'s constitution as published;"
              + " NHS Act 2006 s.14Z29 requires each integrated care board to publish its constitution.");
    }
  }
}
