package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes a {@link ValidationReport} for people and for tools: as a JSON report in this library's own shape
 * ({@code icsmodel-report/1}), and as a SARIF 2.1.0 log, the format code-scanning tools and editors read.
 *
 * <p>Given the {@link SourceLocations} of the configuration that was validated (from
 * {@link IcsJson#reader()}), each finding is placed at the line and column of the element its JSON Pointer names,
 * or of the nearest enclosing element the file has (a finding about a missing property points at the object that
 * lacks it).
 *
 * <p>The JSON report's shape, documented in {@code docs/format.md}:
 *
 * <pre>
 * {
 *   "format": "icsmodel-report/1",
 *   "valid": false,
 *   "asOf": "2026-04-01",
 *   "ruleKinds": ["law", "integrity", "law-not-shown", "policy", "advice"],
 *   "counts": {"fatal": 0, "error": 1, "warning": 2, "information": 0, "waived": 1},
 *   "findings": [
 *     {
 *       "ruleId": "board.chair-count",
 *       "severity": "error",
 *       "path": "/icb/board",
 *       "message": "...",
 *       "basis": {"citation": "NHS Act 2006 Sch. 1B para 3(1)(a)", "statutory": true, "act": "nhs-act-2006", ...},
 *       "kind": "law",
 *       "subject": "northshire-icb",
 *       "waived": false,
 *       "location": {"source": "northshire.json", "line": 16, "column": 5}
 *     }
 *   ],
 *   "coverage": {
 *     "known": true,
 *     "statement": "A report without errors means only that ...",
 *     "checked": [{"citation": "NHS Act 2006 s.14Z29", "statutory": true, "act": "nhs-act-2006", ...}, ...],
 *     "advisedOn": [...],
 *     "checkedInPart": [{"duty": "nhsa2006:sch1B.11", "title": "...", "provision": "...", "reason": "..."}, ...],
 *     "notChecked": [...]
 *   }
 * }
 * </pre>
 *
 * <p>Counts are of findings not waived; {@code waived} counts the waived ones. {@code ruleKinds} (left out when
 * the report does not record them) lists the kinds of rule that ran; without {@code law}, {@code valid} says nothing
 * about the law. Both outputs are deterministic: the report's own order of findings (by severity, rule id, path),
 * properties in a fixed order.
 */
public final class ReportFormats {
  /** The marker at the top of a JSON report: {@value}. */
  public static final String REPORT_FORMAT = "icsmodel-report/1";

  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String TOOL_URI = "https://github.com/icsmodel/icsmodel";

  private ReportFormats() {}

  /**
   * Writes a report as JSON, without source locations.
   *
   * @param report the report
   * @return the JSON text, ending with a newline
   */
  public static String toJson(ValidationReport report) {
    return toJson(report, Optional.empty());
  }

  /**
   * Writes a report as JSON, placing each finding in the source of the configuration validated.
   *
   * @param report the report
   * @param locations where the configuration's elements are in its source
   * @return the JSON text, ending with a newline
   */
  public static String toJson(ValidationReport report, SourceLocations locations) {
    return toJson(report, Optional.of(Objects.requireNonNull(locations, "locations")));
  }

  private static String toJson(ValidationReport report, Optional<SourceLocations> locations) {
    Objects.requireNonNull(report, "report");
    return IcsJson.generate(generator -> ReportTables.writeReport(report, locations, generator));
  }

  /**
   * Reads a report written by {@link #toJson(ValidationReport)} or {@link #toJson(ValidationReport,
   * SourceLocations)}, or through {@link IcsModule}. The findings' locations, if any, are checked for shape and
   * left out: they belong to the configuration's source, not to the report. What the report states that follows
   * from its findings ({@code valid}, {@code counts}, each finding's {@code waived} and {@code kind}) must agree
   * with them. The report's {@code coverage} reads back exactly, its duties looked up in the built-in duty
   * catalogue; a report without {@code coverage} (one written before it existed) has {@link
   * io.github.icsmodel.validation.Coverage#unknown() unknown} coverage.
   *
   * @param json the JSON text of a report in format {@value #REPORT_FORMAT}
   * @return the report
   * @throws IcsJsonException if the text is not such a report; it names the line, column and JSON Pointer
   */
  public static ValidationReport parseJson(String json) {
    return IcsJson.read(IcsJson.Kind.REPORT, IcsJson.Source.of(json), Reading.of(false, false, null)).value();
  }

  /**
   * Writes a report as a SARIF 2.1.0 log with one run, placing each finding at its line and column in the source
   * of the configuration validated. Findings of severity ERROR and FATAL are SARIF errors, WARNING warnings, and
   * INFORMATION notes; a waived finding carries an accepted suppression with the waiver's justification. Rules are
   * described from the built-in rule set, the validator's rules for waivers and the reader's own.
   *
   * @param report the report
   * @param locations where the configuration's elements are in its source
   * @return the SARIF log, ending with a newline
   */
  public static String toSarif(ValidationReport report, SourceLocations locations) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(locations, "locations");
    Map<RuleId, Rule> known = knownRules();
    TreeMap<RuleId, Integer> ruleIndex = new TreeMap<>();
    for (Finding finding : report.findings()) {
      ruleIndex.putIfAbsent(finding.ruleId(), 0);
    }
    List<RuleId> rules = new ArrayList<>(ruleIndex.keySet());
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i), i);
    }
    Optional<String> source = locations.nearest(io.github.icsmodel.validation.JsonPointer.root()).source();
    return IcsJson.generate(generator -> {
      generator.writeStartObject();
      generator.writeStringField("$schema", SARIF_SCHEMA);
      generator.writeStringField("version", "2.1.0");
      generator.writeArrayFieldStart("runs");
      generator.writeStartObject();
      generator.writeObjectFieldStart("tool");
      generator.writeObjectFieldStart("driver");
      generator.writeStringField("name", "icsmodel");
      generator.writeStringField("version", IcsModule.VERSION.toString());
      generator.writeStringField("informationUri", TOOL_URI);
      generator.writeArrayFieldStart("rules");
      for (RuleId id : rules) {
        writeRule(id, Optional.ofNullable(known.get(id)), generator);
      }
      generator.writeEndArray();
      generator.writeEndObject();
      generator.writeEndObject();
      if (source.isPresent()) {
        generator.writeArrayFieldStart("artifacts");
        generator.writeStartObject();
        generator.writeObjectFieldStart("location");
        generator.writeStringField("uri", uri(source.get()));
        generator.writeEndObject();
        generator.writeEndObject();
        generator.writeEndArray();
      }
      generator.writeStringField("columnKind", "unicodeCodePoints");
      generator.writeArrayFieldStart("results");
      for (Finding finding : report.findings()) {
        writeResult(finding, ruleIndex.get(finding.ruleId()), locations, source, generator);
      }
      generator.writeEndArray();
      generator.writeObjectFieldStart("properties");
      generator.writeStringField("asOf", report.asOf().toString());
      generator.writeBooleanField("valid", report.isValid());
      ReportTables.writeRuleKinds(report, generator);
      generator.writeFieldName("coverage");
      CoverageTables.writeCoverage(report.coverage(), generator);
      generator.writeEndObject();
      generator.writeEndObject();
      generator.writeEndArray();
      generator.writeEndObject();
    });
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

  private static void writeRule(RuleId id, Optional<Rule> rule, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("id", id.toString());
    Optional<String> summary = rule.map(Rule::summary);
    Optional<Basis> basis = rule.map(Rule::basis);
    if (id.equals(Reading.UNKNOWN_PROPERTY)) {
      summary = Optional.of("A property that format " + IcsJson.FORMAT + " does not define was ignored.");
      basis = Optional.of(Reading.FORMAT_BASIS);
    }
    if (summary.isPresent()) {
      generator.writeObjectFieldStart("shortDescription");
      generator.writeStringField("text", summary.get());
      generator.writeEndObject();
    }
    if (rule.isPresent()) {
      generator.writeObjectFieldStart("defaultConfiguration");
      generator.writeStringField("level", level(rule.get().severity()));
      generator.writeEndObject();
    }
    if (basis.isPresent()) {
      generator.writeObjectFieldStart("properties");
      generator.writeStringField("basis", basis.get().citation());
      generator.writeBooleanField("statutory", basis.get().isStatutory());
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }

  private static void writeResult(
      Finding finding, int ruleIndex, SourceLocations locations, Optional<String> source, JsonGenerator generator)
      throws IOException {
    generator.writeStartObject();
    generator.writeStringField("ruleId", finding.ruleId().toString());
    generator.writeNumberField("ruleIndex", ruleIndex);
    generator.writeStringField("level", level(finding.severity()));
    generator.writeObjectFieldStart("message");
    generator.writeStringField("text", finding.message());
    generator.writeEndObject();
    generator.writeArrayFieldStart("locations");
    generator.writeStartObject();
    if (source.isPresent()) {
      SourceLocation at = locations.nearest(finding.path());
      generator.writeObjectFieldStart("physicalLocation");
      generator.writeObjectFieldStart("artifactLocation");
      generator.writeStringField("uri", uri(source.get()));
      generator.writeNumberField("index", 0);
      generator.writeEndObject();
      generator.writeObjectFieldStart("region");
      generator.writeNumberField("startLine", at.line());
      generator.writeNumberField("startColumn", at.column());
      generator.writeEndObject();
      generator.writeEndObject();
    }
    generator.writeArrayFieldStart("logicalLocations");
    generator.writeStartObject();
    generator.writeStringField("fullyQualifiedName", finding.path().toString());
    generator.writeStringField("kind", "element");
    generator.writeEndObject();
    generator.writeEndArray();
    generator.writeEndObject();
    generator.writeEndArray();
    if (finding.waivedBy().isPresent()) {
      generator.writeArrayFieldStart("suppressions");
      generator.writeStartObject();
      generator.writeStringField("kind", "external");
      generator.writeStringField("status", "accepted");
      generator.writeStringField("justification", finding.waivedBy().get().justification());
      generator.writeEndObject();
      generator.writeEndArray();
    }
    generator.writeObjectFieldStart("properties");
    generator.writeStringField("severity", ReportTables.name(finding.severity()));
    generator.writeStringField("basis", finding.basis().citation());
    generator.writeBooleanField("statutory", finding.basis().isStatutory());
    if (finding.subject().isPresent()) {
      generator.writeStringField("subject", finding.subject().get().toString());
    }
    generator.writeEndObject();
    generator.writeEndObject();
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
