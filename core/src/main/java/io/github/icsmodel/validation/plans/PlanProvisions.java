package io.github.icsmodel.validation.plans;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.plan.FinancialYear;
import java.time.LocalDate;

/**
 * The plan family's provisions: citations, their verbatim text (taken from the duty catalogue) and the dates they
 * apply from. How a rule finds the plan or report it checks is in {@link PlanPaths}.
 */
final class PlanProvisions {
  private PlanProvisions() {}

  /** The financial year S.I. 2022/734 reg 33 makes transitional provision for: 2022/23. */
  static final FinancialYear TRANSITIONAL_YEAR = FinancialYear.containing(LocalDate.of(2022, 7, 1));

  /**
   * The first day of the first financial year for which s.14Z52(1) to (6) applied: for the financial year ending 31
   * March 2023 they did not (S.I. 2022/734 reg 33).
   */
  static final LocalDate JOINT_FORWARD_PLANS_FROM = TRANSITIONAL_YEAR.plusYears(1).start();

  /**
   * The start date of the rules on the joint forward plan: s.14Z52 came into force on 1 July 2022, but s.14Z52(1) to
   * (6) and ss.14Z53 to 14Z55 did not apply for the financial year ending 31 March 2023 (S.I. 2022/734 reg 33).
   */
  static final StartDate JOINT_FORWARD_PLANS_START = StartDate.of(JOINT_FORWARD_PLANS_FROM,
      "S.I. 2022/734 Schedule: HCA 2022 s.25 in force 1 July 2022; s.14Z52(1) to (6) and ss.14Z53 to 14Z55 not"
          + " applied for the financial year ending 31 March 2023 (S.I. 2022/734 reg 33)");

  static final String S14Z52_1 = Statute.subsection("nhsa2006:14Z52", "1");

  static final String S14Z52_2 = Statute.subsection("nhsa2006:14Z52", "2");

  static final String S14Z52_3 = Statute.subsection("nhsa2006:14Z52", "3");

  static final String S14Z52_4 = Statute.subsection("nhsa2006:14Z52", "4");

  static final String S14Z56 = Statute.text("nhsa2006:14Z56");

  static final String S14Z58_1 = Statute.subsection("nhsa2006:14Z58", "1");

  static final String S14Z58_2 = Statute.subsection("nhsa2006:14Z58", "2");

  static final String S14Z58_4 = Statute.subsection("nhsa2006:14Z58", "4");

  static final String S14Z58_6 = Statute.subsection("nhsa2006:14Z58", "6");

  static LegalReference nhsa(String section, String subdivision) {
    LegalReference reference = LegalReference.section(Act.NHS_ACT_2006, section);
    return subdivision.isEmpty() ? reference : reference.subdivision(subdivision);
  }
}
