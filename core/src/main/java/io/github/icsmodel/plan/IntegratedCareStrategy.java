package io.github.icsmodel.plan;

import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The integrated care strategy an integrated care partnership must prepare under s.116ZB of the Local Government
 * and Public Involvement in Health Act 2007, "setting out how the assessed needs in relation to its area are to be
 * met". In preparing it the partnership must involve the Local Healthwatch organisations and the people who live or
 * work in the area (s.116ZB(4)), consider arrangements under s.75 of the NHS Act 2006 (s.116ZB(2)), and it must
 * publish it and give copies to each responsible local authority and partner ICB (s.116ZB(7)).
 */
@Value.Immutable
public abstract class IntegratedCareStrategy implements WithIntegratedCareStrategy {

  IntegratedCareStrategy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IntegratedCareStrategy} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIntegratedCareStrategy.Builder {
    Builder() {}
  }

  /**
   * The strategy's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * When it was prepared, if it has been.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> preparedOn();

  /**
   * When it was published, if it has been (s.116ZB(7)(a)).
   *
   * @return the date
   */
  public abstract Optional<LocalDate> publishedOn();

  /**
   * Whether the Local Healthwatch organisations were involved (s.116ZB(4)(a)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean healthwatchInvolved() {
    return false;
  }

  /**
   * Whether the people who live or work in the area were involved (s.116ZB(4)(b)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean publicInvolved() {
    return false;
  }

  /**
   * Whether the partnership considered arrangements under s.75 of the NHS Act 2006 (s.116ZB(2)).
   *
   * @return true if so
   */
  @Value.Default
  public boolean consideredSection75Arrangements() {
    return false;
  }

  /**
   * The responsible local authorities and partner ICBs given a copy, by organisation id (s.116ZB(7)(b)).
   *
   * @return the recipients
   */
  public abstract Set<LocalId> givenTo();
}
