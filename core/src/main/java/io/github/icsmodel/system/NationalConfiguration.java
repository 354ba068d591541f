package io.github.icsmodel.system;

import io.github.icsmodel.identifier.LocalIds;
import java.util.List;
import org.immutables.value.Value;

/**
 * Several integrated care systems validated together, up to all of England, with the clusters of ICBs that share
 * leadership. Whole-England checks, such as s.14Z25(3) and (4) of the NHS Act 2006 (ICB areas must not overlap
 * and must together cover England), need a national configuration.
 */
@Value.Immutable
public abstract class NationalConfiguration implements WithNationalConfiguration {

  NationalConfiguration() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NationalConfiguration} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableNationalConfiguration.Builder {
    Builder() {}
  }

  /**
   * The systems.
   *
   * @return the systems
   */
  public abstract List<IntegratedCareSystem> systems();

  /**
   * The clusters of ICBs.
   *
   * @return the clusters
   */
  public abstract List<IcbCluster> clusters();

  @Value.Check
  void check() {
    LocalIds.requireUnique(systems(), IntegratedCareSystem::id, "systems");
    LocalIds.requireUnique(clusters(), IcbCluster::id, "clusters");
  }
}
