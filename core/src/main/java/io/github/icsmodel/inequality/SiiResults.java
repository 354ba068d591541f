package io.github.icsmodel.inequality;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link SlopeIndexOfInequality#calculate} returns: one {@link SiiResult} per area, in the order the areas
 * first appear in the input, and the warnings the package would have printed.
 */
@Value.Immutable
public abstract class SiiResults implements WithSiiResults {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiResults} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiResults.Builder {
    Builder() {}
  }

  /** Package-private: computed by {@link SlopeIndexOfInequality}. */
  SiiResults() {}

  /**
   * The options the results were calculated with.
   *
   * @return the options
   */
  public abstract SiiOptions options();

  /**
   * The result of each area that had a row for every quantile, in input order.
   *
   * @return the results
   */
  public abstract List<SiiResult> results();

  /**
   * The warnings, if any.
   *
   * @return the warnings
   */
  public abstract List<SiiWarning> warnings();

  /**
   * The result of one area.
   *
   * @param area the area
   * @return the result, or empty if the area was not in the input or was left out
   */
  public final Optional<SiiResult> result(String area) {
    Objects.requireNonNull(area, "area");
    return results().stream().filter(r -> r.area().equals(area)).findFirst();
  }
}
