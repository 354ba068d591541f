package io.github.icsmodel.validation.icb;

import io.github.icsmodel.law.StartDate;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the two rules on the ICB's existence share: both are INFORMATION findings under NHS Act 2006 s.14Z25(2)
 * (ICBs are established, and abolished, by order made by NHS England), both apply on every date, and both run
 * when the ICB does not exist on the date of validation, since that is what they report.
 */
abstract class IcbExistenceTemplate extends AbstractRule {

  IcbExistenceTemplate(String id, String summary, String remedy) {
    super(id, Severity.INFORMATION, IcbRules.ESTABLISHMENT, summary, remedy, IcbRules.S14Z25_2);
  }

  @Override
  public final Optional<StartDate> startDate() {
    return IcbRules.always();
  }

  @Override
  public final boolean appliesOn(LocalDate date) {
    return true;
  }

  @Override
  public final boolean requiresExistingIcb() {
    return false;
  }
}
