package io.github.icsmodel.plan;

import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.identifier.LocalId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ICB's annual report under s.14Z58 of the NHS Act 2006, "on how it has discharged its functions in the
 * previous financial year".
 *
 * <p>It must explain the discharge of the duties in ss.14Z34 to 14Z45 and 14Z49 (s.14Z58(2)(a)); review the
 * forward plan and capital plan (s.14Z58(2)(b)), consistency with NHS England's statement under s.13SA
 * (s.14Z58(2)(c)) and steps to implement joint local health and wellbeing strategies (s.14Z58(2)(d)); and state
 * mental health expenditure, its proportion and an explanation (s.14Z58(4)).
 */
@Value.Immutable
public abstract class AnnualReport implements WithAnnualReport {

  AnnualReport() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AnnualReport} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }

  /**
   * The report's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The financial year reported on.
   *
   * @return the year
   */
  public abstract FinancialYear financialYear();

  /**
   * When it was published, if it has been (s.14Z58(6)(b)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();

  /**
   * Whether a copy was given to NHS England (s.14Z58(6)(a)).
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToNhsEngland() {
    return false;
  }

  /**
   * The duties whose discharge the report explains (s.14Z58(2)(a)).
   *
   * @return the duties explained
   */
  public abstract Set<DutyId> explainsDuties();

  /**
   * Whether it reviews the exercise of functions against the joint forward plan and the capital resource use plan
   * (s.14Z58(2)(b)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean reviewsPlans() {
    return false;
  }

  /**
   * Whether it reviews consistency with NHS England's latest statement under s.13SA(1) (s.14Z58(2)(c)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean reviewsInequalitiesStatement() {
    return false;
  }

  /**
   * Whether it reviews steps taken to implement joint local health and wellbeing strategies (s.14Z58(2)(d)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean reviewsJointLocalHealthAndWellbeingStrategies() {
    return false;
  }

  /**
   * Whether, in reviewing the steps taken to implement the joint local health and wellbeing strategies, the ICB
   * consulted each relevant Health and Wellbeing Board (s.14Z58(3)): empty when the configuration does not record
   * it, which is not the same as {@code false}.
   *
   * @return whether each relevant board was consulted, if recorded
   */
  public abstract Optional<Boolean> consultedHealthAndWellbeingBoards();

  /**
   * The amount of expenditure in relation to mental health, in pounds (s.14Z58(4)(a)).
   *
   * @return the amount
   */
  public abstract Optional<BigDecimal> mentalHealthExpenditure();

  /**
   * The proportion of the ICB's expenditure that relates to mental health, between 0 and 1 (s.14Z58(4)(b)).
   *
   * @return the proportion
   */
  public abstract Optional<BigDecimal> mentalHealthProportion();

  /**
   * Whether it explains the statement and calculation (s.14Z58(4)(c)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean explainsMentalHealthExpenditure() {
    return false;
  }
}
