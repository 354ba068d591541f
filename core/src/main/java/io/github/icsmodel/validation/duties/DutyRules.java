package io.github.icsmodel.validation.duties;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on the ICB's assurance of its general duties (NHS Act 2006 ss.14Z34 to 14Z45). */
public final class DutyRules {
  private DutyRules() {}

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new AccountableLeadRule(), new CurrentEvidenceRule(), new InequalitiesBothLimbsRule());
  }
}
