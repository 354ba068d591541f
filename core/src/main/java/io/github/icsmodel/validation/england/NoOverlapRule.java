package io.github.icsmodel.validation.england;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.RuleContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code england.no-overlap}: the areas of integrated care boards do not overlap, at local authority level.
 * Enforces s.14Z25(3) of the NHS Act 2006:
 *
 * <blockquote>(3) The area for which an integrated care board is established must not coincide or overlap with the
 * area of any other integrated care board.</blockquote>
 *
 * <p>National scope, ERROR. Local authorities are matched across systems by GSS code; only systems whose ICB
 * exists on the validation date count. An authority overlaps when two or more systems hold it and either one holds
 * it whole or their shares add up to more than 100% (with a tolerance of 0.1 for rounding). One finding per
 * authority, at the footprint entry of the second system to hold it, naming every system and share. Footprint
 * entries without a GSS code cannot be compared and are skipped. Applies from 1 July 2022, the day the ICBs were
 * established.
 */
final class NoOverlapRule extends SharesTemplate {

  /** Creates the rule. */
  NoOverlapRule() {
    super(
        "england.no-overlap",
        LegalReference.section(Act.NHS_ACT_2006, "14Z25").subdivision("(3)"),
        "The areas of integrated care boards do not overlap",
        "Correct the footprints so that each local authority area, or each part of a split one, is in one ICB's"
            + " area.",
        "(3) The area for which an integrated care board is established must not coincide or overlap with the"
            + " area of any other integrated care board.");
  }

  @Override
  void check(RuleContext context, Map<GssCode, List<EnglandPaths.Share>> byArea) {
    for (Map.Entry<GssCode, List<EnglandPaths.Share>> entry : byArea.entrySet()) {
      List<EnglandPaths.Share> shares = entry.getValue();
      long systems = shares.stream().map(s -> s.system().id()).distinct().count();
      if (systems < 2) {
        continue;
      }
      boolean whole = shares.stream().anyMatch(s -> s.area().isWhole());
      BigDecimal total = EnglandPaths.total(shares);
      if (!whole && total.compareTo(EnglandPaths.WHOLE.add(EnglandPaths.TOLERANCE)) <= 0) {
        continue;
      }
      EnglandPaths.Share second = shares.get(1);
      String held = shares.stream().map(EnglandPaths.Share::describe).collect(Collectors.joining(", "));
      context.report(
          second.path(),
          second.authority().id(),
          second.authority().name() + " (" + entry.getKey() + ") is in the areas of " + systems + " ICBs: " + held
              + (whole ? "" : ", " + total.toPlainString() + "% in all")
              + ". The area of an ICB must not coincide or overlap with that of any other (s.14Z25(3)).");
    }
  }
}
