package io.github.icsmodel.validation.plans;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.area.IcbArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code plan.capital-plan}: a joint capital resource use plan for the financial year containing the validation
 * date was prepared before the year started, published, and given to the integrated care partnership, each
 * relevant health and wellbeing board and NHS England. Enforces s.14Z56 of the NHS Act 2006:
 *
 * <blockquote>Before the start of each financial year, an integrated care board and its partner NHS trusts and NHS
 * foundation trusts must prepare a plan setting out their planned capital resource use.</blockquote>
 *
 * <p>The library's legal sources record, without quoting, that the plan "must be published and given to the ICP, to each
 * relevant HWB and to NHSE"; relevant boards are found as {@code plan.jfp-given} finds them. Section 14Z56 was in
 * force from 1 July 2022. For 2022/23 S.I. 2022/734 reg 33(5) reads s.14Z56(1) as if "Before the start of each
 * financial year" read "As soon as reasonably practicable after the giving of any direction pursuant to subsection
 * (2) relating to any part of the financial year ending with 31st March 2023": a 2022/23 plan was required, but
 * its deadline turns on the date of the Secretary of State's direction, which a configuration does not record, so
 * the rule does not check 2022/23. For an ICB established later, its first financial year begins the day it is
 * established (s.14Z52(8)(a)), so no plan can precede it and the rule does not check that year either. The basis
 * is the whole of s.14Z56: the duty to prepare is in (1), to publish in (4) and to give copies in (5).
 *
 * <p>ERROR. Findings: no plan for the year (at {@code /capitalResourceUsePlans}), only where the configuration
 * records its capital resource use plans ({@link RecordedSection#CAPITAL_RESOURCE_USE_PLANS}; otherwise
 * {@link CapitalPlanUnrecordedRule} says that it does not show the duty met); prepared on or after 1 April
 * ({@code preparedOn}); not published by the validation date ({@code publishedOn}); not given to the partnership,
 * a relevant board or NHS England (the matching {@code givenTo…} property). If several plans are for the year, the
 * latest prepared is checked.
 */
final class CapitalPlanRule extends AbstractRule {
  private final ImmutableMap<GssCode, GssCode> districtCounties;

  /** Creates the rule with no district-to-county lookup. */
  CapitalPlanRule() {
    this(ImmutableMap.of());
  }

  /**
   * Creates the rule with a district-to-county lookup, used to tell whether a county council's board is relevant.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   */
  CapitalPlanRule(Map<GssCode, GssCode> districtCounties) {
    super(
        "plan.capital-plan",
        Severity.ERROR,
        PlanProvisions.nhsa("14Z56", ""),
        "A joint capital resource use plan for the year was prepared before it started, published and given to the"
            + " ICP, the relevant health and wellbeing boards and NHS England",
        "Prepare the capital resource use plan before 1 April, publish it, give copies, and record each step.",
        PlanProvisions.S14Z56);
    this.districtCounties = ImmutableMap.copyOf(districtCounties);
  }


  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    OptionalInt found = PlanPaths.CAPITAL_PLANS.reportMissingOrLate(context);
    if (found.isEmpty()) {
      return;
    }
    JointCapitalResourceUsePlan plan = system.capitalResourceUsePlans().get(found.getAsInt());
    JsonPointer path = PlanPaths.CAPITAL_PLANS.path(context).index(found.getAsInt());
    String name = "The joint capital resource use plan " + plan.id() + " for " + plan.financialYear();
    Optional<LocalDate> publishedOn = plan.publishedOn();
    if (publishedOn.isEmpty() || publishedOn.get().isAfter(context.asOf())) {
      context.report(
          path.property("publishedOn"), plan.id(), name + " is not recorded as published by " + context.asOf() + ".");
    }
    if (system.icp().isPresent() && !plan.givenToIntegratedCarePartnership()) {
      context.report(
          path.property("givenToIntegratedCarePartnership"),
          plan.id(),
          name + " was not given to the integrated care partnership.");
    }
    for (Organisation board : IcbArea.of(system, districtCounties).relevantHealthAndWellbeingBoards(system)) {
      if (board.existsOn(context.asOf()) && !plan.givenToHealthAndWellbeingBoards().contains(board.id())) {
        context.report(
            path.property("givenToHealthAndWellbeingBoards"),
            board.id(),
            name + " was not given to " + board.name() + " (" + board.id() + "), a relevant health and wellbeing"
                + " board.");
      }
    }
    if (!plan.givenToNhsEngland()) {
      context.report(path.property("givenToNhsEngland"), plan.id(), name + " was not given to NHS England.");
    }
  }
}
