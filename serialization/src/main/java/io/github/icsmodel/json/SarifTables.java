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
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SARIF 2.1.0 log of a validation report, which {@link ReportFormats#toSarif} writes: one run, each finding
 * at its line and column in the source of the configuration validated.
 */
final class SarifTables {
  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String TOOL_URI = "https://github.com/icsmodel/icsmodel";

  private SarifTables() {}

  static String write(ValidationReport report, SourceLocations locations) {
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
