package io.github.icsmodel.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.IcsJsonException;
import io.github.icsmodel.json.IcsJsonReader;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.json.ReportFormats;
import io.github.icsmodel.json.SourceLocations;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.textio.IoProblems;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ics validate}: validates configurations against the law and NHS England policy, as of a date, and prints
 * the report. Exit code 0 when no file has an ERROR, 1 when one has, 2 when a file cannot be read or is not a valid
 * document.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates configurations against the law and NHS England policy.",
      "",
      "Each file holds a system, or a national configuration of several. The report says what holds as of a"
          + " date, and what the configuration does not show.",
      "",
      "Exit codes: 0 no errors; 1 errors found; 2 a file cannot be read or is not a valid document; 64 usage."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Rules {
    statutory,
    policy,
    all
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "configuration files (icsmodel/1 JSON)")
  List<Path> files;

  @Option(names = "--as-of", paramLabel = "DATE", description = "validate as of this date, which decides the"
      + " rules, the reference data (ICBs, their codes and areas) and the report (default: today)")
  LocalDate asOf;

  @Option(names = "--rules", defaultValue = "all",
      description = "statutory (errors: the law, with the integrity checks it relies on), policy (warnings and"
          + " advice) or all (default: ${DEFAULT-VALUE})")
  Rules rules;

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lenient", description = "report unknown properties as warnings instead of refusing the file")
  boolean lenient;

  @Option(names = {"-q", "--quiet"}, description = "print only a one-line summary per file (text format)")
  boolean quiet;

  /**
   * The mapper and printer that combine several reports, in a holder of their own so that Jackson is loaded only
   * when a run combines reports, not when picocli creates this command to parse the arguments.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
        .build().setCharacterEscapes(io.github.icsmodel.textio.TerminalSafeEscapes.INSTANCE));

    static final com.fasterxml.jackson.core.util.DefaultPrettyPrinter PRETTY =
        new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
            .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));

    static {
      PRETTY.indentArraysWith(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
      PRETTY.indentObjectsWith(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
    }

    private Json() {}
  }

  @Override
  public Integer call() throws IOException {
    Formats.require(spec, format, OutputFormat.text, OutputFormat.json, OutputFormat.sarif);
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    if (date.getYear() < 1900 || date.getYear() > 2999) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--as-of " + date + " is outside the years 1900 to 2999 that configurations may hold");
    }
    Validator validator = Validator.of(selected(date));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TextReport text = new TextReport(Ansi.AUTO, quiet);
    List<String> documents = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int exit = Ics.OK;
    for (Path file : files) {
      Optional<Outcome> outcome = validate(file, validator, date, err, unreadable);
      if (outcome.isEmpty()) {
        exit = Ics.UNREADABLE;
        continue;
      }
      ValidationReport report = outcome.get().report;
      SourceLocations locations = outcome.get().locations;
      if (!report.isValid() && exit == Ics.OK) {
        exit = Ics.INVALID;
      }
      switch (format) {
        case json:
          documents.add(ReportFormats.toJson(report, locations));
          break;
        case sarif:
          documents.add(ReportFormats.toSarif(report, locations));
          break;
        default:
          text.print(Messages.path(file), report,
              pointer -> locations.find(pointer).map(l -> "line " + l.line() + ", column " + l.column()), out);
      }
    }
    if (format == OutputFormat.json) {
      out.print(documents.size() == 1 ? documents.get(0) : combinedJson(documents));
    } else if (format == OutputFormat.sarif) {
      out.print(documents.size() == 1 && unreadable.isEmpty() ? documents.get(0)
          : combinedSarif(documents, unreadable, date));
    }
    out.flush();
    return exit;
  }

  private RuleSet selected(LocalDate date) {
    RuleSet all = RulesCommand.england(date);
    switch (rules) {
      case statutory:
        return all.filter(rule -> rule.severity().isBlocking());
      case policy:
        return all.filter(rule -> !rule.severity().isBlocking());
      default:
        return all;
    }
  }

  /** A report with the source locations of the document it is about. */
  private static final class Outcome {
    final ValidationReport report;
    final SourceLocations locations;

    Outcome(ValidationReport report, SourceLocations locations) {
      this.report = report;
      this.locations = locations;
    }
  }

  private Optional<Outcome> validate(Path file, Validator validator, LocalDate date, PrintWriter err,
      List<String> unreadable) {
    IcsJsonReader reader = lenient ? IcsJson.reader().lenient() : IcsJson.reader();
    try {
      if (isNational(file)) {
        ReadResult<NationalConfiguration> read = reader.readNational(file);
        return Optional.of(new Outcome(withWarnings(validator.validate(read.value(), date), read.warnings()),
            read.locations()));
      }
      ReadResult<IntegratedCareSystem> read = reader.readSystem(file);
      return Optional.of(new Outcome(withWarnings(validator.validate(read.value(), date), read.warnings()),
          read.locations()));
    } catch (IcsJsonException e) {
      String message = Messages.safe(e.getMessage());
      err.println("ics: " + message);
      unreadable.add(message);
      return Optional.empty();
    } catch (io.github.icsmodel.IcsException e) {
      String message = Messages.path(file) + ": " + Messages.safe(e.getMessage());
      err.println("ics: " + message);
      unreadable.add(message);
      return Optional.empty();
    } catch (java.io.UncheckedIOException e) {
      String message = Messages.path(file) + ": cannot read the file: " + IoProblems.describe(e.getCause());
      err.println("ics: " + message);
      unreadable.add(message);
      return Optional.empty();
    }
  }

  private static ValidationReport withWarnings(ValidationReport report, List<Finding> warnings) {
    if (warnings.isEmpty()) {
      return report;
    }
    List<Finding> all = new ArrayList<>(report.findings());
    all.addAll(warnings);
    return ValidationReport.of(report.asOf(), all);
  }

  /**
   * Returns whether a document is a national configuration: one whose top-level object has {@code systems}. Any
   * problem reading the top level is left for the real reader to report with its location.
   */
  private static boolean isNational(Path file) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = new JsonFactory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        if (parser.currentName().equals("systems")) {
          return true;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String combinedJson(List<String> documents) throws IOException {
    ObjectNode combined = Json.MAPPER.createObjectNode();
    ArrayNode reports = combined.putArray("reports");
    for (String document : documents) {
      reports.add(Json.MAPPER.readTree(document));
    }
    return Json.MAPPER.writer(Json.PRETTY).writeValueAsString(combined) + "\n";
  }

  /** A SARIF log of one run with no results, for when no file could be read. */
  private static String emptySarif(LocalDate date) throws IOException {
    ObjectNode log = Json.MAPPER.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "icsmodel");
    String version = Ics.class.getPackage().getImplementationVersion();
    if (version != null) {
      driver.put("version", version);
    }
    driver.put("informationUri", "https://github.com/icsmodel/icsmodel");
    driver.putArray("rules");
    run.put("columnKind", "unicodeCodePoints");
    run.putArray("results");
    ObjectNode properties = run.putObject("properties");
    properties.put("asOf", date.toString());
    properties.put("valid", false);
    return Json.MAPPER.writeValueAsString(log);
  }

  /**
   * One SARIF log of every readable file's run; a file that could not be read is a notification of an
   * unsuccessful invocation, so that the output is a SARIF log even when no file could be read.
   */
  private static String combinedSarif(List<String> documents, List<String> unreadable, LocalDate date)
      throws IOException {
    ObjectNode first = null;
    ArrayNode runs = null;
    List<String> all = new ArrayList<>(documents);
    if (all.isEmpty()) {
      all.add(emptySarif(date));
    }
    for (String document : all) {
      ObjectNode log = (ObjectNode) Json.MAPPER.readTree(document);
      if (first == null) {
        first = log;
        runs = (ArrayNode) log.get("runs");
      } else {
        log.get("runs").forEach(runs::add);
      }
    }
    ObjectNode run = (ObjectNode) runs.get(0);
    ArrayNode invocations = run.putArray("invocations");
    ObjectNode invocation = invocations.addObject();
    invocation.put("executionSuccessful", unreadable.isEmpty());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (String problem : unreadable) {
      ObjectNode notification = notifications.addObject();
      notification.put("level", "error");
      notification.putObject("message").put("text", problem);
    }
    return Json.MAPPER.writer(Json.PRETTY).writeValueAsString(first) + "\n";
  }
}
