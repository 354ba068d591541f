package io.github.icsmodel.validation.plans;

import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.Optional;

/**
 * {@code plan.jfp-describes-services}: the joint forward plan describes the health services the ICB proposes to
 * arrange. Enforces s.14Z52(2)(a) of the NHS Act 2006:
 *
 * <blockquote>(2) The plan must, in particular— (a) describe the health services for which the integrated care
 * board proposes to make arrangements in the exercise of its functions by virtue of this Act;</blockquote>
 *
 * <p>ERROR, at the plan's {@code describesHealthServices}, but only where the configuration records {@code false}:
 * the property is optional (added to {@code icsmodel/1} after the law review of 7 December 2026, item G-1), and a
 * configuration that does not record it is silent on the matter, which is not a breach; validation reports list
 * s.14Z52 among the duties checked only in part. Applies as {@code plan.jfp-exists} does, to the plan for the
 * financial year containing the validation date.
 */
final class JfpDescribesServicesRule extends ForwardPlanTemplate {

  /** Creates the rule. */
  JfpDescribesServicesRule() {
    super(
        "plan.jfp-describes-services",
        PlanProvisions.nhsa("14Z52", "(2)(a)"),
        "The joint forward plan describes the health services for which the ICB proposes to make arrangements",
        "Describe in the plan the health services the ICB proposes to arrange, and record describesHealthServices.",
        "(2) The plan must, in particular— (a) describe the health services for which the integrated care board"
            + " proposes to make arrangements in the exercise of its functions by virtue of this Act;");
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (plan.describesHealthServices().equals(Optional.of(false))) {
      context.report(path.property("describesHealthServices"), plan.id(),
          "The joint forward plan " + plan.id() + " is recorded as not describing the health services for which"
              + " the ICB proposes to make arrangements (s.14Z52(2)(a)).");
    }
  }
}
