package io.github.icsmodel.validation.interest;

import io.github.icsmodel.internal.Statute;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;

/**
 * The interest family's provisions: citations of s.14Z30 of the NHS Act 2006 and its verbatim text, taken from the
 * duty catalogue. Where the rules look in a configuration is in {@link InterestPaths}.
 */
final class InterestProvisions {
  private InterestProvisions() {}

  /** Section 14Z30 of the NHS Act 2006. */
  static final LegalReference SECTION = LegalReference.section(Act.NHS_ACT_2006, "14Z30");

  /** s.14Z30(1). */
  static final String SUBSECTION_1 = Statute.text("nhsa2006:14Z30(1)");

  /** s.14Z30(2). */
  static final String SUBSECTION_2 = Statute.text("nhsa2006:14Z30(2)");

  /** s.14Z30(3). */
  static final String SUBSECTION_3 = Statute.text("nhsa2006:14Z30(3)");
}
