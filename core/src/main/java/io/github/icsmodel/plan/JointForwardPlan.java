package io.github.icsmodel.plan;

import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The joint forward plan of an ICB and its partner NHS trusts and foundation trusts, under s.14Z52 of the NHS Act
 * 2006: prepared "before the start of each financial year", "setting out how they propose to exercise their
 * functions in the next five years", published, and given to the integrated care partnership, each relevant
 * health and wellbeing board and NHS England (s.14Z52(3), (4)).
 *
 * <p>For the financial year ending 31 March 2023, s.14Z52(1) to (6) did not apply (S.I. 2022/734 reg 33).
 */
@Value.Immutable
public abstract class JointForwardPlan implements WithJointForwardPlan {

  JointForwardPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JointForwardPlan} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableJointForwardPlan.Builder {
    Builder() {}
  }

  /**
   * The plan's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The first financial year the plan covers: the year before whose start it was prepared.
   *
   * @return the first year
   */
  public abstract FinancialYear firstYear();

  /**
   * How many financial years it covers; s.14Z52(1) asks for the next five.
   *
   * @return the years covered
   */
  public abstract int yearsCovered();

  /**
   * When it was prepared.
   *
   * @return the date
   */
  public abstract LocalDate preparedOn();

  /**
   * When it was published, if it has been (s.14Z52(3)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();

  /**
   * Whether a copy was given to the integrated care partnership (s.14Z52(4)(a)).
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToIntegratedCarePartnership() {
    return false;
  }

  /**
   * The health and wellbeing boards given a copy, by organisation id (s.14Z52(4)(b)).
   *
   * @return the boards
   */
  public abstract Set<LocalId> givenToHealthAndWellbeingBoards();

  /**
   * Whether a copy was given to NHS England (s.14Z52(4)(c)).
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToNhsEngland() {
    return false;
  }

  /**
   * The duties whose discharge the plan explains (s.14Z52(2)(b): the general duties in ss.14Z34 to 14Z45 and the
   * financial duties in ss.223GB to 223N).
   *
   * @return the duties explained
   */
  public abstract Set<DutyId> explainsDuties();

  /**
   * Whether it sets out steps to implement each joint local health and wellbeing strategy (s.14Z52(2)(c)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean coversJointLocalHealthAndWellbeingStrategies() {
    return false;
  }

  /**
   * Whether it sets out steps to address the particular needs of children and young persons under 25
   * (s.14Z52(2)(d)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean coversUnder25s() {
    return false;
  }

  /**
   * Whether it sets out steps to address the particular needs of victims of abuse (s.14Z52(2)(e)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean coversVictimsOfAbuse() {
    return false;
  }

  /**
   * Returns the last financial year the plan covers.
   *
   * @return the last year
   */
  public final FinancialYear lastYear() {
    return firstYear().plusYears(yearsCovered() - 1);
  }

  /**
   * Whether the published plan includes a summary of the views of those consulted and an explanation of how they
   * were taken into account (s.14Z54(8)(a) and (b)): empty when the configuration does not record it.
   *
   * @return whether the summary and explanation are included, if recorded
   */
  public abstract Optional<Boolean> includesConsultationSummary();

  /**
   * Whether the published plan includes a statement of the final opinion of each relevant Health and Wellbeing
   * Board consulted (s.14Z54(8)(c)): empty when the configuration does not record it.
   *
   * @return whether the statements are included, if recorded
   */
  public abstract Optional<Boolean> statesHealthAndWellbeingBoardOpinions();

  /**
   * Whether the plan describes the health services for which the ICB proposes to make arrangements in the exercise
   * of its functions (s.14Z52(2)(a)): empty when the configuration does not record it.
   *
   * @return whether the plan describes the services, if recorded
   */
  public abstract Optional<Boolean> describesHealthServices();

  @Value.Check
  void check() {
    if (yearsCovered() < 1) {
      throw new io.github.icsmodel.InvalidValueException(
          "joint forward plan " + id() + ": yearsCovered must be at least 1, not " + yearsCovered());
    }
  }
}
