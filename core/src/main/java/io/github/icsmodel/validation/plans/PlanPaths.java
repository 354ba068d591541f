package io.github.icsmodel.validation.plans;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

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

  /** The joint forward plans: s.14Z52(1), prepared before the first year each covers. */
  static final PlanForYear<JointForwardPlan> FORWARD_PLANS = new PlanForYear<>("joint forward plan",
      "jointForwardPlans", RecordedSection.JOINT_FORWARD_PLANS, "s.14Z52(1)", IntegratedCareSystem::jointForwardPlans,
      JointForwardPlan::firstYear, JointForwardPlan::preparedOn, JointForwardPlan::id);

  /** The joint capital resource use plans: s.14Z56, prepared before the year each is for. */
  static final PlanForYear<JointCapitalResourceUsePlan> CAPITAL_PLANS = new PlanForYear<>(
      "joint capital resource use plan", "capitalResourceUsePlans", RecordedSection.CAPITAL_RESOURCE_USE_PLANS,
      "s.14Z56", IntegratedCareSystem::capitalResourceUsePlans, JointCapitalResourceUsePlan::financialYear,
      JointCapitalResourceUsePlan::preparedOn, JointCapitalResourceUsePlan::id);

  /**
   * The financial year whose plan is due by the validation date: the year containing it, unless that is the ICB's
   * first year or earlier ({@link #isFirstYearOrEarlier}), when no plan is due.
   */
  static Optional<FinancialYear> planYear(RuleContext context) {
    FinancialYear year = FinancialYear.containing(context.asOf());
    return isFirstYearOrEarlier(context.system(), year) ? Optional.empty() : Optional.of(year);
  }

  /**
   * A plan the ICB and its partner trusts must prepare before the start of each financial year, as a rule and its
   * "-unrecorded" twin look it up: the one recorded for the year, the latest prepared if there are several. The
   * rule reports a recorded absence and a plan prepared late; the twin reports a configuration silent on the plans.
   *
   * @param <P> the plan's type
   */
  static final class PlanForYear<P> {
    private final String words;
    private final String property;
    private final RecordedSection section;
    private final String citation;
    private final Function<IntegratedCareSystem, List<P>> plans;
    private final Function<P, FinancialYear> year;
    private final Function<P, LocalDate> preparedOn;
    private final Function<P, LocalId> id;

    private PlanForYear(String words, String property, RecordedSection section, String citation,
        Function<IntegratedCareSystem, List<P>> plans, Function<P, FinancialYear> year,
        Function<P, LocalDate> preparedOn, Function<P, LocalId> id) {
      this.words = words;
      this.property = property;
      this.section = section;
      this.citation = citation;
      this.plans = plans;
      this.year = year;
      this.preparedOn = preparedOn;
      this.id = id;
    }

    /** The plans: {@code /jointForwardPlans} or {@code /capitalResourceUsePlans}. */
    JsonPointer path(RuleContext context) {
      return context.base().property(property);
    }

    /** Finds the plan for a financial year: the one for that year, prepared latest if there are several. */
    OptionalInt indexFor(IntegratedCareSystem system, FinancialYear financialYear) {
      List<P> list = plans.apply(system);
      int found = -1;
      for (int i = 0; i < list.size(); i++) {
        P plan = list.get(i);
        if (year.apply(plan).equals(financialYear)
            && (found < 0 || preparedOn.apply(plan).isAfter(preparedOn.apply(list.get(found))))) {
          found = i;
        }
      }
      return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
    }

    /**
     * Reports, for the year whose plan is due, a recorded absence of its plan (only where the configuration records
     * the plans) or a plan prepared on or after the first day of the year.
     *
     * @return the index of the year's plan, empty if none is due or none is recorded
     */
    OptionalInt reportMissingOrLate(RuleContext context) {
      Optional<FinancialYear> due = planYear(context);
      if (due.isEmpty()) {
        return OptionalInt.empty();
      }
      FinancialYear financialYear = due.get();
      OptionalInt index = indexFor(context.system(), financialYear);
      if (index.isEmpty()) {
        if (context.system().records(section)) {
          context.report(path(context),
              "The configuration records no " + words + " for " + financialYear + ": the ICB and its partner trusts"
                  + " must prepare one before the year starts on " + financialYear.start() + " (" + citation + ").");
        }
        return index;
      }
      P plan = plans.apply(context.system()).get(index.getAsInt());
      if (!preparedOn.apply(plan).isBefore(financialYear.start())) {
        context.report(path(context).index(index.getAsInt()).property("preparedOn"), id.apply(plan),
            "The " + words + " " + id.apply(plan) + " for " + financialYear + " was prepared on "
                + preparedOn.apply(plan) + ", not before the year started on " + financialYear.start() + " ("
                + citation + ").");
      }
      return index;
    }

    /**
     * Reports, for the year whose plan is due, a configuration that does not record the plans: silent, which is not
     * a finding that there is none.
     */
    void reportUnrecorded(RuleContext context) {
      Optional<FinancialYear> due = planYear(context);
      if (due.isEmpty() || context.system().records(section)) {
        return;
      }
      context.report(path(context),
          "The configuration does not record the " + words + "s, so it does not show that the plan for " + due.get()
              + " was prepared before the year started on " + due.get().start() + " (" + citation + ").");
    }
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
