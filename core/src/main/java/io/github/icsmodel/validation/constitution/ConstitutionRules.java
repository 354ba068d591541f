package io.github.icsmodel.validation.constitution;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/**
 * The rules on the ICB's constitution beyond the board's make-up: its publication (s.14Z29 of the NHS Act 2006).
 * What the constitution must provide for committees that exercise commissioning functions (Sch. 1B para 11(4)) is
 * checked with the board's committees, among the board rules.
 */
public final class ConstitutionRules {
  private ConstitutionRules() {}

  /**
   * Returns the constitution rules.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new PublishedRule(), new PublicationUnrecordedRule());
  }
}
