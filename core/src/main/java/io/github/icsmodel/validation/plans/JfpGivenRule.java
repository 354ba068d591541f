package io.github.icsmodel.validation.plans;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.Map;

/**
 * {@code plan.jfp-given}: a copy of the joint forward plan was given to the integrated care partnership, each
 * relevant health and wellbeing board and NHS England. Enforces s.14Z52(4) of the NHS Act 2006:
 *
 * <blockquote>(4) The integrated care board and its partner NHS trusts and NHS foundation trusts must give a copy
 * of the plan to— (a) the integrated care partnership for the board's area, (b) each relevant Health and Wellbeing
 * Board, and (c) NHS England.</blockquote>
 *
 * <p>with s.14Z52(7): "In this Chapter "relevant Health and Wellbeing Board", in relation to an integrated care
 * board (or an integrated care board and its partner NHS trusts and NHS foundation trusts), means a Health and
 * Wellbeing Board established by a local authority whose area coincides with, or includes the whole or any part
 * of, the area of the integrated care board."
 *
 * <p>The relevant boards are the health and wellbeing boards among the system's organisations, less any whose
 * local authority is known to lie outside the ICB's area ({@link IcbArea#relevantHealthAndWellbeingBoards}; the
 * model does not record which authority established a board, so the link is by GSS code). NHS England may direct
 * the date for giving copies (s.14Z52(5)); the rule checks that they have been given by the validation date.
 * ERROR: one finding per missing recipient, at {@code givenToIntegratedCarePartnership},
 * {@code givenToHealthAndWellbeingBoards} (naming the board) or {@code givenToNhsEngland}. The partnership is
 * required only if the system has one. Applies as {@code plan.jfp-exists} does.
 */
final class JfpGivenRule extends ForwardPlanTemplate {
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  /** Creates the rule with no district-to-county lookup. */
  JfpGivenRule() {
    this(ImmutableMap.of());
  }

  /**
   * Creates the rule with a district-to-county lookup, used to tell whether a county council's board is relevant.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   */
  JfpGivenRule(Map<GssCode, GssCode> districtCounties) {
    super(
        "plan.jfp-given",
        PlanProvisions.nhsa("14Z52", "(4)"),
        "The joint forward plan was given to the ICP, each relevant health and wellbeing board and NHS England",
        "Give a copy of the plan to each missing recipient and record it.",
        PlanProvisions.S14Z52_4);
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }

  @Override
  void check(RuleContext context, JointForwardPlan plan, JsonPointer path) {
    if (context.system().icp().isPresent() && !plan.givenToIntegratedCarePartnership()) {
      context.report(
          path.property("givenToIntegratedCarePartnership"),
          plan.id(),
          "The joint forward plan " + plan.id() + " was not given to the integrated care partnership"
              + " (s.14Z52(4)(a)).");
    }
    IcbArea area = IcbArea.of(context.system(), districtCounties);
    for (Organisation board : area.relevantHealthAndWellbeingBoards(context.system())) {
      if (board.existsOn(context.asOf()) && !plan.givenToHealthAndWellbeingBoards().contains(board.id())) {
        context.report(
            path.property("givenToHealthAndWellbeingBoards"),
            board.id(),
            "The joint forward plan " + plan.id() + " was not given to " + board.name() + " (" + board.id()
                + "), a relevant health and wellbeing board (s.14Z52(4)(b)).");
      }
    }
    if (!plan.givenToNhsEngland()) {
      context.report(
          path.property("givenToNhsEngland"),
          plan.id(),
          "The joint forward plan " + plan.id() + " was not given to NHS England (s.14Z52(4)(c)).");
    }
  }
}
