package io.github.icsmodel.validation.purposes;

import io.github.icsmodel.purpose.CorePurpose;
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
    switch (purpose) {
      case IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE:
        return "improve outcomes in population health and healthcare";
      case TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS:
        return "tackle inequalities in outcomes, experience and access";
      case ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY:
        return "enhance productivity and value for money";
      case SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT:
        return "help the NHS support broader social and economic development";
      default:
        return purpose.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }
}
