package io.github.icsmodel.validation.interest;

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
  static final String SUBSECTION_1 =
      "(1) Each integrated care board must maintain one or more registers of the interests of— (a) members of the"
          + " board, (b) members of its committees or sub-committees, and (c) its employees.";

  /** s.14Z30(2). */
  static final String SUBSECTION_2 =
      "(2) Each integrated care board must publish the registers maintained under subsection (1) or make"
          + " arrangements to ensure that members of the public have access to the registers on request.";

  /** s.14Z30(3). */
  static final String SUBSECTION_3 =
      "(3) Each integrated care board must make arrangements to ensure— (a) that a person mentioned in subsection"
          + " (1) declares any conflict or potential conflict of interest that the person has in relation to a"
          + " decision to be made in the exercise of the commissioning functions of the integrated care board, (b)"
          + " that any such declaration is made as soon as practicable after the person becomes aware of the"
          + " conflict or potential conflict and, in any event, within 28 days of the person becoming aware, and"
          + " (c) that any such declaration is included in the registers maintained under subsection (1).";

  /** The registers: {@code /icb/registersOfInterests}. */
  static JsonPointer registers(RuleContext context) {
    return context.base().property("icb").property("registersOfInterests");
  }
}
