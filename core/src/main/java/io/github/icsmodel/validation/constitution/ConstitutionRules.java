package io.github.icsmodel.validation.constitution;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on the ICB's constitution itself (as distinct from its board): s.14Z29 of the NHS Act 2006. */
public final class ConstitutionRules {
  private ConstitutionRules() {}

  /**
   * Returns the constitution rules.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new ConstitutionPublishedRule());
  }
}
