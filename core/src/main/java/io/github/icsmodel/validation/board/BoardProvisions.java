package io.github.icsmodel.validation.board;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;

/**
 * Citations of, and quotations from, Schedule 1B to the NHS Act 2006 (inserted by the Health and Care Act 2022,
 * Sch. 2), as the library's legal sources give them verbatim.
 */
final class BoardProvisions {
  private BoardProvisions() {}

  /** Sch. 1B para 3(1). */
  static final String PARA_3_1 = Statute.subsection("nhsa2006:sch1B.3", "1");

  /** Sch. 1B para 4. */
  static final String PARA_4 = Statute.text("nhsa2006:sch1B.4");

  /** Sch. 1B para 5. */
  static final String PARA_5 = Statute.text("nhsa2006:sch1B.5");

  /** Sch. 1B para 7(1). */
  static final String PARA_7_1 = Statute.subsection("nhsa2006:sch1B.7", "1");

  /** Sch. 1B para 7(2). */
  static final String PARA_7_2 = Statute.subsection("nhsa2006:sch1B.7", "2");

  /** Sch. 1B para 8(1). */
  static final String PARA_8_1 = Statute.subsection("nhsa2006:sch1B.8", "1");

  /** Sch. 1B para 8(2). */
  static final String PARA_8_2 =
      "The constitution must provide for the ordinary members to include— (a) at least one member nominated"
          + " jointly by the NHS trusts and NHS foundation trusts that— (i) provide services for the purposes of"
          + " the health service within the integrated care board's area, and (ii) are of a prescribed"
          + " description, (b) at least one member nominated jointly by persons who— (i) provide primary medical"
          + " services for the purposes of the health service within the integrated care board's area, and (ii)"
          + " are of a prescribed description, (c) at least one member nominated jointly by the local authorities"
          + " whose areas coincide with, or include the whole or any part of, the integrated care board's area.";

  /** Sch. 1B para 8(6). */
  static final String PARA_8_6 =
      "The chair must exercise the approval function mentioned in sub-paragraph (1)(b) with a view to ensuring that"
          + " at least one of the ordinary members has knowledge and experience in connection with services"
          + " relating to the prevention, diagnosis and treatment of mental illness.";

  /**
   * Sch. 1B para 11(4)(b), verbatim (Health and Care Act 2022 Sch. 2, revised text,
   * https://www.legislation.gov.uk/ukpga/2022/31; held whole in the duty {@code nhsa2006:sch1B.11}).
   */
  static final String PARA_11_4_B =
      "(4) If the constitution includes provision under this paragraph allowing committees or sub-committees to"
          + " exercise commissioning functions, the constitution must— […]\n"
          + "(b) prohibit the chair from approving or appointing someone as a member of any such committee or"
          + " sub-committee (\"the candidate\") if the chair considers that the appointment could reasonably be"
          + " regarded as undermining the independence of the health service because of the candidate's involvement"
          + " with the private healthcare sector or otherwise.";

  /**
   * A paragraph of Schedule 1B.
   *
   * @param paragraph the paragraph number, such as {@code "8"}
   * @param subdivision the subdivision, such as {@code "(2)(a)"}, or empty for the whole paragraph
   */
  static LegalReference paragraph(String paragraph, String subdivision) {
    LegalReference whole = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", paragraph);
    return subdivision.isEmpty() ? whole : whole.subdivision(subdivision);
  }
}
