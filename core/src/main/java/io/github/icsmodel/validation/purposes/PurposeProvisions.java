package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.PurposeWordingSource;

/**
 * The four core purposes in the words of NHS England's interim guidance on ICBs (August 2021). The rules start from
 * the guidance's publication (1 September 2021, the first day it had certainly been published) and, like every rule
 * about an ICB, check an ICB only while it exists, so from 1 July 2022 at the earliest.
 */
final class PurposeProvisions {
  private PurposeProvisions() {}

  static final String QUOTATION =
      "They exist to achieve four aims: 1. improve outcomes in population health and healthcare 2. tackle"
          + " inequalities in outcomes, experience and access 3. enhance productivity and value for money 4. help"
          + " the NHS support broader social and economic development.";

  static String wording(CorePurpose purpose) {
    return purpose.wording(PurposeWordingSource.INTERIM_ICB_GUIDANCE_2021);
  }
}
