package io.github.icsmodel.validation.board;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

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
    return ImmutableList.of(
        // Statutory: Schedule 1B.
        new ChairCount(),
        new ChiefExecutiveCount(),
        new OrdinaryMemberCount(),
        new PartnerMemberTrusts(),
        new PartnerMemberPrimaryMedicalServices(),
        new PartnerMemberLocalAuthorities(),
        new MentalHealthExpertise(),
        new ChairAppointment(),
        new ChiefExecutiveAppointment(),
        new ChiefExecutiveEmployed(),
        new OrdinaryMemberApproval(),
        new BoardIndependence(),
        new CommitteeIndependence(),
        // Policy: NHS England.
        new BoardIndependenceUnassessed(),
        new ExecutiveFinance(),
        new ExecutiveMedical(),
        new ExecutiveNursing(),
        new NonExecutiveCount(),
        new ChairIndependent(),
        new DeputyChair(),
        new SeniorNonExecutive(),
        new AuditCommitteeExists());
  }
}
