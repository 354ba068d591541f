package io.github.icsmodel.inequality;

import java.util.List;
import org.immutables.value.Value;

/**
 * A warning about SII input that did not stop the calculation, one that PHEindicatormethods' {@code phe_sii} would
 * print with {@code warning()}.
 */
@Value.Immutable
public abstract class SiiWarning implements WithSiiWarning {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SiiWarning} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSiiWarning.Builder {
    Builder() {}
  }

  /** The kinds of warning. */
  public enum Kind {
    /**
     * Some areas lacked a row for one or more of the quantiles present in the input and were left out ("some
     * records have been removed due to incomplete or invalid data").
     */
    RECORDS_REMOVED,
    /**
     * More than 10 quantiles were given ("Small values can make SII unstable when using a large number of
     * quantiles").
     */
    MANY_QUANTILES
  }

  /** Package-private: raised by {@link SlopeIndexOfInequality}. */
  SiiWarning() {}

  static SiiWarning of(Kind kind, String message, Iterable<String> areas) {
    return SiiWarning.builder().kind(kind).message(message).addAllAreas(areas).build();
  }

  /**
   * What kind of warning it is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The warning, beginning with the package's own words.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The areas concerned: those left out for {@link Kind#RECORDS_REMOVED}; empty for a warning about the whole input.
   *
   * @return the areas
   */
  public abstract List<String> areas();
}
