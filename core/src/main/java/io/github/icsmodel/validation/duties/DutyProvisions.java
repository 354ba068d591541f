package io.github.icsmodel.validation.duties;

import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;

/**
 * The duty family's provisions: citations and quotations. Where the rules look in a configuration is in {@link
 * DutyPaths}.
 */
final class DutyProvisions {
  private DutyProvisions() {}

  /**
   * s.14Z58(2) to the end of its paragraph (a): the catalogue holds s.14Z58 whole, but this quotation stops inside
   * subsection (2), so it is kept here; the quotations test checks it verbatim against the catalogue's text.
   */
  static final String S14Z58_2_A =
      "(2) An annual report must, in particular— (a) explain how the integrated care board has discharged its"
          + " duties under sections 14Z34 to 14Z45 and 14Z49 (general duties of integrated care boards),";

  static LegalReference section14z58TwoA() {
    return LegalReference.section(Act.NHS_ACT_2006, "14Z58").subdivision("(2)(a)");
  }
}
