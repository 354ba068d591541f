package io.github.icsmodel.validation.plans;

import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rule on the contents or handling of the joint forward plan for the financial year containing the validation
 * date. It applies from 1 April 2023 (s.14Z52(1) to (6) did not apply for the financial year ending 31 March 2023:
 * S.I. 2022/734 reg 33) and not in an ICB's first financial year; it is silent when there is no plan for the year
 * ({@code plan.jfp-exists} reports that).
 */
abstract class ForwardPlanTemplate extends AbstractRule {

  ForwardPlanTemplate(String id, Basis basis, String summary, String remedy, String quotation) {
    super(id, Severity.ERROR, basis, summary, remedy, quotation);
  }

  @Override
  public final Optional<StartDate> startDate() {
    return Optional.of(PlanProvisions.JOINT_FORWARD_PLANS_START);
  }

  @Override
  public final void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    Optional<FinancialYear> year = PlanPaths.planYear(context);
    OptionalInt index = year.isEmpty() ? OptionalInt.empty() : PlanPaths.FORWARD_PLANS.indexFor(system, year.get());
    if (index.isPresent()) {
      JointForwardPlan plan = system.jointForwardPlans().get(index.getAsInt());
      check(context, plan, context.base().property("jointForwardPlans").index(index.getAsInt()));
    }
  }

  /**
   * Checks the plan for the year.
   *
   * @param context the context
   * @param plan the plan
   * @param path the plan's JSON Pointer
   */
  abstract void check(RuleContext context, JointForwardPlan plan, JsonPointer path);
}
