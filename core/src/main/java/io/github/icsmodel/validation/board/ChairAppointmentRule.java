package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.MemberRole;

/**
 * {@code board.chair-appointment}: the chair was appointed by NHS England with the approval of the Secretary of
 * State. Schedule 1B para 5 to the NHS Act 2006: "The constitution must provide for the chair to be appointed by
 * NHS England, with the approval of the Secretary of State."
 *
 * <p>Reported when the recorded appointer is not NHS England, or the recorded approvals do not include the
 * Secretary of State's. An appointment that is not recorded is {@link ChairAppointmentUnrecordedRule}'s concern.
 */
final class ChairAppointmentRule extends AppointmentTemplate {
  /** Creates the rule. */
  ChairAppointmentRule() {
    super(
        "board.chair-appointment",
        BoardProvisions.paragraph("5", ""),
        "The chair was appointed by NHS England with the approval of the Secretary of State",
        BoardProvisions.PARA_5,
        MemberRole.CHAIR,
        "chair",
        AppointingAuthority.NHS_ENGLAND,
        AppointingAuthority.SECRETARY_OF_STATE,
        false);
  }
}
