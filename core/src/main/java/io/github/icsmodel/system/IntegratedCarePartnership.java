package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalIds;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An integrated care partnership: the joint committee that an integrated care board and each responsible local
 * authority whose area coincides with or falls wholly or partly within the board's area must establish (s.116ZA(1)
 * of the Local Government and Public Involvement in Health Act 2007). It consists of one member appointed by the
 * ICB, one appointed by each responsible local authority, and any members it appoints itself (s.116ZA(2)). It
 * prepares the integrated care strategy (s.116ZB).
 */
@Value.Immutable
public abstract class IntegratedCarePartnership implements WithIntegratedCarePartnership {

  IntegratedCarePartnership() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IntegratedCarePartnership} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIntegratedCarePartnership.Builder {
    Builder() {}
  }

  /**
   * The partnership's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Its members.
   *
   * @return the members
   */
  public abstract List<IcpMember> members();

  /**
   * Its current integrated care strategy, if it has prepared one.
   *
   * @return the strategy
   */
  public abstract Optional<IntegratedCareStrategy> strategy();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("integrated care partnership: name must not be blank");
    }
    LocalIds.requireUnique(members(), IcpMember::id, "ICP members");
  }
}
