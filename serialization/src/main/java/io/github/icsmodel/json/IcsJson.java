package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.icsmodel.IcsException;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.textio.IoProblems;
import io.github.icsmodel.textio.Sanitize;
import io.github.icsmodel.textio.Utf8Validation;
import io.github.icsmodel.validation.JsonPointer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes icsmodel configurations as JSON, in format {@code icsmodel/1} (see {@code docs/format.md}):
 * one integrated care system per document, or a national configuration of several.
 *
 * <pre>{@code
 * IntegratedCareSystem system = IcsJson.readSystem(Path.of("northshire.json"));
 * IcsJson.write(system, Path.of("northshire.json"));
 * }</pre>
 *
 * <p><b>Reading</b> is strict: the document must carry the format marker {@code "format": "icsmodel/1"} at its top;
 * every property must be one the format defines (besides an editor's {@code "$schema"} at the top, which is
 * accepted and not kept); every value must be representable in the model, whose builders
 * check it. Anything else fails with an {@link IcsJsonException} that names the source, line, column and JSON
 * Pointer of the fault and says what was expected. For the warnings of a lenient read, or the location of every
 * element (to report validation findings against the file), use {@link #reader()}.
 *
 * <p>Reading is safe for input from anywhere: the parser refuses duplicate property names and content after the
 * document, and it stops as soon as the input exceeds this format's limits (nesting 200 deep, strings of a million
 * characters, property names of 1,000, numbers of 100, documents of 256 MiB), in memory proportional to what it has
 * read. No type information in the document is ever acted on. The limits are this library's own: Jackson's JVM-wide
 * defaults are left alone.
 *
 * <p><b>Writing</b> is deterministic, so that the same configuration always gives the same bytes: UTF-8, two-space
 * indentation, {@code \n} line ends, a final newline; properties in the model's accessor order; empty optional
 * values, empty lists and empty extensions left out; every other value written, defaults included. Reading what was
 * written gives an equal configuration.
 *
 * <p>All methods are thread-safe.
 */
public final class IcsJson {
  /** The format this library reads and writes: {@value}. */
  public static final String FORMAT = "icsmodel/1";

  /** The name of the property that carries the format marker at the top of a document. */
  static final String FORMAT_PROPERTY = "format";

  /**
   * The property by which an editor binds a document to its JSON Schema, {@code "$schema"}: accepted at the top of
   * a document after the format marker (a string, such as {@code "icsmodel-1.schema.json"}), never written.
   */
  static final String SCHEMA_PROPERTY = "$schema";

  private static final String SCHEMA_RESOURCE = "icsmodel-1.schema.json";

  private static final JsonFactory FACTORY =
      new com.fasterxml.jackson.core.JsonFactoryBuilder()
          .streamReadConstraints(Limits.READ)
          .streamWriteConstraints(Limits.WRITE)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .characterEscapes(io.github.icsmodel.textio.TerminalSafeEscapes.INSTANCE)
          .build();

  /**
   * The mapper that writes documents, in a holder of its own: reading does not use it, and setting up Jackson's
   * data binding is the largest part of reading a small file in a fresh JVM.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder(FACTORY)
            .addModule(new IcsModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Mapper() {}
  }

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private IcsJson() {}

  /**
   * The kinds of document: a system and a national configuration, each with the format that reads it (a validation
   * report is another, which {@link ReportFormats} makes when it reads one, so that its tables are not built when
   * a configuration is read). The formats read from the parser directly: going through Jackson's {@code ObjectMapper} and
   * {@link IcsModule} (which calls the same formats) would only set up data binding, the largest part of reading a
   * small file in a fresh JVM (see benchmarks/README.md, start-up).
   */
  static final class Kind<T> {
    static final Kind<IntegratedCareSystem> SYSTEM =
        new Kind<>(IntegratedCareSystem.class, SystemFormats.INTEGRATED_CARE_SYSTEM);
    static final Kind<NationalConfiguration> NATIONAL =
        new Kind<>(NationalConfiguration.class, SystemFormats.NATIONAL_CONFIGURATION);

