package io.github.icsmodel.validation.cooperation;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on the duties to co-operate (NHS Act 2006 ss.72 and 82). */
public final class CooperationRules {
  private CooperationRules() {}

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new NhsBodiesConnectedRule(), new NhsLocalAuthorityRule());
  }
}
