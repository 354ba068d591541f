package io.github.icsmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.StatutoryDuty;
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
  private static final ValueFormat<Act> ACT = Values.enumOf(Act.class);
  private static final ValueFormat<RuleKind> KIND = Values.enumOf(RuleKind.class);

  /** The basis of a finding or a rule: a provision of an Act, or a policy document. */
  static final Format<Basis> BASIS = new BasisFormat<>(Basis.class);

  /** A provision of an Act, as a basis. */
  static final Format<LegalReference> LEGAL_REFERENCE = new BasisFormat<>(LegalReference.class);

  /** A policy document, as a basis. */
  static final Format<PolicyReference> POLICY_REFERENCE = new BasisFormat<>(PolicyReference.class);

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
    writeCoverage(report.coverage(), generator);
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

  /**
   * Writes what the rules behind a report check and cannot see: the statement that a report without errors is not
   * a finding of lawfulness, the provisions checked and advised on (as statutory bases, so that they read back
   * exactly), and the duties checked in part or not at all (by duty id, with the duty's title and provision for
   * people, and the reason).
   */
  static void writeCoverage(Coverage coverage, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeBooleanField("known", coverage.isKnown());
    generator.writeStringField("statement", coverage.statement());
    if (coverage.isKnown()) {
      writeProvisions("checked", coverage.checked(), generator);
      writeProvisions("advisedOn", coverage.advisedOn(), generator);
      writeDuties("checkedInPart", coverage.checkedInPart(), generator);
      writeDuties("notChecked", coverage.notChecked(), generator);
    }
    generator.writeEndObject();
  }

  private static void writeProvisions(String field, List<LegalReference> provisions, JsonGenerator generator)
      throws IOException {
    generator.writeArrayFieldStart(field);
    for (LegalReference provision : provisions) {
      writeBasis(provision, generator);
    }
    generator.writeEndArray();
  }

  private static void writeDuties(String field, List<Coverage.NotChecked> duties, JsonGenerator generator)
      throws IOException {
    generator.writeArrayFieldStart(field);
    for (Coverage.NotChecked duty : duties) {
      generator.writeStartObject();
      generator.writeStringField("duty", duty.duty().id().toString());
      generator.writeStringField("title", duty.duty().shortTitle());
      generator.writeStringField("provision", duty.duty().provision().citation());
      generator.writeStringField("reason", duty.reason());
      generator.writeEndObject();
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
    writeBasis(finding.basis(), generator);
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

  static void writeBasis(Basis basis, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("citation", basis.citation());
    generator.writeBooleanField("statutory", basis.isStatutory());
    if (basis instanceof LegalReference) {
      LegalReference law = (LegalReference) basis;
      generator.writeFieldName("act");
      ACT.write(law.act(), generator);
      if (law.schedule().isPresent()) {
        generator.writeStringField("schedule", law.schedule().get());
      }
      generator.writeStringField(law.schedule().isPresent() ? "paragraph" : "section", law.number());
      if (!law.subdivisionText().isEmpty()) {
        generator.writeStringField("subdivision", law.subdivisionText());
      }
    } else if (basis instanceof PolicyReference) {
      PolicyReference policy = (PolicyReference) basis;
      generator.writeStringField("publisher", policy.publisher());
      generator.writeStringField("title", policy.title());
      if (policy.date().isPresent()) {
        generator.writeStringField("date", policy.date().get());
      }
      if (policy.part().isPresent()) {
        generator.writeStringField("part", policy.part().get());
      }
    } else {
      throw new IllegalArgumentException("not a basis this format knows: " + basis.getClass().getName());
    }
    generator.writeEndObject();
  }

  static String name(Severity severity) {
    return severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  // reading

  /** Reads the value of one property; the parser is at the value's first token and ends at its last. */
  private interface PropertyReader {
    void read(String name, JsonParser parser) throws IOException;
  }

  /**
   * Reads the properties of an object, refusing duplicates and (in a strict read) unknown ones, and returns the
   * names seen. The parser is at the object's start and ends at its end.
   */
  private static Set<String> readObject(
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

  private static void require(
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

  private static String text(JsonParser parser, Reading reading) throws IOException {
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
                  coverage[0] = readCoverage(p, reading);
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
                  builder.basis(readBasis(p, reading));
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

  private static final List<String> COVERAGE_PROPERTIES =
      ImmutableList.of("known", "statement", "checked", "advisedOn", "checkedInPart", "notChecked");
  private static final List<String> DUTY_PROPERTIES = ImmutableList.of("duty", "title", "provision", "reason");

  /**
   * Reads what the rules behind a report check and cannot see. The {@code statement} is the library's, not the
   * report's, and the duty's {@code title} is there for people: both are checked for shape and otherwise left out.
   * The duties are looked up by id in {@link DutyCatalogue#builtIn()}; a {@code provision}, when present, must be
   * the duty's.
   */
  static Coverage readCoverage(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    Boolean[] known = new Boolean[1];
    Map<String, List<LegalReference>> provisions = new HashMap<>();
    Map<String, List<Coverage.NotChecked>> duties = new HashMap<>();
    Set<String> seen =
        readObject(
            parser,
            reading,
            false,
            COVERAGE_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "known":
                  known[0] = Values.BOOLEAN.read(p, reading);
                  break;
                case "statement":
                  text(p, reading);
                  break;
                case "checked":
                case "advisedOn":
                  provisions.put(name, readProvisions(p, reading));
                  break;
                default:
                  duties.put(name, readDuties(p, reading));
              }
            });
    require(parser, reading, start, seen, "known");
    JsonPointer here = Pointers.of(parser.getParsingContext());
    if (!known[0]) {
      for (String name : COVERAGE_PROPERTIES.subList(2, COVERAGE_PROPERTIES.size())) {
        if (seen.contains(name)) {
          throw reading.problemAt(
              parser, here, start, "coverage that is not known has no \"" + name + "\"; leave it out or make \"known\" true");
        }
      }
      return Coverage.unknown();
    }
    try {
      return Coverage.known(
          provisions.getOrDefault("checked", ImmutableList.of()),
          provisions.getOrDefault("advisedOn", ImmutableList.of()),
          duties.getOrDefault("notChecked", ImmutableList.of()),
          duties.getOrDefault("checkedInPart", ImmutableList.of()));
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, here, start, e.getMessage());
    }
  }

  private static List<LegalReference> readProvisions(JsonParser parser, Reading reading) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw reading.unexpected(parser, "an array");
    }
    List<LegalReference> provisions = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      reading.record(parser);
      provisions.add(LEGAL_REFERENCE.read(parser, reading));
    }
    return provisions;
  }

  private static List<Coverage.NotChecked> readDuties(JsonParser parser, Reading reading) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw reading.unexpected(parser, "an array");
    }
    List<Coverage.NotChecked> duties = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      reading.record(parser);
      duties.add(readDuty(parser, reading));
    }
    return duties;
  }

  private static Coverage.NotChecked readDuty(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    StatutoryDuty[] duty = new StatutoryDuty[1];
    String[] provision = new String[1];
    JsonPointer[] provisionAt = new JsonPointer[1];
    JsonLocation[] provisionStart = new JsonLocation[1];
    String[] reason = new String[1];
    Set<String> seen =
        readObject(
            parser,
            reading,
            false,
            DUTY_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "duty":
                  String id = text(p, reading);
                  try {
                    duty[0] = DutyCatalogue.builtIn().get(DutyId.of(id));
                  } catch (InvalidValueException e) {
                    throw reading.problem(p, e.getMessage());
                  }
                  break;
                case "provision":
                  provisionAt[0] = Pointers.of(p.getParsingContext());
                  provisionStart[0] = p.currentTokenLocation();
                  provision[0] = text(p, reading);
                  break;
                case "reason":
                  reason[0] = text(p, reading);
                  break;
                default: // title: the duty's, for people
                  text(p, reading);
              }
            });
    require(parser, reading, start, seen, "duty", "reason");
    String cited = duty[0].provision().citation();
    if (provision[0] != null && !provision[0].equals(cited)) {
      throw reading.problemAt(
          parser,
          provisionAt[0],
          provisionStart[0],
          "the provision " + Reading.quote(provision[0]) + " is not that of the duty " + duty[0].id() + ", which is cited "
              + Reading.quote(cited));
    }
    try {
      return Coverage.NotChecked.of(duty[0], reason[0]);
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, Pointers.of(parser.getParsingContext()), start, e.getMessage());
    }
  }

  private static final List<String> BASIS_PROPERTIES =
      ImmutableList.of(
          "citation", "statutory", "act", "schedule", "paragraph", "section", "subdivision", "publisher", "title",
          "date", "part");

  static Basis readBasis(JsonParser parser, Reading reading) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    Map<String, Object> values = new HashMap<>();
    Set<String> seen =
        readObject(
            parser,
            reading,
            false,
            BASIS_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "statutory":
                  values.put(name, Values.BOOLEAN.read(p, reading));
                  break;
                case "act":
                  values.put(name, ACT.read(p, reading));
                  break;
                default:
                  values.put(name, text(p, reading));
              }
            });
    require(parser, reading, start, seen, "citation", "statutory");
    JsonPointer here = Pointers.of(parser.getParsingContext());
    boolean statutory = (Boolean) values.get("statutory");
    List<String> allowed =
        statutory
            ? ImmutableList.of("citation", "statutory", "act", "schedule", "paragraph", "section", "subdivision")
            : ImmutableList.of("citation", "statutory", "publisher", "title", "date", "part");
    for (String name : seen) {
      if (!allowed.contains(name)) {
        throw reading.problemAt(
            parser, here, start, "a " + (statutory ? "statutory" : "policy") + " basis has no property \"" + name + "\"");
      }
    }
    Basis basis;
    try {
      if (statutory) {
        require(parser, reading, start, seen, "act");
        Act act = (Act) values.get("act");
        LegalReference law;
        if (seen.contains("schedule")) {
          require(parser, reading, start, seen, "paragraph");
          law = LegalReference.scheduleParagraph(act, (String) values.get("schedule"), (String) values.get("paragraph"));
        } else {
          require(parser, reading, start, seen, "section");
          law = LegalReference.section(act, (String) values.get("section"));
        }
        basis = seen.contains("subdivision") ? law.subdivision((String) values.get("subdivision")) : law;
      } else {
        require(parser, reading, start, seen, "publisher", "title");
        PolicyReference policy =
            PolicyReference.of(
                (String) values.get("publisher"), (String) values.get("title"), (String) values.getOrDefault("date", ""));
        basis = seen.contains("part") ? policy.part((String) values.get("part")) : policy;
      }
    } catch (InvalidValueException e) {
      throw reading.problemAt(parser, here, start, e.getMessage());
    }
    if (!basis.citation().equals(values.get("citation"))) {
      throw reading.problemAt(
          parser,
          here,
          start,
          "the citation " + Reading.quote((String) values.get("citation")) + " does not match the provision, which is cited "
              + Reading.quote(basis.citation()));
    }
    return basis;
  }

  /** The basis format, narrowed to one kind of basis for Jackson's deserializers. */
  private static final class BasisFormat<B extends Basis> implements Format<B> {
    private final Class<B> type;

    BasisFormat(Class<B> type) {
      this.type = type;
    }

    @Override
    public B read(JsonParser parser, Reading reading) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      Basis basis = readBasis(parser, reading);
      if (!type.isInstance(basis)) {
        throw reading.problemAt(
            parser,
            Pointers.of(parser.getParsingContext()),
            start,
            "expected a " + (type == LegalReference.class ? "statutory" : "policy") + " basis");
      }
      return type.cast(basis);
    }

    @Override
    public void write(B value, JsonGenerator generator) throws IOException {
      writeBasis(value, generator);
    }

    @Override
    public String name() {
      return type.getSimpleName();
    }

    @Override
    public Class<B> type() {
      return type;
    }
  }
}
