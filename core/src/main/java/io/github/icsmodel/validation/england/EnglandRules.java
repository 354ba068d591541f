package io.github.icsmodel.validation.england;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.validation.Rule;
import java.util.List;
import java.util.Set;

/** The national rules on ICB areas (NHS Act 2006 s.14Z25(3) and (4)). */
public final class EnglandRules {
  private EnglandRules() {}

  /**
   * Returns the rules that need no reference data: {@code england.no-overlap}.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return ImmutableList.of(new NoOverlapRule());
  }

  /**
   * Returns all the national rules, {@code england.coverage} checking the given districts.
   *
   * @param englandDistricts the GSS codes of all of England's local authority districts
   * @return the rules, in id order
   */
  public static List<Rule> rules(Set<GssCode> englandDistricts) {
    return ImmutableList.of(new CoverageRule(englandDistricts), new NoOverlapRule());
  }
}
