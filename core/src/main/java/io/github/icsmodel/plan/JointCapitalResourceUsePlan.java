package io.github.icsmodel.plan;

import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The joint capital resource use plan under s.14Z56 of the NHS Act 2006: "Before the start of each financial
 * year, an integrated care board and its partner NHS trusts and NHS foundation trusts must prepare a plan setting
 * out their planned capital resource use." It must be published and given to the ICP, each relevant health and
 * wellbeing board and NHS England.
 */
@Value.Immutable
public abstract class JointCapitalResourceUsePlan implements WithJointCapitalResourceUsePlan {

  JointCapitalResourceUsePlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JointCapitalResourceUsePlan} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableJointCapitalResourceUsePlan.Builder {
    Builder() {}
  }

  /**
   * The plan's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The financial year the plan is for.
   *
   * @return the year
   */
  public abstract FinancialYear financialYear();

  /**
   * When it was prepared.
   *
   * @return the date
   */
  public abstract LocalDate preparedOn();

  /**
   * When it was published, if it has been.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();

  /**
   * Whether a copy was given to the integrated care partnership.
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToIntegratedCarePartnership() {
    return false;
  }

  /**
   * The health and wellbeing boards given a copy, by organisation id.
   *
   * @return the boards
   */
  public abstract Set<LocalId> givenToHealthAndWellbeingBoards();

  /**
   * Whether a copy was given to NHS England.
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToNhsEngland() {
    return false;
  }
}
