package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's involvement with the private healthcare sector, and the appointing person's assessment of it.
 *
 * <p>Schedule 1B para 4 requires the constitution to prohibit an appointment "if they consider that the
 * appointment could reasonably be regarded as undermining the independence of the health service because of the
 * candidate's involvement with the private healthcare sector or otherwise"; para 11(4) applies the same test to
 * members of committees that exercise commissioning functions. The judgement is the appointer's: the configuration
 * records it, and validation reports a member whose involvement was assessed as undermining independence, or was
 * never assessed.
 */
@Value.Immutable
public abstract class PrivateHealthcareInvolvement implements WithPrivateHealthcareInvolvement {

  PrivateHealthcareInvolvement() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PrivateHealthcareInvolvement} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePrivateHealthcareInvolvement.Builder {
    Builder() {}
  }

  /**
   * What the involvement is, such as "director of a private hospital group".
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The appointer's assessment: empty if not yet assessed; true if the appointment could reasonably be regarded
   * as undermining the independence of the health service; false if not.
   *
   * @return the assessment
   */
  public abstract Optional<Boolean> underminesIndependence();

  /**
   * When the assessment was made.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> assessedOn();

  @Value.Check
  void check() {
    if (Texts.isBlank(description())) {
      throw new InvalidValueException("private healthcare involvement: description must not be blank");
    }
  }
}
