package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chief-executive-appointment-unrecorded}: the configuration records how the chief executive was appointed and with whose
 * approval (see {@link ChiefExecutiveAppointmentRule}). A WARNING: an unrecorded appointment may well have been lawful, but the
 * configuration does not show it.
 */
final class ChiefExecutiveAppointmentUnrecordedRule extends AppointmentTemplate {
  /** Creates the rule. */
  ChiefExecutiveAppointmentUnrecordedRule() {
    super(
        "board.chief-executive-appointment-unrecorded",
        BoardProvisions.paragraph("7", "(1)"),
        "The configuration records who appointed the chief executive and with whose approval",
        BoardProvisions.PARA_7_1,
        MemberRole.CHIEF_EXECUTIVE,
        "chief executive",
        AppointingAuthority.ICB_CHAIR,
        AppointingAuthority.NHS_ENGLAND,
        true);
  }
}
