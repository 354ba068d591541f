package io.github.icsmodel.validation.interest;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;

/** Citations of and quotations from s.14Z30 of the NHS Act 2006 (verbatim, per the library's legal sources), and paths. */
final class Section14Z30 {
  private Section14Z30() {}

  /** Section 14Z30 of the NHS Act 2006. */
  static final LegalReference SECTION = LegalReference.section(Act.NHS_ACT_2006, "14Z30");

  /** s.14Z30(1). */
  static final String SUBSECTION_1 = Statute.text("nhsa2006:14Z30(1)");

  /** s.14Z30(2). */
  static final String SUBSECTION_2 = Statute.text("nhsa2006:14Z30(2)");

  /** s.14Z30(3). */
  static final String SUBSECTION_3 = Statute.text("nhsa2006:14Z30(3)");

  /** The registers: {@code /icb/registersOfInterests}. */
  static JsonPointer registers(RuleContext context) {
    return context.base().property("icb").property("registersOfInterests");
  }
}