    final Class<T> type;
    final Format<T> format;

    Kind(Class<T> type, Format<T> format) {
      this.type = type;
      this.format = format;
    }
  }

  /** Where a document comes from. */
  interface Source {
    JsonParser open(JsonFactory factory) throws IOException;

    static Source of(Path file) {
      Objects.requireNonNull(file, "file");
      return factory -> new CheckedParser(factory.createParser(new Utf8Validation(Files.newInputStream(file), true)));
    }

    static Source of(InputStream in) {
      Objects.requireNonNull(in, "in");
      return factory -> new CheckedParser(factory.createParser(new Utf8Validation(in, true)));
    }

    static Source of(String json) {
      Objects.requireNonNull(json, "json");
      return factory -> new CheckedParser(factory.createParser(json));
    }
  }

  /**
   * Reads an integrated care system from a file.
   *
   * @param file a file holding a system document
   * @return the system
   * @throws IcsJsonException if the file is not a system in format {@code icsmodel/1}; its message begins with the
   *     file name, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static IntegratedCareSystem readSystem(Path file) {
    return read(Kind.SYSTEM, Source.of(file), Reading.of(false, false, file.toString())).value();
  }

  /**
   * Reads an integrated care system from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the stream
   * @param sourceName the name to give the source in messages, such as a file name or {@code "<stdin>"}
   * @return the system
   * @throws IcsJsonException if the stream does not hold a system in format {@code icsmodel/1}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static IntegratedCareSystem readSystem(InputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return read(Kind.SYSTEM, Source.of(in), Reading.of(false, false, sourceName)).value();
  }

  /**
   * Reads an integrated care system from JSON text.
   *
   * @param json the JSON text (not a file name)
   * @return the system
   * @throws IcsJsonException if the text is not a system in format {@code icsmodel/1}
   */
  public static IntegratedCareSystem parseSystem(String json) {
    return read(Kind.SYSTEM, Source.of(json), Reading.of(false, false, null)).value();
  }

  /**
   * Reads a national configuration, several systems and the clusters among them, from a file.
   *
   * @param file a file holding a national document
   * @return the configuration
   * @throws IcsJsonException if the file is not a national configuration in format {@code icsmodel/1}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static NationalConfiguration readNational(Path file) {
    return read(Kind.NATIONAL, Source.of(file), Reading.of(false, false, file.toString())).value();
  }

  /**
   * Reads a national configuration from a stream of UTF-8 JSON, which is left open.
   *
   * @param in the stream
   * @param sourceName the name to give the source in messages
   * @return the configuration
   * @throws IcsJsonException if the stream does not hold a national configuration in format {@code icsmodel/1}
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static NationalConfiguration readNational(InputStream in, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName");
    return read(Kind.NATIONAL, Source.of(in), Reading.of(false, false, sourceName)).value();
  }

  /**
   * Reads a national configuration from JSON text.
   *
   * @param json the JSON text (not a file name)
   * @return the configuration
   * @throws IcsJsonException if the text is not a national configuration in format {@code icsmodel/1}
   */
  public static NationalConfiguration parseNational(String json) {
    return read(Kind.NATIONAL, Source.of(json), Reading.of(false, false, null)).value();
  }

  /**
   * Returns the strict reader that also gives the location of every element in the source; call
   * {@link IcsJsonReader#lenient()} on it for a lenient one.
   *
   * @return the strict reader
   */
  public static IcsJsonReader reader() {
    return IcsJsonReader.strict();
  }

  /**
   * Writes an integrated care system as a JSON document.
   *
   * @param system the system
   * @return the document, ending with a newline
   * @throws IcsException if the system holds a value the format cannot carry (extensions nested over 200 deep, a
   *     string of over a million characters, a number of over 100 characters)
   */
  public static String toJson(IntegratedCareSystem system) {
    return toJson((Object) Objects.requireNonNull(system, "system"));
  }

