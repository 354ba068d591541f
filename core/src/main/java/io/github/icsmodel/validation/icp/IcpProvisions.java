package io.github.icsmodel.validation.icp;

import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.Organisation;
import java.time.LocalDate;

/** The provisions of the 2007 Act these rules enforce, their text and the date they came into force. */
final class IcpProvisions {
  private IcpProvisions() {}

  /** Health and Care Act 2022 s.26, which inserted ss.116ZA and 116ZB, came into force on 1 July 2022. */
  static final LocalDate IN_FORCE = LocalDate.of(2022, 7, 1);

  static LegalReference section116za(String subdivision) {
    return LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZA")
        .subdivision(subdivision);
  }

  static LegalReference section116zb(String subdivision) {
    return LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZB")
        .subdivision(subdivision);
  }

  static final String S116ZA_1 =
      "(1) An integrated care board and each responsible local authority whose area coincides with or falls wholly"
          + " or partly within the board's area must establish a joint committee for the board's area (an"
          + " \"integrated care partnership\").";

  static final String S116ZA_2 =
      "(2) The integrated care partnership for an area is to consist of— (a) one member appointed by the"
          + " integrated care board, (b) one member appointed by each of the responsible local authorities, and"
          + " (c) any members appointed by the integrated care partnership.";

  static final String S116ZB_1 =
      "(1) An integrated care partnership must prepare a strategy (an \"integrated care strategy\") setting out how"
          + " the assessed needs in relation to its area are to be met by the exercise of functions of— (a) the"
          + " integrated care board for its area, (b) NHS England, or (c) the responsible local authorities whose"
          + " areas coincide with or fall wholly or partly within its area.";

  static final String S116ZB_2 =
      "(2) In preparing a strategy under this section, an integrated care partnership must, in particular,"
          + " consider the extent to which the needs could be met more effectively by the making of arrangements"
          + " under section 75 of the National Health Service Act 2006 (rather than in any other way).";

  static final String S116ZB_4 =
      "(4) In preparing a strategy under this section, an integrated care partnership must— (a) involve the Local"
          + " Healthwatch organisations whose areas coincide with or fall wholly or partly within its area, and"
          + " (b) involve the people who live or work in that area.";

  static final String S116ZB_6 =
      "(6) Each time that an integrated care partnership receives an assessment of relevant needs under section"
          + " 116(5A) it must— (a) consider whether the current integrated care strategy should be revised, and (b)"
          + " if so, prepare a revised integrated care strategy under subsection (1).";

  static final String S116ZB_7 =
      "(7) An integrated care partnership must— (a) publish each integrated care strategy, and (b) give a copy of"
          + " each integrated care strategy to— (i) each responsible local authority whose area coincides with or"
          + " falls wholly or partly within its area, and (ii) each partner integrated care board of those"
          + " responsible local authorities.";

  static String describe(Organisation organisation) {
    // By name and national code (GSS for a local authority, ODS for an NHS body), or the id if it has none.
    String code = organisation.gssCode().map(Object::toString)
        .or(() -> organisation.odsCode().map(Object::toString))
        .orElse(organisation.id().toString());
    return organisation.name() + " (" + code + ")";
  }
}
