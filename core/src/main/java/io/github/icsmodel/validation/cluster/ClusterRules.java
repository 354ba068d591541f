package io.github.icsmodel.validation.cluster;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.validation.Rule;
import java.util.List;

/** The rules on clusters of integrated care boards and the posts they share. */
public final class ClusterRules {
  private ClusterRules() {}

  /**
   * Returns the rules.
   *
   * @return the rules, in id order
   */
  public static List<Rule> rules() {
    return ImmutableList.of(
        new SharedChairAtEachIcbRule(), new SharedChiefExecutiveNotShownRule(), new SharedChiefExecutiveAtEachIcbRule());
  }
}
