package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A provider collaborative: a partnership arrangement involving at least two trusts working at scale across
 * multiple places, with a shared purpose and effective decision-making (NHS England, Working together at scale,
 * August 2021). Since July 2022 NHS England has expected every trust providing acute or mental health services to
 * be part of one.
 */
@Value.Immutable
public abstract class ProviderCollaborative implements WithProviderCollaborative {

  ProviderCollaborative() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProviderCollaborative} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableProviderCollaborative.Builder {
    Builder() {}
  }

  /**
   * The collaborative's id within the configuration.
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
   * Horizontal or vertical, as the configuration classifies it.
   *
   * @return the orientation
   */
  public abstract Optional<CollaborativeOrientation> orientation();

  /**
   * The member providers, by organisation id.
   *
   * @return the members
   */
  public abstract Set<LocalId> members();

  /**
   * The lead provider, if there is one.
   *
   * @return the lead's id
   */
  public abstract Optional<LocalId> lead();

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
      throw new InvalidValueException("provider collaborative " + id() + ": name must not be blank");
    }
  }
}
