package io.github.icsmodel.json;

import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A reader that returns a {@link ReadResult}, the configuration with its warnings and the location of each of its
 * elements in the source; obtained from {@link IcsJson#reader()}.
 *
 * <p>A reader is strict unless made {@link #lenient()}. A strict reader refuses a property the format does not
 * define; a lenient one skips it and reports a warning (a {@code json.unknown-property}
 * {@link io.github.icsmodel.validation.Finding} of severity WARNING) instead. Both refuse every value that cannot be
 * represented, with an {@link IcsJsonException}: leniency forgives unknown names, never wrong values.
 *
 * <p>Readers are immutable and thread-safe.
 */
public final class IcsJsonReader {
  private static final IcsJsonReader STRICT = new IcsJsonReader(false);
  private static final IcsJsonReader LENIENT = new IcsJsonReader(true);

  private final boolean lenient;

  private IcsJsonReader(boolean lenient) {
    this.lenient = lenient;
  }

  static IcsJsonReader strict() {
    return STRICT;
  }

  /**
   * Returns a reader like this one that turns unknown properties into warnings instead of errors.
   *
   * @return a lenient reader
   */
  public IcsJsonReader lenient() {
    return LENIENT;
  }

  /**
   * Returns whether this reader is lenient.
   *
   * @return true if unknown properties are warnings
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Reads an integrated care system from a file.
   *
   * @param file the file, whose name the reader's messages and locations carry
   * @return the system, its warnings and its locations
   * @throws IcsJsonException if the file is not a system in format {@code icsmodel/1}
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public ReadResult<IntegratedCareSystem> readSystem(Path file) {
    return IcsJson.read(IcsJson.Kind.SYSTEM, IcsJson.Source.of(file), reading(file.toString()));
  }

  /**
   * Reads an integrated care system from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the stream
   * @param sourceName the name to give the source in messages and locations, such as a file name or
   *     {@code "<stdin>"}
   * @return the system, its warnings and its locations
   * @throws IcsJsonException if the stream does not hold a system in format {@code icsmodel/1}
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<IntegratedCareSystem> readSystem(InputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return IcsJson.read(IcsJson.Kind.SYSTEM, IcsJson.Source.of(in), reading(sourceName));
  }

  /**
   * Reads an integrated care system from JSON text.
   *
   * @param json the JSON text (not a file name)
   * @return the system, its warnings and its locations
   * @throws IcsJsonException if the text is not a system in format {@code icsmodel/1}
   */
  public ReadResult<IntegratedCareSystem> parseSystem(String json) {
    return IcsJson.read(IcsJson.Kind.SYSTEM, IcsJson.Source.of(json), reading(null));
  }

  /**
   * Reads a national configuration from a file.
   *
   * @param file the file
   * @return the configuration, its warnings and its locations
   * @throws IcsJsonException if the file is not a national configuration in format {@code icsmodel/1}
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public ReadResult<NationalConfiguration> readNational(Path file) {
    return IcsJson.read(IcsJson.Kind.NATIONAL, IcsJson.Source.of(file), reading(file.toString()));
  }

  /**
   * Reads a national configuration from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the stream
   * @param sourceName the name to give the source in messages and locations
   * @return the configuration, its warnings and its locations
   * @throws IcsJsonException if the stream does not hold a national configuration in format {@code icsmodel/1}
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public ReadResult<NationalConfiguration> readNational(InputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return IcsJson.read(IcsJson.Kind.NATIONAL, IcsJson.Source.of(in), reading(sourceName));
  }

  /**
   * Reads a national configuration from JSON text.
   *
   * @param json the JSON text (not a file name)
   * @return the configuration, its warnings and its locations
   * @throws IcsJsonException if the text is not a national configuration in format {@code icsmodel/1}
   */
  public ReadResult<NationalConfiguration> parseNational(String json) {
    return IcsJson.read(IcsJson.Kind.NATIONAL, IcsJson.Source.of(json), reading(null));
  }

  private Reading reading(String source) {
    return Reading.of(lenient, true, source);
  }

  @Override
  public String toString() {
    return lenient ? "IcsJsonReader[lenient]" : "IcsJsonReader[strict]";
  }
}
