package io.github.icsmodel.validation.builtin;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.board.BoardRules;
import io.github.icsmodel.validation.interest.InterestRules;
import java.util.List;

/**
 * The library's built-in rules, family by family: the one place where {@code RuleSet.all()} learns of them. Not
 * API: this package is not exported.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * Returns every built-in rule, in no particular order ({@code RuleSet} orders them by id and refuses two rules
   * with one id).
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.<Rule>builder()
        // The board of the ICB and its committees: Schedule 1B to the NHS Act 2006 and NHS England policy.
        .addAll(BoardRules.rules())
        // Conflicts of interest: s.14Z30 of the NHS Act 2006.
        .addAll(InterestRules.rules())
        // Further families join here, one line each, such as:
        // .addAll(IcpRules.rules())
        .build();
  }
}
