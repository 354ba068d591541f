package io.github.icsmodel.plan;

import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A joint local health and wellbeing strategy prepared by a responsible local authority and its partner ICBs
 * under s.116A of the Local Government and Public Involvement in Health Act 2007, to which the ICB must have
 * regard (s.116B(1)(c)).
 */
@Value.Immutable
public abstract class JointLocalHealthAndWellbeingStrategy implements WithJointLocalHealthAndWellbeingStrategy {

  JointLocalHealthAndWellbeingStrategy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JointLocalHealthAndWellbeingStrategy} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableJointLocalHealthAndWellbeingStrategy.Builder {
    Builder() {}
  }

  /**
   * The strategy's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The responsible local authority that prepared it, by organisation id.
   *
   * @return the local authority
   */
  public abstract LocalId localAuthority();

  /**
   * When it was published, if it has been.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();
}
