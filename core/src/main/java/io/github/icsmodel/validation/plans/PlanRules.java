package io.github.icsmodel.validation.plans;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.validation.Rule;
import java.util.List;
import java.util.Map;

/**
 * The rules on the joint forward plan (NHS Act 2006 s.14Z52), the joint capital resource use plan (s.14Z56) and
 * the annual report (s.14Z58).
 */
public final class PlanRules {
  private PlanRules() {}

  /**
   * Returns the rules, without a district-to-county lookup.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return rules(ImmutableMap.of());
  }

  /**
   * Returns the rules, using a district-to-county lookup (such as one built from ONS reference data) to decide
   * which county councils' health and wellbeing boards are relevant.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's GSS
   *     code
   * @return the rules, in id order
   */
  public static List<Rule> rules(Map<GssCode, GssCode> districtCounties) {
    return ImmutableList.of(
        new AnnualReportDutiesRule(),
        new AnnualReportHwbConsultedRule(),
        new AnnualReportMentalHealthRule(),
        new AnnualReportPreparedRule(),
        new AnnualReportPublishedRule(),
        new AnnualReportReviewsRule(),
        new AnnualReportUnrecordedRule(),
        new CapitalPlanRule(districtCounties),
        new CapitalPlanUnrecordedRule(),
        new JfpConsultationRule(),
        new JfpDescribesServicesRule(),
        new JfpExistsRule(),
        new JfpExplainsDutiesRule(),
        new JfpFiveYearsRule(),
        new JfpGivenRule(districtCounties),
        new JfpHealthAndWellbeingStrategiesRule(),
        new JfpPublishedRule(),
        new JfpUnder25sRule(),
        new JfpUnrecordedRule(),
        new JfpVictimsOfAbuseRule());
  }
}
