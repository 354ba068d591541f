package io.github.icsmodel.validation.duties;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code duty.current-evidence}: each general duty of the ICB (NHS Act 2006 ss.14Z34 to 14Z45) has evidence of
 * its discharge dated within the year before the validation date.
 *
 * <p>INFORMATION. The ICB reports each year on how it discharged these duties in the previous financial year
 * (s.14Z58(1)), and must "in particular— (a) explain how the integrated care board has discharged its duties
 * under sections 14Z34 to 14Z45 and 14Z49" (s.14Z58(2)(a)); NHS England assesses it "in respect of each financial
 * year" (s.14Z59(1)). Evidence more than a year old cannot show the current year's discharge, but its absence is a
 * gap in the record, not proof of a breach, and no NHS England document in the library's legal sources sets an evidence
 * cadence: so this is advice, citing the provision it serves, and the one-year window is the library's own (the
 * law review of December 2026, item R-26); the finding says so.
 *
 * <p>Evidence is current if dated no more than one year before the validation date and not after it. Findings: a
 * duty with no assurance record (at {@code /dutyAssurances}), and a duty whose records hold no current evidence
 * (at the first record's {@code evidence}, giving the latest date found).
 */
final class CurrentEvidenceRule extends GeneralDutyTemplate {

  /** Creates the rule. */
  CurrentEvidenceRule() {
    super(
        "duty.current-evidence",
        Severity.INFORMATION,
        DutyProvisions.section14z58TwoA(),
        "Each general duty of the ICB has evidence of its discharge from the last year",
        "Add evidence dated within the last year to the duty's assurance record.",
        DutyProvisions.S14Z58_2_A);
  }

  @Override
  String noRecord(String duty) {
    return "No assurance record, and so no evidence, for " + duty + ", a general duty of the ICB.";
  }

  @Override
  DutyCheck start(RuleContext context, List<DutyAssurance> assurances, JsonPointer path) {
    LocalDate asOf = context.asOf();
    return (duty, records) -> {
      boolean current = false;
      LocalDate latest = null;
      for (int index : records) {
        for (Evidence evidence : assurances.get(index).evidence()) {
          if (IcbDuties.isCurrent(evidence, asOf)) {
            current = true;
          }
          if (!evidence.date().isAfter(asOf) && (latest == null || evidence.date().isAfter(latest))) {
            latest = evidence.date();
          }
        }
      }
      if (!current) {
        context.report(
            path.index(records.get(0)).property("evidence"),
            "No evidence for " + IcbDuties.cite(duty) + " dated between " + asOf.minusYears(1) + " and " + asOf
                + (latest == null ? " (none is recorded)" : " (the latest is dated " + latest + ")") + "; the"
                + " one-year window is this library's advice, not a period the Act sets.");
      }
    };
  }
}
