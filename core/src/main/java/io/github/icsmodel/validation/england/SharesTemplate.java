package io.github.icsmodel.validation.england;

import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Scope;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A national ERROR rule on how the areas of integrated care boards share England's local authority areas: it reads
 * the shares each area's systems hold ({@link EnglandPaths#of}), from 1 July 2022, the day the ICBs were
 * established ({@link EnglandPaths#APPOINTED_DAY}).
 */
abstract class SharesTemplate extends AbstractRule {

  SharesTemplate(String id, Basis basis, String summary, String remedy, String quotation) {
    super(id, Severity.ERROR, basis, summary, remedy, quotation);
  }

  @Override
  public final Scope scope() {
    return Scope.NATIONAL;
  }

  @Override
  public final boolean appliesOn(LocalDate date) {
    return !date.isBefore(EnglandPaths.APPOINTED_DAY);
  }

  @Override
  public final void check(RuleContext context) {
    check(context, EnglandPaths.of(context.national(), context.asOf(), context.base()));
  }

  /**
   * Checks the shares.
   *
   * @param context the context
   * @param byArea the shares of each local authority area the systems existing on the date hold, by GSS code
   */
  abstract void check(RuleContext context, Map<GssCode, List<EnglandPaths.Share>> byArea);
}
