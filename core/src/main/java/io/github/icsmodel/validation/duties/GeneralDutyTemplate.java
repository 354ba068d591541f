package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import java.util.Map;

/**
 * A rule on the assurance records of each general duty of the ICB (NHS Act 2006 ss.14Z34 to 14Z45), in section
 * order, from 1 July 2022 ({@link IcbDuties#IN_FORCE}). A duty with no assurance record is reported at
 * {@code /dutyAssurances} in the rule's words; the rule checks the records of each other duty.
 */
abstract class GeneralDutyTemplate extends AbstractRule {

  GeneralDutyTemplate(String id, Severity severity, Basis basis, String summary, String remedy, String quotation) {
    super(id, severity, basis, summary, remedy, quotation);
  }


  @Override
  public final void check(RuleContext context) {
    List<DutyAssurance> assurances = context.system().dutyAssurances();
    Map<DutyId, List<Integer>> byDuty = DutyPaths.byDuty(assurances);
    JsonPointer path = context.base().property("dutyAssurances");
    DutyCheck check = start(context, assurances, path);
    for (DutyId duty : IcbDuties.GENERAL) {
      List<Integer> records = byDuty.get(duty);
      if (records == null) {
        context.report(path, noRecord(IcbDuties.cite(duty)));
      } else {
        check.check(duty, records);
      }
    }
  }

  /**
   * The finding for a duty with no assurance record.
   *
   * @param duty the duty's citation, such as "s.14Z35"
   */
  abstract String noRecord(String duty);

  /**
   * Starts the check of one validation: what the rule needs once, and the check of one duty's records.
   *
   * @param context the context
   * @param assurances the system's duty assurances
   * @param path the assurances' JSON Pointer, {@code /dutyAssurances}
   */
  abstract DutyCheck start(RuleContext context, List<DutyAssurance> assurances, JsonPointer path);

  /** The check of one duty's assurance records. */
  interface DutyCheck {
    /**
     * Checks the records of a duty.
     *
     * @param duty the duty
     * @param records the indexes of its records in {@code /dutyAssurances}, in order (at least one)
     */
    void check(DutyId duty, List<Integer> records);
  }
}
