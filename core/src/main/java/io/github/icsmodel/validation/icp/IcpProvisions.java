package io.github.icsmodel.validation.icp;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.Organisation;

/** The provisions of the 2007 Act these rules enforce, their text and the date they came into force. */
final class IcpProvisions {
  private IcpProvisions() {}

  static LegalReference section116za(String subdivision) {
    return LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZA")
        .subdivision(subdivision);
  }

  static LegalReference section116zb(String subdivision) {
    return LegalReference.section(Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, "116ZB")
        .subdivision(subdivision);
  }

  static final String S116ZA_1 = Statute.subsection("lgpiha2007:116ZA", "1");

  static final String S116ZA_2 = Statute.subsection("lgpiha2007:116ZA", "2");

  static final String S116ZB_1 = Statute.subsection("lgpiha2007:116ZB", "1");

  static final String S116ZB_2 = Statute.subsection("lgpiha2007:116ZB", "2");

  static final String S116ZB_4 = Statute.subsection("lgpiha2007:116ZB", "4");

  static final String S116ZB_6 = Statute.subsection("lgpiha2007:116ZB", "6");

  static final String S116ZB_7 = Statute.subsection("lgpiha2007:116ZB", "7");

  static String describe(Organisation organisation) {
    // By name and national code (GSS for a local authority, ODS for an NHS body), or the id if it has none.
    String code = organisation.gssCode().map(Object::toString)
        .or(() -> organisation.odsCode().map(Object::toString))
        .orElse(organisation.id().toString());
    return organisation.name() + " (" + code + ")";
  }
}
