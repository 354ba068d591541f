package io.github.icsmodel.validation.icb;

import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.time.LocalDate;

/**
 * {@code icb.not-yet-established}: on the date of validation the ICB had not been established, so no duty of an
 * ICB applied to it and no other rule about it runs. Before 1 July 2022 no integrated care board existed at all:
 * the provisions establishing them (HCA 2022 s.19, inserting ss.14Z25 to 14Z31 of the NHS Act 2006) came into force
 * on that day (S.I. 2022/734 Schedule), and ICBs are "established by order made by NHS England" (s.14Z25(2)).
 *
 * <p>INFORMATION: a configuration validated as of a date before its ICB existed is not wrong, it is early. One
 * finding at {@code /icb/establishedOn}.
 */
final class NotYetEstablishedRule extends IcbExistenceTemplate {

  /** Creates the rule. */
  NotYetEstablishedRule() {
    super(
        "icb.not-yet-established",
        "The ICB had been established by the date of validation",
        "Validate as of a date on or after the ICB's establishment.");
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareBoard icb = context.system().icb();
    LocalDate asOf = context.asOf();
    if (!asOf.isBefore(icb.establishedOn())) {
      return;
    }
    JsonPointer path = context.base().property("icb").property("establishedOn");
    if (asOf.isBefore(IcbRules.FIRST_ICBS)) {
      context.report(path, icb.id(),
          "On " + asOf + " no integrated care board existed: the first were established on 1 July 2022, when the"
              + " provisions on them came into force (S.I. 2022/734). No duty of an ICB applies on this date, so no"
              + " other rule about " + icb.name() + " was checked.");
    } else {
      context.report(path, icb.id(),
          "On " + asOf + " " + icb.name() + " had not yet been established (the configuration records its"
              + " establishment on " + icb.establishedOn() + "). No duty of an ICB applied to it then, so no other"
              + " rule about it was checked.");
    }
  }
}
