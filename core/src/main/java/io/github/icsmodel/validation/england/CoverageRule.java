package io.github.icsmodel.validation.england;

import com.google.common.collect.ImmutableSortedSet;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code england.coverage}: the areas of integrated care boards together cover the whole of England. Enforces
 * s.14Z25(4) of the NHS Act 2006:
 *
 * <blockquote>(4) NHS England must ensure that, at all times on and after the appointed day, the areas of
 * integrated care boards together cover the whole of England.</blockquote>
 *
 * <p>National scope, ERROR. Core carries no reference data, so the rule is given the GSS codes of all of England's
 * local authority districts (unitary authorities, non-metropolitan and metropolitan districts, London boroughs and
 * the City of London) when it is made; the serialization module supplies them from ONS reference data. Only
 * systems whose ICB exists on the validation date count. Findings: each district in no system's footprint (at
 * {@code /systems}), and each district split between systems whose shares add up to less than 100% (with a
 * tolerance of 0.1), at the footprint entry of the last system to hold it. Shares above 100% are overlaps, which
 * {@code england.no-overlap} reports. Applies from 1 July 2022, the appointed day.
 */
final class CoverageRule extends SharesTemplate {
  private final ImmutableSortedSet<GssCode> englandDistricts;

  /**
   * Creates the rule.
   *
   * @param englandDistricts the GSS codes of all of England's local authority districts
   */
  CoverageRule(Set<GssCode> englandDistricts) {
    super(
        "england.coverage",
        LegalReference.section(Act.NHS_ACT_2006, "14Z25").subdivision("(4)"),
        "The areas of integrated care boards together cover the whole of England",
        "Add each district not covered, or the missing part of each split district, to an ICB's footprint.",
        "(4) NHS England must ensure that, at all times on and after the appointed day, the areas of integrated"
            + " care boards together cover the whole of England.");
    this.englandDistricts = ImmutableSortedSet.copyOf(englandDistricts);
  }

  /**
   * The districts the rule checks.
   *
   * @return the GSS codes, in order
   */
  public Set<GssCode> englandDistricts() {
    return englandDistricts;
  }

  @Override
  void check(RuleContext context, Map<GssCode, List<EnglandPaths.Share>> byDistrict) {
    JsonPointer systems = context.base().property("systems");
    BigDecimal least = EnglandPaths.WHOLE.subtract(EnglandPaths.TOLERANCE);
    for (GssCode district : englandDistricts) {
      List<EnglandPaths.Share> shares = byDistrict.get(district);
      if (shares == null) {
        context.report(
            systems,
            "The local authority district " + district + " is in no ICB's area: the areas of ICBs must together"
                + " cover the whole of England (s.14Z25(4)).");
        continue;
      }
      BigDecimal total = EnglandPaths.total(shares);
      if (total.compareTo(least) < 0) {
        EnglandPaths.Share last = shares.get(shares.size() - 1);
        context.report(
            last.path().property("share"),
            last.authority().id(),
            last.authority().name() + " (" + district + ") is covered only " + total.toPlainString() + "% by "
                + shares.stream().map(EnglandPaths.Share::describe).collect(Collectors.joining(", "))
                + ": the areas of ICBs must together cover the whole of England (s.14Z25(4)).");
      }
    }
  }
}