  /**
   * Writes a national configuration as a JSON document.
   *
   * @param configuration the configuration
   * @return the document, ending with a newline
   * @throws IcsException if the configuration holds a value the format cannot carry
   */
  public static String toJson(NationalConfiguration configuration) {
    return toJson((Object) Objects.requireNonNull(configuration, "configuration"));
  }

  /**
   * Writes an integrated care system as UTF-8 JSON to a stream, which is flushed and left open.
   *
   * @param system the system
   * @param out the stream
   * @throws IcsException if the system holds a value the format cannot carry
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(IntegratedCareSystem system, OutputStream out) {
    write((Object) Objects.requireNonNull(system, "system"), out);
  }

  /**
   * Writes a national configuration as UTF-8 JSON to a stream, which is flushed and left open.
   *
   * @param configuration the configuration
   * @param out the stream
   * @throws IcsException if the configuration holds a value the format cannot carry
   * @throws UncheckedIOException if the stream fails
   */
  public static void write(NationalConfiguration configuration, OutputStream out) {
    write((Object) Objects.requireNonNull(configuration, "configuration"), out);
  }

  /**
   * Writes an integrated care system to a file, replacing it if it exists. A regular file is written whole or not
   * at all: first to a temporary file beside it, then renamed over it, keeping the old file's permissions (a new
   * file gets the umask's). A device or a named pipe is written through, never replaced; a symbolic link's target
   * is written and the link kept.
   *
   * @param system the system
   * @param file the file
   * @throws IcsException if the system holds a value the format cannot carry
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(IntegratedCareSystem system, Path file) {
    write((Object) Objects.requireNonNull(system, "system"), file);
  }

  /**
   * Writes a national configuration to a file, replacing it if it exists, whole or not at all (as
   * {@link #write(IntegratedCareSystem, Path)} does).
   *
   * @param configuration the configuration
   * @param file the file
   * @throws IcsException if the configuration holds a value the format cannot carry
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(NationalConfiguration configuration, Path file) {
    write((Object) Objects.requireNonNull(configuration, "configuration"), file);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of format {@code icsmodel/1}, which describes both kinds of document.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = IcsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String toJson(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(value, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes through {@code AtomicFiles}: a regular file to a temporary file beside it, flushed to the disk, then
   * renamed over it, so that a full disk or a crash leaves the old file whole, never a truncated one.
   */
  private static void write(Object value, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      io.github.icsmodel.textio.AtomicFiles.write(file, out -> write(value, out), true);
    } catch (IOException e) {
      throw new UncheckedIOException(Sanitize.line(file.toString()) + ": cannot write the file: "
          + IoProblems.describe(e), e);
    }
  }

  private static void write(Object value, OutputStream out) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(PRETTY.createInstance());
      Mapper.MAPPER.writeValue(generator, value);
      generator.writeRaw('\n');
    } catch (StreamConstraintsException e) {
      throw new IcsException("cannot write the configuration in format " + FORMAT + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Something that writes JSON to a generator. */
  interface Generation {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  /** Writes JSON in this library's layout (as {@link #toJson} does), ending with a newline. */
  static String generate(Generation generation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      generator.setPrettyPrinter(PRETTY.createInstance());
      generation.writeTo(generator);
      generator.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Reads a document of one kind from a source. */
  static <T> ReadResult<T> read(Kind<T> kind, Source source, Reading reading) {
    Optional<String> name = reading.sourceName();
    try (JsonParser parser = source.open(FACTORY)) {
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          throw reading.problem(parser, "the document is empty: expected an object");
        }
        reading.record(parser);
        if (first != JsonToken.START_OBJECT) {
          throw reading.unexpected(parser, "an object");
        }
        T value = kind.type.cast(kind.format.read(parser, reading));
        if (parser.nextToken() != null) {
          throw reading.problem(parser, "unexpected content after the end of the document");
        }
        return new ReadResult<>(value, reading.warnings(), reading.locations(), name);
      } catch (JsonProblem e) {
        throw new IcsJsonException(location(e.getLocation(), parser, name), e.pointer(), e.problem(), e);
      } catch (JsonProcessingException e) {
        throw new IcsJsonException(
            location(e.getLocation(), parser, name), Pointers.of(parser.getParsingContext()), describe(e), e);
      } catch (InvalidValueException e) {
        // Every builder and factory is called inside a format, which reports its refusal with a location; this
        // is a safety net, so that a value the model refuses is never reported without one.
        throw new IcsJsonException(
            location(null, parser, name), Pointers.of(parser.getParsingContext()), e.getMessage(), e);
      }
    } catch (Utf8Validation.InvalidUtf8Exception e) {
      // Found while reading ahead, so perhaps before the parser reached it: the check knows where it is.
      throw new IcsJsonException(SourceLocation.of(name, (int) Math.min(Integer.MAX_VALUE, e.line()),
          (int) Math.min(Integer.MAX_VALUE, e.column())), JsonPointer.root(), e.getMessage(), e);
    } catch (java.io.CharConversionException e) {
      // A safety net: the check above refuses what would make the parser decode another encoding.
      throw new IcsJsonException(SourceLocation.of(name, 1, 1), JsonPointer.root(),
          "not valid UTF-8: the text is in another encoding; save it as UTF-8", e);
    } catch (IOException e) {
      throw new UncheckedIOException(name.map(n -> Sanitize.line(n) + ": ").orElse("") + IoProblems.describe(e), e);
    }
  }

  private static SourceLocation location(JsonLocation location, JsonParser parser, Optional<String> name) {
    JsonLocation at = location == null || location.getLineNr() < 1 ? parser.currentLocation() : location;
    return SourceLocation.of(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
  }

  private static final Pattern SOURCE_IN_MESSAGE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]*)['\"]");

  /** Says what Jackson found wrong, in the words of this format. */
  static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      message = e.getClass().getSimpleName();
    }
    message = SOURCE_IN_MESSAGE.matcher(message).replaceAll("line $1, column $2");
    if (e instanceof StreamConstraintsException) {
      return "the document exceeds a limit of format " + FORMAT + ": " + limit(message);
    }
    if (message.startsWith("Duplicate Object property") || message.startsWith("Duplicate field")) {
      Matcher quoted = QUOTED.matcher(message);
      String property = quoted.find() ? quoted.group(1) : "?";
      return "the property \"" + property + "\" appears twice in this object";
    }
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the end of the document";
    }
    return "malformed JSON: " + message;
  }

  private static String limit(String message) {
    if (message.contains("nesting depth")) {
      return "objects and arrays are nested more than " + Limits.MAX_NESTING_DEPTH + " deep";
    }
    if (message.contains("String value length")) {
      // Jackson reads a number's text eagerly, into the buffer a string uses, and reports either in the words
      // for a string before the number's own limit is checked: the message cannot tell which it was.
      return "a value is longer than " + Limits.MAX_STRING_LENGTH + " characters (a string may have at most "
          + Limits.MAX_STRING_LENGTH + ", a number at most " + Limits.MAX_NUMBER_LENGTH + ")";
    }
    if (message.contains("Name length")) {
      return "a property name is longer than " + Limits.MAX_NAME_LENGTH + " characters";
    }
    if (message.contains("Number value length")) {
      return "a number is longer than " + Limits.MAX_NUMBER_LENGTH + " characters";
    }
    if (message.toLowerCase(Locale.ROOT).contains("document length")) {
      return "the document is longer than " + Limits.MAX_DOCUMENT_LENGTH + " bytes";
    }
    // A limit this library does not set: say so without Jackson's own wording (class and method names).
    return "a value is larger than this reader allows";
  }
}
