package io.github.icsmodel.validation.purposes;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on objectives and the four core purposes (NHS England policy). */
public final class PurposeRules {
  private PurposeRules() {}

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new EachPurposeHasObjectiveRule(), new InequalitiesMeasurableRule());
  }
}
