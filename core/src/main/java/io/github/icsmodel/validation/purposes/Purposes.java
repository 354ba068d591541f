package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.PurposeWordingSource;
import java.time.LocalDate;

/** The four core purposes in the words of NHS England's interim guidance on ICBs (August 2021). */
final class Purposes {
  private Purposes() {}

  /**
   * The guidance is about the functions and governance of ICBs, which exist from 1 July 2022; the rules apply from
   * then.
   */
  static final LocalDate FROM = LocalDate.of(2022, 7, 1);

  static final String QUOTATION =
      "They exist to achieve four aims: 1. improve outcomes in population health and healthcare 2. tackle"
          + " inequalities in outcomes, experience and access 3. enhance productivity and value for money 4. help"
          + " the NHS support broader social and economic development.";

  static String wording(CorePurpose purpose) {
    return purpose.wording(PurposeWordingSource.INTERIM_ICB_GUIDANCE_2021);
  }
}
