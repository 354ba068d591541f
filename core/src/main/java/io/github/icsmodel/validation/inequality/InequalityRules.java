package io.github.icsmodel.validation.inequality;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/**
 * The rules on how a system measures health inequalities: s.14Z35 of the NHS Act 2006 and NHS England's statement
 * on information on health inequalities (s.13SA).
 */
public final class InequalityRules {
  private InequalityRules() {}

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new BothLimbsIndicatorsRule(), new BreakdownsRule(), new TargetDatePassedRule());
  }
}
