package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chief-executive-appointment}: the chief executive was appointed by the chair with the approval of
 * NHS England. Schedule 1B para 7(1) to the NHS Act 2006: "The constitution must provide for the chief executive to
 * be appointed by the chair, with the approval of NHS England."
 *
 * <p>Reported when the recorded appointer is not the chair, when NHS England's approval is not recorded, and when
 * the appointment is not recorded at all (see {@link ChairAppointmentRule} for why).
 */
final class ChiefExecutiveAppointmentRule extends AppointmentTemplate {
  /** Creates the rule. */
  ChiefExecutiveAppointmentRule() {
    super(
        "board.chief-executive-appointment",
        BoardProvisions.paragraph("7", "(1)"),
        "The chief executive was appointed by the chair with the approval of NHS England",
        BoardProvisions.PARA_7_1,
        MemberRole.CHIEF_EXECUTIVE,
        "chief executive",
        AppointingAuthority.ICB_CHAIR,
        AppointingAuthority.NHS_ENGLAND,
        false);
  }
}
