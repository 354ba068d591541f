package io.github.icsmodel.assurance;

import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.identifier.LocalId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ICB's record of how it assures itself of one statutory duty: the accountable lead, a member of its board,
 * and the evidence.
 */
@Value.Immutable
public abstract class DutyAssurance implements WithDutyAssurance {

  DutyAssurance() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DutyAssurance} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDutyAssurance.Builder {
    Builder() {}
  }

  /**
   * The duty, by its id in the duty catalogue.
   *
   * @return the duty
   */
  public abstract DutyId duty();

  /**
   * The board member accountable for the duty, by id.
   *
   * @return the lead
   */
  public abstract Optional<LocalId> accountableLead();

  /**
   * The evidence.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();
}
