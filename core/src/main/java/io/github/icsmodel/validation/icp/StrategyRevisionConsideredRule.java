package io.github.icsmodel.validation.icp;

import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Optional;

/**
 * {@code icp.strategy-revision-considered}: on each needs assessment it receives, the integrated care partnership
 * considered whether its integrated care strategy should be revised. Enforces s.116ZB(6) of the Local Government
 * and Public Involvement in Health Act 2007:
 *
 * <blockquote>(6) Each time that an integrated care partnership receives an assessment of relevant needs under
 * section 116(5A) it must— (a) consider whether the current integrated care strategy should be revised, and (b) if
 * so, prepare a revised integrated care strategy under subsection (1).</blockquote>
 *
 * <p>ERROR, at the needs assessment's {@code strategyRevisionConsidered}, but only for an assessment recorded as
 * given to the partnership ({@code givenToIntegratedCarePartnership}, s.116(5A)) and recorded as not considered
 * ({@code false}): the property is optional (added to {@code icsmodel/1} after the law review of 7 December 2026,
 * item G-6), and a configuration that does not record it is silent on the matter, which is not a breach. Whether a
 * revision was needed, (6)(b), is the partnership's judgement and is not checked; validation reports list s.116ZB
 * among the duties checked only in part.
 */
final class StrategyRevisionConsideredRule extends AbstractRule {

  /** Creates the rule. */
  StrategyRevisionConsideredRule() {
    super(
        "icp.strategy-revision-considered",
        Severity.ERROR,
        IcpProvisions.section116zb("(6)(a)"),
        "On each needs assessment it receives, the integrated care partnership considered whether its strategy"
            + " should be revised",
        "Have the partnership consider whether the integrated care strategy should be revised in the light of the"
            + " assessment, and record strategyRevisionConsidered.",
        IcpProvisions.S116ZB_6);
  }


  @Override
  public void check(RuleContext context) {
    if (context.system().icp().isEmpty()) {
      return;
    }
    List<JointStrategicNeedsAssessment> assessments = context.system().needsAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      JointStrategicNeedsAssessment assessment = assessments.get(i);
      if (assessment.givenToIntegratedCarePartnership()
          && assessment.strategyRevisionConsidered().equals(Optional.of(false))) {
        context.report(
            context.base().property("needsAssessments").index(i).property("strategyRevisionConsidered"),
            assessment.id(),
            "The integrated care partnership received the needs assessment " + assessment.id() + " but is"
                + " recorded as not having considered whether its integrated care strategy should be revised, as"
                + " s.116ZB(6)(a) requires each time it receives one.");
      }
    }
  }
}
