package io.github.icsmodel.json;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import io.github.icsmodel.validation.Waiver;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The SARIF 2.1.0 log of a validation report, which {@link ReportFormats#toSarif} writes: one run, each finding
 * at its line and column in the source of the configuration validated. The tables are written only: a SARIF log
 * is not read back. They describe the log's objects from the outside in; SARIF's nesting (a message's
 * {@code text}, a location's {@code region}) has a small table each.
 */
final class SarifTables {
  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String TOOL_URI = "https://github.com/icsmodel/icsmodel";

  private SarifTables() {}

  /** A text for people: {@code {"text": ...}}. */
  private static final ObjectFormat<String, Void> MESSAGE =
      ObjectFormat.writer("Message", String.class).defaulted("text", Values.STRING, Function.identity()).build();

  /** A rule's SARIF level: {@code {"level": ...}}. */
  private static final ObjectFormat<Severity, Void> CONFIGURATION =
      ObjectFormat.writer("ReportingConfiguration", Severity.class)
          .defaulted("level", Values.STRING, SarifTables::level).build();

  /** What a rule or a result rests on, in a SARIF property bag. */
  private static final ObjectFormat<Basis, Void> RULE_PROPERTIES =
      ObjectFormat.writer("RuleProperties", Basis.class)
          .defaulted("basis", Values.STRING, Basis::citation)
          .defaulted("statutory", Values.BOOLEAN, Basis::isStatutory)
          .build();

  private static final ObjectFormat<Described, Void> RULE =
      ObjectFormat.writer("ReportingDescriptor", Described.class)
          .defaulted("id", Values.RULE_ID, described -> described.id)
          .optional("shortDescription", MESSAGE, described -> described.summary)
          .optional("defaultConfiguration", CONFIGURATION, described -> described.rule.map(Rule::severity))
          .optional("properties", RULE_PROPERTIES, described -> described.basis)
          .build();

  private static final ObjectFormat<Run, Void> DRIVER =
      ObjectFormat.writer("ToolComponent", Run.class)
          .constant("name", "icsmodel")
          .constant("version", IcsModule.VERSION.toString())
          .constant("informationUri", TOOL_URI)
          .defaulted("rules", ObjectFormat.listOf(RULE), run -> run.rules)
          .build();

  private static final ObjectFormat<Run, Void> TOOL =
      ObjectFormat.writer("Tool", Run.class).defaulted("driver", DRIVER, Function.identity()).build();

  /** The source's URI: {@code {"uri": ...}}. */
  private static final ObjectFormat<String, Void> ARTIFACT_LOCATION =
      ObjectFormat.writer("ArtifactLocation", String.class).defaulted("uri", Values.STRING, Function.identity())
          .build();

  private static final ObjectFormat<String, Void> ARTIFACT =
      ObjectFormat.writer("Artifact", String.class).defaulted("location", ARTIFACT_LOCATION, Function.identity())
          .build();

  /** The source's URI as the log's first (and only) artifact. */
  private static final ObjectFormat<String, Void> FIRST_ARTIFACT =
      ObjectFormat.writer("ArtifactLocation", String.class)
          .defaulted("uri", Values.STRING, Function.identity())
          .defaulted("index", Values.INTEGER, uri -> 0)
          .build();

  private static final ObjectFormat<SourceLocation, Void> REGION =
      ObjectFormat.writer("Region", SourceLocation.class)
          .defaulted("startLine", Values.INTEGER, SourceLocation::line)
          .defaulted("startColumn", Values.INTEGER, SourceLocation::column)
          .build();

  private static final ObjectFormat<Result, Void> PHYSICAL_LOCATION =
      ObjectFormat.writer("PhysicalLocation", Result.class)
          .defaulted("artifactLocation", FIRST_ARTIFACT, result -> result.uri.orElseThrow())
          .defaulted("region", REGION, result -> result.at.orElseThrow())
          .build();

  private static final ObjectFormat<JsonPointer, Void> LOGICAL_LOCATION =
      ObjectFormat.writer("LogicalLocation", JsonPointer.class)
          .defaulted("fullyQualifiedName", Values.JSON_POINTER, Function.identity())
          .constant("kind", "element")
          .build();

  private static final ObjectFormat<Result, Void> LOCATION =
      ObjectFormat.writer("Location", Result.class)
          .optional("physicalLocation", PHYSICAL_LOCATION, result -> result.placed())
          .defaulted("logicalLocations", ObjectFormat.listOf(LOGICAL_LOCATION),
              result -> ImmutableList.of(result.finding.path()))
          .build();

  private static final ObjectFormat<Waiver, Void> SUPPRESSION =
      ObjectFormat.writer("Suppression", Waiver.class)
          .constant("kind", "external")
          .constant("status", "accepted")
          .defaulted("justification", Values.STRING, Waiver::justification)
          .build();

  private static final ObjectFormat<Finding, Void> RESULT_PROPERTIES =
      ObjectFormat.writer("ResultProperties", Finding.class)
          .defaulted("severity", Values.STRING, finding -> ReportTables.SEVERITY.nameOf(finding.severity()))
          .defaulted("basis", Values.STRING, finding -> finding.basis().citation())
          .defaulted("statutory", Values.BOOLEAN, finding -> finding.basis().isStatutory())
          .optional("subject", Values.LOCAL_ID, Finding::subject)
          .build();

  private static final ObjectFormat<Result, Void> RESULT =
      ObjectFormat.writer("Result", Result.class)
          .defaulted("ruleId", Values.RULE_ID, result -> result.finding.ruleId())
          .defaulted("ruleIndex", Values.INTEGER, result -> result.ruleIndex)
          .defaulted("level", Values.STRING, result -> level(result.finding.severity()))
          .defaulted("message", MESSAGE, result -> result.finding.message())
          .defaulted("locations", ObjectFormat.listOf(LOCATION), ImmutableList::of)
          .optional("suppressions", ObjectFormat.listOf(SUPPRESSION),
              result -> result.finding.waivedBy().map(ImmutableList::of))
          .defaulted("properties", RESULT_PROPERTIES, result -> result.finding)
          .build();

  /** The run's property bag: what the JSON report says of the whole. */
  private static final ObjectFormat<ValidationReport, Void> RUN_PROPERTIES =
      ObjectFormat.writer("RunProperties", ValidationReport.class)
          .defaulted("asOf", Values.DATE, ValidationReport::asOf)
          .defaulted("valid", Values.BOOLEAN, ValidationReport::isValid)
          .list("ruleKinds", ReportTables.KIND, ValidationReport::ruleKinds)
          .defaulted("coverage", CoverageTables.COVERAGE, ValidationReport::coverage)
          .build();

  private static final ObjectFormat<Run, Void> RUN =
      ObjectFormat.writer("Run", Run.class)
          .defaulted("tool", TOOL, Function.identity())
          .optional("artifacts", ObjectFormat.listOf(ARTIFACT), run -> run.uri.map(ImmutableList::of))
          .constant("columnKind", "unicodeCodePoints")
          .defaulted("results", ObjectFormat.listOf(RESULT), Run::results)
          .defaulted("properties", RUN_PROPERTIES, run -> run.report)
          .build();

  private static final ObjectFormat<Run, Void> LOG =
      ObjectFormat.writer("Log", Run.class)
          .constant("$schema", SARIF_SCHEMA)
          .constant("version", "2.1.0")
          .defaulted("runs", ObjectFormat.listOf(RUN), ImmutableList::of)
          .build();

  static String write(ValidationReport report, SourceLocations locations) {
    Run run = new Run(report, locations);
    return IcsJson.generate(generator -> LOG.write(run, generator));
  }

  /** The one run of a log: the report, where its findings are, and the rules they cite, by id. */
  private static final class Run {
    final ValidationReport report;
    final SourceLocations locations;
    final Optional<String> uri;
    final List<Described> rules = new ArrayList<>();
    final Map<RuleId, Integer> ruleIndex = new TreeMap<>();

    Run(ValidationReport report, SourceLocations locations) {
      this.report = report;
      this.locations = locations;
      this.uri = locations.nearest(JsonPointer.root()).source().map(SarifTables::uri);
      for (Finding finding : report.findings()) {
        ruleIndex.putIfAbsent(finding.ruleId(), 0);
      }
      Map<RuleId, Rule> known = knownRules();
      int index = 0;
      for (Map.Entry<RuleId, Integer> rule : ruleIndex.entrySet()) {
        rule.setValue(index++);
        rules.add(new Described(rule.getKey(), Optional.ofNullable(known.get(rule.getKey()))));
      }
    }

    List<Result> results() {
      List<Result> results = new ArrayList<>();
      for (Finding finding : report.findings()) {
        results.add(new Result(finding, ruleIndex.get(finding.ruleId()), this));
      }
      return results;
    }
  }

  /** A rule a finding cites, described from the rule set where it is one of the library's. */
  private static final class Described {
    final RuleId id;
    final Optional<Rule> rule;
    final Optional<String> summary;
    final Optional<Basis> basis;

    Described(RuleId id, Optional<Rule> rule) {
      this.id = id;
      this.rule = rule;
      if (id.equals(Reading.UNKNOWN_PROPERTY)) {
        this.summary = Optional.of("A property that format " + IcsJson.FORMAT + " does not define was ignored.");
        this.basis = Optional.of(Reading.FORMAT_BASIS);
      } else {
        this.summary = rule.map(Rule::summary);
        this.basis = rule.map(Rule::basis);
      }
    }
  }

  /** A finding as a SARIF result: with its rule's index and, if the source has a name, its place in it. */
  private static final class Result {
    final Finding finding;
    final int ruleIndex;
    final Optional<String> uri;
    final Optional<SourceLocation> at;

    Result(Finding finding, int ruleIndex, Run run) {
      this.finding = finding;
      this.ruleIndex = ruleIndex;
      this.uri = run.uri;
      this.at = uri.map(named -> run.locations.nearest(finding.path()));
    }

    Optional<Result> placed() {
      return at.map(placed -> this);
    }
  }

  private static Map<RuleId, Rule> knownRules() {
    Map<RuleId, Rule> known = new LinkedHashMap<>();
    for (Rule rule : RuleSet.all().rules()) {
      known.put(rule.id(), rule);
    }
    for (Rule rule : Validator.waiverRules()) {
      known.putIfAbsent(rule.id(), rule);
    }
    return known;
  }

  /** SARIF's level for a severity: errors for what makes a configuration invalid, notes for advice. */
  private static String level(Severity severity) {
    switch (severity) {
      case FATAL:
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /** A source name as a relative or absolute URI reference, with '/' separators and unsafe characters escaped. */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}
