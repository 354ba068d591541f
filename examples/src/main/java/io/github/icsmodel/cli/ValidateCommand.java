package io.github.icsmodel.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Supplier;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.IcsJsonException;
import io.github.icsmodel.json.IcsJsonReader;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.json.ReportFormats;
import io.github.icsmodel.json.SourceLocations;
import io.github.icsmodel.report.html.HtmlReport;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
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
      "Exit codes: 0 no errors; 1 errors found; 2 a file is not a valid document; 64 usage; 66 a file cannot be"
          + " read; 74 output was lost. See 'ics --help'."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Rules {
    statutory,
    policy,
    all
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "configuration files (icsmodel/1 JSON); - reads standard input")
  List<Path> files;

  @Option(names = "--as-of", paramLabel = "DATE", description = "validate as of this date, which decides the"
      + " rules, the reference data (ICBs, their codes and areas) and the report (default: today in England)")
  LocalDate asOf;

  @Option(names = "--rules", defaultValue = "all",
      description = "statutory (errors: the law, with the integrity checks it relies on), policy (warnings and"
          + " advice) or all (default: ${DEFAULT-VALUE})")
  Rules rules;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, sarif or html (one self-contained page: give one FILE) (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lenient", description = "report unknown properties as warnings instead of refusing the file")
  boolean lenient;

  @Option(names = {"-q", "--quiet"}, description = "print only a one-line summary per file (text format)")
  boolean quiet;

  /** The longest document read: that of the JSON reader, whose own message refuses anything longer. */
  private static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

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
    Options.require(spec, format, OutputFormat.text, OutputFormat.json, OutputFormat.sarif, OutputFormat.html);
    if (format == OutputFormat.html && files.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format html writes one page: give one FILE"
          + " (a national configuration gives one page for all its systems)");
    }
    LocalDate date = Today.orToday(asOf);
    if (date.getYear() < 1900 || date.getYear() > 2999) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--as-of " + date + " is outside the years 1900 to 2999 that configurations may hold");
    }
    // The rules are built on a second thread while this one reads the first file (issue 22).
    Preload.referenceDataAndStatutes();
    Supplier<KnownAndSelected> ruleSets = Preload.inBackground("ics-rules", () -> {
      RuleSet known = KnownRules.validated(date);
      return new KnownAndSelected(known, Validator.of(selected(known)));
    });
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TextReport text = new TextReport(Ansi.AUTO, quiet);
    List<String> documents = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int exit = Ics.OK;
    for (Path file : files) {
      int[] failure = {Ics.OK};
      Optional<Outcome> outcome = validate(file, ruleSets, date, err, unreadable, failure);
      if (outcome.isEmpty()) {
        // A file that cannot be read outranks one with errors; the first such failure gives the code.
        if (exit == Ics.OK || exit == Ics.INVALID) {
          exit = failure[0];
        }
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
        case html:
          documents.add(html(outcome.get(), ruleSets.get().known));
          break;
        default:
          text.print(Messages.safe(Inputs.name(file)), report,
              pointer -> locations.find(pointer).map(l -> "line " + l.line() + ", column " + l.column()), out);
      }
    }
    if (format == OutputFormat.json) {
      out.print(documents.size() == 1 ? documents.get(0) : combinedJson(documents));
    } else if (format == OutputFormat.html && !documents.isEmpty()) {
      out.print(documents.get(0));
    } else if (format == OutputFormat.sarif) {
      out.print(documents.size() == 1 && unreadable.isEmpty() ? documents.get(0)
          : combinedSarif(documents, unreadable, date));
    }
    out.flush();
    return exit;
  }

  /** The rules the tool knows as of the date, and the validator of those --rules selects. */
  private static final class KnownAndSelected {
    final RuleSet known;
    final Validator validator;

    KnownAndSelected(RuleSet known, Validator validator) {
      this.known = known;
      this.validator = validator;
    }
  }

  private RuleSet selected(RuleSet all) {
    switch (rules) {
      case statutory:
        return all.filter(rule -> rule.severity().isBlocking());
      case policy:
        return all.filter(rule -> !rule.severity().isBlocking());
      default:
        return all;
    }
  }

  /** The board's HTML report of one outcome. */
  private String html(Outcome outcome, RuleSet known) {
    HtmlReport.Builder page = HtmlReport.builder().report(outcome.report).locations(outcome.locations)
        .rules(KnownRules.listed(known)).ruleSetName(rules.name());
    if (outcome.configuration instanceof NationalConfiguration) {
      page.national((NationalConfiguration) outcome.configuration);
    } else {
      page.system((IntegratedCareSystem) outcome.configuration);
    }
    return page.build().render();
  }

  /** A report with the source locations of the document it is about, and the configuration it holds. */
  private static final class Outcome {
    final ValidationReport report;
    final SourceLocations locations;
    final Object configuration;

    Outcome(ValidationReport report, SourceLocations locations, Object configuration) {
      this.report = report;
      this.locations = locations;
      this.configuration = configuration;
    }
  }

  private Optional<Outcome> validate(Path file, Supplier<KnownAndSelected> known, LocalDate date, PrintWriter err,
      List<String> unreadable, int[] exit) {
    IcsJsonReader reader = lenient ? IcsJson.reader().lenient() : IcsJson.reader();
    String name = Inputs.name(file);
    ReadResult<?> read;
    try {
      // Read once, so that a pipe, a FIFO or standard input gives the same bytes to both looks.
      byte[] bytes = Inputs.readAll(file, MAX_DOCUMENT_BYTES);
      read = isNational(bytes)
          ? reader.readNational(new ByteArrayInputStream(bytes), name)
          : reader.readSystem(new ByteArrayInputStream(bytes), name);
    } catch (CliFailure e) {
      err.println("ics: " + e.getMessage());
      unreadable.add(e.getMessage());
      exit[0] = e.exitCode();
      return Optional.empty();
    } catch (IcsJsonException e) {
      String message = Messages.safe(e.getMessage());
      err.println("ics: " + message);
      unreadable.add(message);
      exit[0] = Ics.UNREADABLE;
      return Optional.empty();
    } catch (io.github.icsmodel.IcsException e) {
      String message = Messages.path(file) + ": " + Messages.safe(e.getMessage());
      err.println("ics: " + message);
      unreadable.add(message);
      exit[0] = Ics.UNREADABLE;
      return Optional.empty();
    }
    // The rules are needed only now, outside the file's own failures: a failure to build them is the tool's, not
    // this file's, and reaches the command's handler as it did before the rules were built on another thread.
    Validator validator = known.get().validator;
    ValidationReport report = read.value() instanceof NationalConfiguration
        ? validator.validate((NationalConfiguration) read.value(), date)
        : validator.validate((IntegratedCareSystem) read.value(), date);
    return Optional.of(new Outcome(withWarnings(report, read.warnings()), read.locations(), read.value()));
  }

  private static ValidationReport withWarnings(ValidationReport report, List<Finding> warnings) {
    if (warnings.isEmpty()) {
      return report;
    }
    // Keeps the report's coverage and rule kinds: the reader's warnings join the validator's findings.
    return ValidationReport.builder().from(report).addAllFindings(warnings).build();
  }

  /**
   * Returns whether a document is a national configuration: one whose top-level object has {@code systems}. Any
   * problem reading the top level is left for the real reader to report with its location.
   */
  private static boolean isNational(byte[] document) {
    try (JsonParser parser = new JsonFactory().createParser(document)) {
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
