package io.github.icsmodel.validation.plans;

import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the plan rules share: the provisions and their text, the dates they apply from, and how to find the plan or
 * report a rule checks.
 */
final class Planning {
  private Planning() {}

  /** Sections 14Z32 to 14Z64 of the NHS Act 2006 came into force on 1 July 2022 (HCA 2022 s.25). */
  static final LocalDate IN_FORCE = LocalDate.of(2022, 7, 1);

  /**
   * The first day of the first financial year for which s.14Z52(1) to (6) applied: for the financial year ending 31
   * March 2023 they did not (S.I. 2022/734 reg 33).
   */
  /** The financial year S.I. 2022/734 reg 33 makes transitional provision for: 2022/23. */
  static final FinancialYear TRANSITIONAL_YEAR = FinancialYear.containing(LocalDate.of(2022, 7, 1));

  static final LocalDate JOINT_FORWARD_PLANS_FROM = LocalDate.of(2023, 4, 1);

  /**
   * The start date of the rules on the joint forward plan: s.14Z52 came into force on 1 July 2022, but s.14Z52(1) to
   * (6) and ss.14Z53 to 14Z55 did not apply for the financial year ending 31 March 2023 (S.I. 2022/734 reg 33).
   */
  static final StartDate JOINT_FORWARD_PLANS_START = StartDate.of(JOINT_FORWARD_PLANS_FROM,
      "S.I. 2022/734 Schedule: HCA 2022 s.25 in force 1 July 2022; s.14Z52(1) to (6) and ss.14Z53 to 14Z55 not"
          + " applied for the financial year ending 31 March 2023 (S.I. 2022/734 reg 33)");

  static final String S14Z52_1 =
      "(1) Before the start of each financial year, an integrated care board and its partner NHS trusts and NHS"
          + " foundation trusts must prepare a plan setting out how they propose to exercise their functions in the"
          + " next five years.";

  static final String S14Z52_2 =
      "(2) The plan must, in particular— (a) describe the health services for which the integrated care board"
          + " proposes to make arrangements in the exercise of its functions by virtue of this Act; (b) explain how"
          + " the integrated care board proposes to discharge its duties under— (i) sections 14Z34 to 14Z45"
          + " (general duties of integrated care boards), and (ii) sections 223GB to 223N (financial duties); (c)"
          + " set out any steps that the integrated care board proposes to take to implement any joint local health"
          + " and wellbeing strategy to which it is required to have regard under section 116B(1) of the Local"
          + " Government and Public Involvement in Health Act 2007; (d) set out any steps that the integrated care"
          + " board proposes to take to address the particular needs of children and young persons under the age of"
          + " 25; (e) set out any steps that the integrated care board proposes to take to address the particular"
          + " needs of victims of abuse (including domestic abuse and sexual abuse, whether of children or adults).";

  static final String S14Z52_3 =
      "(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must publish the plan.";

  static final String S14Z52_4 =
      "(4) The integrated care board and its partner NHS trusts and NHS foundation trusts must give a copy of the"
          + " plan to— (a) the integrated care partnership for the board's area, (b) each relevant Health and"
          + " Wellbeing Board, and (c) NHS England.";

  static final String S14Z56 =
      "Before the start of each financial year, an integrated care board and its partner NHS trusts and NHS"
          + " foundation trusts must prepare a plan setting out their planned capital resource use.";

  static final String S14Z58_1 =
      "(1) An integrated care board must, in each financial year, prepare a report (an \"annual report\") on how it"
          + " has discharged its functions in the previous financial year.";

  static final String S14Z58_2 =
      "(2) An annual report must, in particular— (a) explain how the integrated care board has discharged its"
          + " duties under sections 14Z34 to 14Z45 and 14Z49 (general duties of integrated care boards), (b) review"
          + " the extent to which the board has exercised its functions in accordance with the plans published"
          + " under— section 14Z52 (forward plan), and section 14Z56 (capital resource use plan), (c) review the"
          + " extent to which the board has exercised its functions consistently with NHS England's views set out in"
          + " the latest statement published under section 13SA(1) (views about how functions relating to"
          + " inequalities information should be exercised), and (d) review any steps that the board has taken to"
          + " implement any joint local health and wellbeing strategy to which it was required to have regard under"
          + " section 116B(1) of the Local Government and Public Involvement in Health Act 2007.";

  static final String S14Z58_4 =
      "(4) An annual report must include— (a) a statement of the amount of expenditure incurred by the integrated"
          + " care board during the financial year in relation to mental health, (b) a calculation of the proportion"
          + " of the expenditure incurred by the integrated care board during the financial year that relates to"
          + " mental health, and (c) an explanation of the statement and calculation.";

  static LegalReference nhsa(String section, String subdivision) {
    LegalReference reference = LegalReference.section(Act.NHS_ACT_2006, section);
    return subdivision.isEmpty() ? reference : reference.subdivision(subdivision);
  }

  /**
   * Returns whether a financial year is the ICB's first (the one in which it was established) or earlier. Section
   * 14Z52(8)(a) makes the first year begin on the day the ICB is established, so no plan can be prepared "before
   * the start" of it.
   */
  static boolean isFirstYearOrEarlier(IntegratedCareSystem system, FinancialYear year) {
    return FinancialYear.containing(system.icb().establishedOn()).compareTo(year) >= 0;
  }

  /**
   * Finds the joint forward plan for a financial year: the one whose first year it is, prepared latest if there
   * are several.
   */
  static OptionalInt forwardPlanFor(List<JointForwardPlan> plans, FinancialYear year) {
    int found = -1;
    for (int i = 0; i < plans.size(); i++) {
      JointForwardPlan plan = plans.get(i);
      if (plan.firstYear().equals(year)
          && (found < 0 || plan.preparedOn().isAfter(plans.get(found).preparedOn()))) {
        found = i;
      }
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }

  /**
   * Finds the latest annual report on a financial year before the one containing a date and not before the ICB's
   * first year: the report the ICB has most recently been required to prepare or is now preparing.
   */
  static OptionalInt latestAnnualReport(IntegratedCareSystem system, LocalDate asOf) {
    FinancialYear current = FinancialYear.containing(asOf);
    FinancialYear first = FinancialYear.containing(system.icb().establishedOn());
    List<AnnualReport> reports = system.annualReports();
    int found = -1;
    for (int i = 0; i < reports.size(); i++) {
      FinancialYear year = reports.get(i).financialYear();
      if (year.compareTo(current) < 0
          && year.compareTo(first) >= 0
          && (found < 0 || year.compareTo(reports.get(found).financialYear()) > 0)) {
        found = i;
      }
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }
}
