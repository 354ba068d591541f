package io.github.icsmodel.validation.interest;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/**
 * The rules for conflicts of interest under s.14Z30 of the NHS Act 2006.
 *
 * <p>There is no rule that each declarant is a known board or committee member: s.14Z30(1)(c) covers employees too,
 * whom the model does not list, so a declarant the configuration does not name may well be a lawful one.
 */
public final class InterestRules {
  private InterestRules() {}

  /**
   * Returns the rules of this family.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.of(
        new RegistersKeptRule(), new RegistersUnrecordedRule(), new RegistersAccessibleRule(), new DeclarationWithin28DaysRule());
  }
}
