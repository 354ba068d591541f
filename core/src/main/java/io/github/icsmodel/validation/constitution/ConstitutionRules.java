package io.github.icsmodel.validation.constitution;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/**
 * The rules on what the ICB's constitution must provide beyond the board's make-up: its publication (s.14Z29 of the
 * NHS Act 2006) and the chair's approval of members of commissioning committees (Sch. 1B para 11(4)(a)).
 */
public final class ConstitutionRules {
  private ConstitutionRules() {}

  /**
   * Returns the constitution rules.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.of(
        new PublishedRule(), new PublicationUnrecordedRule(), new CommitteeMembersApprovedByChairRule());
  }
}
