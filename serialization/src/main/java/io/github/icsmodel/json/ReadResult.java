package io.github.icsmodel.json;

import io.github.icsmodel.validation.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a read produced: the configuration, the warnings a lenient read gave instead of failing (properties the
 * format does not define, each a {@link Finding} with rule id {@code json.unknown-property}), and where each element
 * was found in the source, so that validation findings can be reported at their line and column.
 *
 * @param <T> the configuration's type: an integrated care system or a national configuration
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Finding> warnings;
  private final SourceLocations locations;
  private final Optional<String> source;

  ReadResult(T value, List<Finding> warnings, SourceLocations locations, Optional<String> source) {
    this.value = Objects.requireNonNull(value, "value");
    this.warnings = List.copyOf(warnings);
    this.locations = Objects.requireNonNull(locations, "locations");
    this.source = Objects.requireNonNull(source, "source");
  }

  /**
   * Returns the configuration read.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the warnings, in document order: empty for a strict read, which fails instead.
   *
   * @return the warnings, each of severity WARNING
   */
  public List<Finding> warnings() {
    return warnings;
  }

  /**
   * Returns where each element of the document starts in the source.
   *
   * @return the location index
   */
  public SourceLocations locations() {
    return locations;
  }

  /**
   * Returns the name of the source, if the reader was given one.
   *
   * @return the source name
   */
  public Optional<String> source() {
    return source;
  }
}
