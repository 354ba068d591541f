package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.internal.Texts;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A primary care network: a group of GP practices covering populations of about 30,000 to 50,000, in place since
 * July 2019.
 */
@Value.Immutable
public abstract class PrimaryCareNetwork implements WithPrimaryCareNetwork {

  PrimaryCareNetwork() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PrimaryCareNetwork} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutablePrimaryCareNetwork.Builder {
    Builder() {}
  }

  /**
   * The network's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Its ODS code, if it has one.
   *
   * @return the ODS code
   */
  public abstract Optional<OdsCode> odsCode();

  /**
   * Its member practices, by organisation id.
   *
   * @return the practices
   */
  public abstract Set<LocalId> practices();

  /**
   * The place it belongs to, by place id.
   *
   * @return the place
   */
  public abstract Optional<LocalId> place();

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("primary care network " + id() + ": name must not be blank");
    }
  }
}
