package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.ValidationReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The formats of validation reports ({@code icsmodel-report/1}, see {@code docs/format.md}): the report, its
 * findings and their legal or policy basis. {@link ReportFormats} writes and reads whole reports with them, and
 * {@link IcsModule} registers them, so that a report written through a user's own {@code ObjectMapper} is the
 * same document.
 *
 * <p>What a report states that follows from its findings ({@code valid}, {@code counts}, a finding's
 * {@code waived} and {@code kind}) is written always and, when present on reading, must agree with the findings.
 * The report's {@code coverage} is written so that it reads back exactly; a report without it reads with
 * {@link Coverage#unknown() unknown} coverage. A finding's
 * {@code location} is where the finding is in the configuration's source: it is not part of the finding, so it is
 * checked for shape on reading and otherwise left out.
 */
final class ReportTables {
  private ReportTables() {}

  private static final Severity[] COUNTED = {Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFORMATION};
  private static final ValueFormat<Severity> SEVERITY = Values.enumOf(Severity.class);
  private static final ValueFormat<RuleKind> KIND = Values.enumOf(RuleKind.class);

  /** The basis of a finding or a rule: a provision of an Act, or a policy document. */
  static final Format<Basis> BASIS = new BasisTables.BasisFormat<>(Basis.class);

  /** A provision of an Act, as a basis. */
  static final Format<LegalReference> LEGAL_REFERENCE = new BasisTables.BasisFormat<>(LegalReference.class);

  /** A policy document, as a basis. */
  static final Format<PolicyReference> POLICY_REFERENCE = new BasisTables.BasisFormat<>(PolicyReference.class);

  /** One finding, without its location. */
  static final Format<Finding> FINDING =
      new WithoutLocations<>("Finding", Finding.class, ReportTables::readFinding, ReportTables::writeFinding);

  /** A whole report, without the findings' locations; with the marker {@code icsmodel-report/1} at the top. */
  static final Format<ValidationReport> REPORT =
      new WithoutLocations<>("ValidationReport", ValidationReport.class, ReportTables::readReport, ReportTables::writeReport);

  /** Reads a value; the parser is at its first token and ends at its last. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(JsonParser parser, Reading reading) throws IOException;
  }

  /** Writes a value, with its source locations if there are any. */
  @FunctionalInterface
  private interface ValueWriter<T> {
    void write(T value, Optional<SourceLocations> locations, JsonGenerator generator) throws IOException;
  }

  /** A format that reads and writes with the given functions, writing no source locations. */
  private static final class WithoutLocations<T> implements Format<T> {
    private final String name;
    private final Class<T> type;
    private final ValueReader<T> reader;
    private final ValueWriter<T> writer;

    WithoutLocations(String name, Class<T> type, ValueReader<T> reader, ValueWriter<T> writer) {
      this.name = name;
      this.type = type;
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    public T read(JsonParser parser, Reading reading) throws IOException {
      return reader.read(parser, reading);
    }

    @Override
    public void write(T value, JsonGenerator generator) throws IOException {
      writer.write(value, Optional.empty(), generator);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Class<T> type() {
      return type;
    }
  }

  // writing

  static void writeReport(ValidationReport report, Optional<SourceLocations> locations, JsonGenerator generator)
      throws IOException {
    boolean root = generator.getOutputContext().inRoot();
    generator.writeStartObject();
    if (root) {
      generator.writeStringField(IcsJson.FORMAT_PROPERTY, ReportFormats.REPORT_FORMAT);
    }
    generator.writeBooleanField("valid", report.isValid());
    generator.writeStringField("asOf", report.asOf().toString());
    writeRuleKinds(report, generator);
    generator.writeObjectFieldStart("counts");
    for (Severity severity : COUNTED) {
      generator.writeFieldName(name(severity));
      generator.writeNumber(report.count(severity));
    }
    generator.writeNumberField("waived", report.waivedCount());
    generator.writeEndObject();
    generator.writeArrayFieldStart("findings");
    for (Finding finding : report.findings()) {
      writeFinding(finding, locations, generator);
    }
    generator.writeEndArray();
    generator.writeFieldName("coverage");
    CoverageTables.writeCoverage(report.coverage(), generator);
    generator.writeEndObject();
  }

  /**
   * Writes the kinds of rule that ran, {@code "ruleKinds": ["law", ...]} in the order of {@link RuleKind}, when the
   * report records them; a reader then knows that a filtered run (policy rules only, say) left the law out.
   */
  static void writeRuleKinds(ValidationReport report, JsonGenerator generator) throws IOException {
    if (report.ruleKinds().isEmpty()) {
      return;
    }
    generator.writeArrayFieldStart("ruleKinds");
    for (RuleKind kind : RuleKind.values()) {
      if (report.ruleKinds().contains(kind)) {
        generator.writeString(kind(kind));
      }
    }
    generator.writeEndArray();
  }

  /** The JSON name of a finding's kind: law, integrity, law-not-shown, policy or advice (kebab case, as every enum). */
  static String kind(RuleKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static void writeFinding(Finding finding, Optional<SourceLocations> locations, JsonGenerator generator)
      throws IOException {
    generator.writeStartObject();
    generator.writeFieldName("ruleId");
    Values.RULE_ID.write(finding.ruleId(), generator);
    generator.writeFieldName("severity");
    SEVERITY.write(finding.severity(), generator);
    generator.writeFieldName("path");
    Values.JSON_POINTER.write(finding.path(), generator);
    generator.writeFieldName("message");
    Limits.writeString(finding.message(), generator);
    generator.writeFieldName("basis");
    BasisTables.writeBasis(finding.basis(), generator);
    generator.writeStringField("kind", kind(finding.kind()));
    if (finding.subject().isPresent()) {
      generator.writeFieldName("subject");
      Values.LOCAL_ID.write(finding.subject().get(), generator);
    }
    generator.writeBooleanField("waived", finding.isWaived());
    if (finding.waivedBy().isPresent()) {
      generator.writeFieldName("waivedBy");
      AssuranceFormats.WAIVER.write(finding.waivedBy().get(), generator);
    }
    if (locations.isPresent()) {
      SourceLocation at = locations.get().nearest(finding.path());
      generator.writeObjectFieldStart("location");
      if (at.source().isPresent()) {
        generator.writeStringField("source", at.source().get());
      }
      generator.writeNumberField("line", at.line());
      generator.writeNumberField("column", at.column());
      generator.writeEndObject();
    }
    generator.writeEndObject();
  }

  static String name(Severity severity) {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  // reading

  /** Reads the value of one property; the parser is at the value's first token and ends at its last. */
  interface PropertyReader {
    void read(String name, JsonParser parser) throws IOException;
  }

  /**
   * Reads the properties of an object, refusing duplicates and (in a strict read) unknown ones, and returns the
   * names seen. The parser is at the object's start and ends at its end.
   */
  static Set<String> readObject(
      JsonParser parser, Reading reading, boolean document, List<String> names, PropertyReader properties)
      throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw reading.unexpected(parser, "an object");
    }
    boolean root = document && parser.getParsingContext().getParent().inRoot();
    boolean formatSeen = false;
    Set<String> seen = new HashSet<>();
    for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      reading.record(parser);
      if (root && !formatSeen) {
        if (!name.equals(IcsJson.FORMAT_PROPERTY)) {
          throw reading.problemAt(parser, JsonPointer.root(), parser.currentTokenLocation(), missingMarker());
        }
        parser.nextToken();
        if (parser.currentToken() != JsonToken.VALUE_STRING
            || !parser.getText().equals(ReportFormats.REPORT_FORMAT)) {
          throw reading.unexpected(parser, "the string \"" + ReportFormats.REPORT_FORMAT + "\"");
        }
        formatSeen = true;
        continue;
      }
      if (!names.contains(name)) {
        Optional<String> hint =
            name.equals(IcsJson.FORMAT_PROPERTY)
                ? Optional.of("the format marker belongs at the top of the document only")
                : Optional.empty();
        reading.unknownProperty(parser, name, names, hint);
        parser.nextToken();
        parser.skipChildren();
        continue;
      }
      if (!seen.add(name)) {
        throw reading.problem(parser, "the property \"" + name + "\" appears twice in this object");
      }
      parser.nextToken();
      properties.read(name, parser);
    }
    if (root && !formatSeen) {
      throw reading.problemAt(parser, JsonPointer.root(), parser.currentLocation(), missingMarker());
    }
    return seen;
  }

  private static String missingMarker() {
    return "missing the format marker: a report must begin {\"format\": \"" + ReportFormats.REPORT_FORMAT + "\", ...";
  }

  static void require(
      JsonParser parser, Reading reading, JsonLocation start, Set<String> seen, String... required)
      throws IOException {
    List<String> missing = new ArrayList<>();
    for (String name : required) {
      if (!seen.contains(name)) {
        missing.add("\"" + name + "\"");
      }
    }
    if (!missing.isEmpty()) {
      throw reading.problemAt(
          parser,
          Pointers.of(parser.getParsingContext()),
          start,
          (missing.size() == 1 ? "missing required property " : "missing required properties ")
              + String.join(", ", missing));
    }
  }

  static String text(JsonParser parser, Reading reading) throws IOException {
    return Values.STRING.read(parser, reading);
  }

  private static final List<String> REPORT_PROPERTIES =
      ImmutableList.of("valid", "asOf", "ruleKinds", "counts", "findings", "coverage");
  private static final List<String> COUNT_PROPERTIES =
      ImmutableList.of("fatal", "error", "warning", "information", "waived");

  static ValidationReport readReport(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    LocalDate[] asOf = new LocalDate[1];
    Boolean[] valid = new Boolean[1];
    Map<String, Integer> counts = new HashMap<>();
    List<Finding> findings = new ArrayList<>();
    Coverage[] coverage = {Coverage.unknown()};
    Set<RuleKind> ruleKinds = java.util.EnumSet.noneOf(RuleKind.class);
    Set<String> seen =
        readObject(
            parser,
            reading,
            true,
            REPORT_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "valid":
                  valid[0] = Values.BOOLEAN.read(p, reading);
                  break;
                case "asOf":
                  asOf[0] = Values.DATE.read(p, reading);
                  break;
                case "counts":
                  readObject(p, reading, false, COUNT_PROPERTIES, (n, q) -> counts.put(n, Values.INTEGER.read(q, reading)));
                  break;
                case "coverage":
                  coverage[0] = CoverageTables.readCoverage(p, reading);
                  break;
                case "ruleKinds":
                  if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw reading.unexpected(p, "an array of rule kinds");
                  }
                  for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    reading.record(p);
                    if (!ruleKinds.add(KIND.read(p, reading))) {
                      throw reading.problem(p, "a rule kind is listed twice");
                    }
                  }
                  break;
                default:
                  if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw reading.unexpected(p, "an array");
                  }
                  for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    reading.record(p);
                    findings.add(readFinding(p, reading));
                  }
              }
            });
    require(parser, reading, start, seen, "asOf");
    ValidationReport report = ValidationReport.builder().asOf(asOf[0]).findings(findings).coverage(coverage[0])
        .ruleKinds(ruleKinds).build();
    JsonPointer here = Pointers.of(parser.getParsingContext());
    if (valid[0] != null && valid[0] != report.isValid()) {
      throw reading.problemAt(
          parser, here, start, "\"valid\" is " + valid[0] + " but the findings make the report " + (report.isValid() ? "valid" : "invalid"));
    }
    Map<String, Integer> actual = new HashMap<>();
    for (Severity severity : COUNTED) {
      actual.put(name(severity), report.count(severity));
    }
    actual.put("waived", report.waivedCount());
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      int expected = actual.get(count.getKey());
      if (count.getValue() != expected) {
        throw reading.problemAt(
            parser,
            here,
            start,
            "\"counts\" gives " + count.getValue() + " for \"" + count.getKey() + "\" but the findings have " + expected);
      }
    }
    return report;
  }

  private static final List<String> FINDING_PROPERTIES =
      ImmutableList.of(
          "ruleId", "severity", "path", "message", "basis", "kind", "subject", "waived", "waivedBy", "location");
  private static final List<String> LOCATION_PROPERTIES = ImmutableList.of("source", "line", "column");

  static Finding readFinding(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    var builder = Finding.builder();
    Boolean[] waived = new Boolean[1];
    RuleKind[] kind = new RuleKind[1];
    JsonPointer[] kindAt = new JsonPointer[1];
    JsonLocation[] kindStart = new JsonLocation[1];
    Set<String> seen =
        readObject(
            parser,
            reading,
            false,
            FINDING_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "ruleId":
                  builder.ruleId(Values.RULE_ID.read(p, reading));
                  break;
                case "severity":
                  builder.severity(SEVERITY.read(p, reading));
                  break;
                case "path":
                  builder.path(Values.JSON_POINTER.read(p, reading));
                  break;
                case "message":
                  builder.message(text(p, reading));
                  break;
                case "basis":
                  builder.basis(BasisTables.readBasis(p, reading));
                  break;
                case "kind":
                  kindAt[0] = Pointers.of(p.getParsingContext());
                  kindStart[0] = p.currentTokenLocation();
                  kind[0] = KIND.read(p, reading);
                  break;
                case "subject":
                  builder.subject(Values.LOCAL_ID.read(p, reading));
                  break;
                case "waived":
                  waived[0] = Values.BOOLEAN.read(p, reading);
                  break;
                case "waivedBy":
                  builder.waivedBy(AssuranceFormats.WAIVER.read(p, reading));
                  break;
                default: // location: where the finding is in a source, not part of the finding
                  readObject(
                      p,
                      reading,
                      false,
                      LOCATION_PROPERTIES,
                      (n, q) -> {
                        if (n.equals("source")) {
                          text(q, reading);
                        } else {
                          Values.INTEGER.read(q, reading);
                        }
                      });
              }
            });
    require(parser, reading, start, seen, "ruleId", "severity", "path", "message", "basis");
    Finding finding;
    try {
      finding = builder.build();
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, Pointers.of(parser.getParsingContext()), start, e.getMessage());
    }
    if (waived[0] != null && waived[0] != finding.isWaived()) {
      throw reading.problemAt(
          parser,
          Pointers.of(parser.getParsingContext()),
          start,
          "\"waived\" is " + waived[0] + " but the finding " + (finding.isWaived() ? "has" : "has no") + " \"waivedBy\"");
    }
    if (kind[0] != null && kind[0] != finding.kind()) {
      throw reading.problemAt(
          parser,
          kindAt[0],
          kindStart[0],
          "\"kind\" is \"" + kind(kind[0]) + "\" but a finding of severity " + name(finding.severity()) + " on a "
              + (finding.basis().isStatutory() ? "statutory" : "policy") + " basis is \"" + kind(finding.kind()) + "\"");
    }
    return finding;
  }

}
