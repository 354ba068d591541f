package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where the plan family's rules look in a configuration: the plan or report a rule checks, by its index. The
 * provisions and dates are in {@link PlanProvisions}.
 */
final class PlanPaths {
  private PlanPaths() {}

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
