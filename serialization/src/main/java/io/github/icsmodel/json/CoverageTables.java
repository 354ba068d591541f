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
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.Coverage;
import io.github.icsmodel.validation.JsonPointer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage of a validation report ({@code icsmodel-report/1}): what the rules behind a report check and
 * cannot see. {@link ReportTables} writes and reads it as the report's {@code coverage}.
 */
final class CoverageTables {
  private CoverageTables() {}

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
      BasisTables.writeBasis(provision, generator);
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
        ReportTables.readObject(
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
                  ReportTables.text(p, reading);
                  break;
                case "checked":
                case "advisedOn":
                  provisions.put(name, readProvisions(p, reading));
                  break;
                default:
                  duties.put(name, readDuties(p, reading));
              }
            });
    ReportTables.require(parser, reading, start, seen, "known");
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
      provisions.add(ReportTables.LEGAL_REFERENCE.read(parser, reading));
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
        ReportTables.readObject(
            parser,
            reading,
            false,
            DUTY_PROPERTIES,
            (name, p) -> {
              switch (name) {
                case "duty":
                  String id = ReportTables.text(p, reading);
                  try {
                    duty[0] = DutyCatalogue.builtIn().get(DutyId.of(id));
                  } catch (InvalidValueException e) {
                    throw reading.problem(p, e.getMessage());
                  }
                  break;
                case "provision":
                  provisionAt[0] = Pointers.of(p.getParsingContext());
                  provisionStart[0] = p.currentTokenLocation();
                  provision[0] = ReportTables.text(p, reading);
                  break;
                case "reason":
                  reason[0] = ReportTables.text(p, reading);
                  break;
                default: // title: the duty's, for people
                  ReportTables.text(p, reading);
              }
            });
    ReportTables.require(parser, reading, start, seen, "duty", "reason");
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
}
