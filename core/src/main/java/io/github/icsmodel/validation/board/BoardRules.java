package io.github.icsmodel.validation.board;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.validation.Rule;
import java.util.List;
import java.util.Map;

/**
 * The rules for the board of an integrated care board and its committees: Schedule 1B to the NHS Act 2006
 * (errors) and NHS England policy (warnings and advice).
 */
public final class BoardRules {
  private BoardRules() {}

  /**
   * Returns the rules of this family.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return rules(Map.of());
  }

  /**
   * Returns the rules of this family, finding the local authorities of an ICB's area with a district-to-county
   * lookup, such as one built from ONS reference data.
   *
   * @param districtCounties the GSS code of the county of each non-metropolitan district, by the district's code
   * @return the rules
   */
  public static List<Rule> rules(Map<GssCode, GssCode> districtCounties) {
    return ImmutableList.of(
        // Statutory: Schedule 1B.
        new ChairCountRule(),
        new ChiefExecutiveCountRule(),
        new OrdinaryMemberCountRule(),
        new PartnerMemberTrustsRule(districtCounties),
        new PartnerMemberPrimaryMedicalServicesRule(districtCounties),
        new PartnerMemberLocalAuthoritiesRule(districtCounties),
        new ChairAppointmentRule(),
        new ChiefExecutiveAppointmentRule(),
        new ChiefExecutiveEmployedRule(),
        new OrdinaryMemberApprovalRule(),
        new IndependenceRule(),
        new CommitteeMembersApprovedByChairRule(),
        new CommitteeIndependenceRule(),
        // Statutory, graded below ERROR: what the configuration does not show, and para 8(6)'s aim.
        new MentalHealthExpertiseRule(),
        new PartnerMemberJointNominationRule(districtCounties),
        new PartnerMemberNominationUnrecordedRule(),
        new PartnerMemberTrustAreaUnrecordedRule(),
        new AppointedBeforeEstablishmentRule(),
        new ChairAppointmentUnrecordedRule(),
        new ChiefExecutiveAppointmentUnrecordedRule(),
        new ChiefExecutiveEmploymentUnrecordedRule(),
        new OrdinaryMemberApprovalUnrecordedRule(),
        new PersonInTwoSeatsRule(),
        new VacancyRule(),
        new SeatUnrecordedRule(),
        // Policy: NHS England.
        new DisqualifiedRule(),
        new IndependenceUnassessedRule(),
        new ExecutiveFinanceRule(),
        new ExecutiveMedicalRule(),
        new ExecutiveNursingRule(),
        new NonExecutiveCountRule(),
        new ChairIndependentRule(),
        new DeputyChairRule(),
        new SeniorNonExecutiveRule(),
        new CommitteeAuditExistsRule());
  }
}
