package io.github.icsmodel.plan;

import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint strategic needs assessment: the "assessment of relevant needs" prepared for the area of each
 * responsible local authority by the authority and its partner ICBs under s.116 of the Local Government and Public
 * Involvement in Health Act 2007, and given to the integrated care partnership (s.116(5A)).
 */
@Value.Immutable
public abstract class JointStrategicNeedsAssessment implements WithJointStrategicNeedsAssessment {

  JointStrategicNeedsAssessment() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JointStrategicNeedsAssessment} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableJointStrategicNeedsAssessment.Builder {
    Builder() {}
  }

  /**
   * The assessment's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The responsible local authority whose area it assesses, by organisation id.
   *
   * @return the local authority
   */
  public abstract LocalId localAuthority();

  /**
   * When it was published, if it has been (s.116(5)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();

  /**
   * Whether a copy was given to the integrated care partnership (s.116(5A)).
   *
   * @return true if given
   */
  @Value.Default
  public boolean givenToIntegratedCarePartnership() {
    return false;
  }

  /**
   * Whether the integrated care partnership, having received this assessment under s.116(5A), considered whether
   * its current integrated care strategy should be revised (s.116ZB(6)(a) of the Act): empty when the configuration
   * does not record it.
   *
   * @return whether the partnership considered revising its strategy, if recorded
   */
  public abstract Optional<Boolean> strategyRevisionConsidered();
}
