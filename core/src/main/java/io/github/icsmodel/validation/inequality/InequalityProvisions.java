package io.github.icsmodel.validation.inequality;

import io.github.icsmodel.law.StartDate;
import java.time.LocalDate;

/**
 * The inequality family's provisions: when s.14Z35 and NHS England's statement under s.13SA apply, and the
 * statement's words the rules quote. Where the rules look in a configuration is in {@link InequalityPaths}.
 */
final class InequalityProvisions {
  private InequalityProvisions() {}

  /** NHS England published its first statement on information on health inequalities (s.13SA) on 27 November 2023. */
  static final LocalDate STATEMENT_PUBLISHED = LocalDate.of(2023, 11, 27);

  /**
   * The start date of the rules on NHS England's statement under s.13SA: not before the first statement was
   * published (27 November 2023). The rules quote the updated statement, whose own publication date is
   * UNCONFIRMED, so this is the earliest day the statement can apply, not the day the updated wording did.
   */
  static final StartDate STATEMENT_START = StartDate.of(STATEMENT_PUBLISHED,
      "not before NHS England's first statement under s.13SA, published 27 November 2023; the updated statement's"
          + " own publication date is UNCONFIRMED");

  /** The statement's expectation about disaggregation, in the words of the updated statement. */
  static final String DISAGGREGATE =
      "disaggregate data (at a minimum by deprivation, ethnicity, age, and sex) and analyse performance data and"
          + " local service insight to identify unwarranted variation in access and outcomes across population groups"
          + " and geographies";

  /** The statement's expectation about evaluation, in the words of the updated statement. */
  static final String EVALUATE =
      "use information on health inequalities to take action across commissioning and service delivery, and"
          + " evaluate impact on reducing health inequalities";
}
