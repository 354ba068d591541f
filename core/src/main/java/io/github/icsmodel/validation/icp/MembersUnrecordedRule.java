package io.github.icsmodel.validation.icp;

import io.github.icsmodel.system.RecordedSection;

/**
 * {@code icp.members-unrecorded}: the configuration records the integrated care partnership's members (s.116ZA(2)
 * of the Local Government and Public Involvement in Health Act 2007). A WARNING, not an ERROR: a partnership with
 * no member recorded, in a configuration that does not name {@code "integrated-care-partnership-members"} among its
 * {@code recordedSections} (as in a starting file from {@code ics init}), is silent on its members, which is not a
 * finding that none was appointed; {@code icp.icb-member} and {@code icp.local-authority-members} judge recorded
 * members. Silent when there is no partnership. One finding, at {@code /icp}.
 */
final class MembersUnrecordedRule extends SectionUnrecordedTemplate {

  /** Creates the rule. */
  MembersUnrecordedRule() {
    super(
        "icp.members-unrecorded",
        IcpProvisions.section116za("(2)"),
        "The configuration records the integrated care partnership's members",
        "Record the partnership's members (icp.members): one appointed by the ICB and one by each responsible local"
            + " authority, with any the partnership appoints.",
        IcpProvisions.S116ZA_2,
        RecordedSection.INTEGRATED_CARE_PARTNERSHIP_MEMBERS,
        "The configuration does not record the integrated care partnership's members, so it does not show a"
            + " member appointed by the ICB and one by each responsible local authority (s.116ZA(2)(a) and (b) of"
            + " the Local Government and Public Involvement in Health Act 2007).");
  }
}
