package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chair-appointment-unrecorded}: the configuration records how the chair was appointed and with whose
 * approval (see {@link ChairAppointmentRule}). A WARNING: an unrecorded appointment may well have been lawful, but the
 * configuration does not show it.
 */
final class ChairAppointmentUnrecordedRule extends AppointmentTemplate {
  /** Creates the rule. */
  ChairAppointmentUnrecordedRule() {
    super(
        "board.chair-appointment-unrecorded",
        BoardProvisions.paragraph("5", ""),
        "The configuration records who appointed the chair and with whose approval",
        BoardProvisions.PARA_5,
        MemberRole.CHAIR,
        "chair",
        AppointingAuthority.NHS_ENGLAND,
        AppointingAuthority.SECRETARY_OF_STATE,
        true);
  }
}
