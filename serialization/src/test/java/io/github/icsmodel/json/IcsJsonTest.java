package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcsJsonTest {

  /** A small valid system document, with {@code %s} for more of the system's properties. */
  static String system(String more) {
    return "{\"format\": \"icsmodel/1\", \"id\": \"northshire\", \"name\": \"Northshire ICS\",\n"
        + " \"icb\": {\"id\": \"icb\", \"name\": \"NHS Northshire ICB\"}" + (more.isEmpty() ? "" : ",\n " + more)
        + "}";
  }

  static IcsJsonException failure(String json) {
    return catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseSystem(json));
  }

  static IntegratedCareSystem minimal() {
    return IntegratedCareSystem.builder()
        .id(LocalId.of("northshire"))
        .name("Northshire ICS")
        .icb(IntegratedCareBoard.builder().id(LocalId.of("icb")).name("NHS Northshire ICB").build())
        .build();
  }

  @Nested
  class Writing {

    @Test
    void writesTheFormatMarkerFirstThenPropertiesInAccessorOrderWithDefaultsAndWithoutEmpties() {
      assertThat(IcsJson.toJson(minimal()))
          .isEqualTo(
              "{\n"
                  + "  \"format\": \"icsmodel/1\",\n"
                  + "  \"id\": \"northshire\",\n"
                  + "  \"name\": \"Northshire ICS\",\n"
                  + "  \"icb\": {\n"
                  + "    \"id\": \"icb\",\n"
                  + "    \"name\": \"NHS Northshire ICB\",\n"
                  + "    \"establishedOn\": \"2022-07-01\",\n"
                  + "    \"board\": {}\n"
                  + "  }\n"
                  + "}\n");
    }

    @Test
    void readsAndWritesRecordedSectionsAndAnUnrecordedConstitutionPublication() {
      IntegratedCareSystem system = IntegratedCareSystem.builder().from(minimal())
          .addRecordedSections(RecordedSection.JOINT_FORWARD_PLANS, RecordedSection.REGISTERS_OF_INTERESTS)
          .build();
      String json = IcsJson.toJson(system);

      assertThat(json).contains("\"recordedSections\": [\n    \"joint-forward-plans\",\n    \"registers-of-interests\"\n  ]")
          .doesNotContain("constitutionPublished");
      IntegratedCareSystem read = IcsJson.parseSystem(json);
      assertThat(read).isEqualTo(system);
      assertThat(read.icb().constitutionPublished()).as("not recorded is not false").isEmpty();
      assertThat(read.records(RecordedSection.JOINT_FORWARD_PLANS)).isTrue();
      assertThat(read.records(RecordedSection.ANNUAL_REPORTS)).isFalse();
      assertThat(IcsJson.parseSystem(json.replace("\"board\": {}", "\"constitutionPublished\": false, \"board\": {}"))
          .icb().constitutionPublished()).contains(false);
    }

    @Test
    void writesEnumsInKebabCaseAndIdentifiersAsTheirText() {
      IntegratedCareSystem system =
          IntegratedCareSystem.builder()
              .from(minimal())
              .icb(
                  IntegratedCareBoard.builder()
                      .from(minimal().icb())
                      .board(
                          Board.builder()
                              .addMembers(
                                  BoardMember.builder()
                                      .id(LocalId.of("ceo"))
                                      .name("A. Person")
                                      .role(MemberRole.CHIEF_EXECUTIVE)
                                      .build())
                              .build())
                      .build())
              .addAnnualReports(
                  AnnualReport.builder().id(LocalId.of("ar")).financialYear(FinancialYear.of("2024/25")).build())
              .build();

      String json = IcsJson.toJson(system);

      assertThat(json)
          .contains("\"role\": \"chief-executive\"")
          .contains("\"participation\": \"voting-member\"")
          .contains("\"financialYear\": \"2024/25\"");
    }

    @Test
    void keepsNumbersExactlyWithTheirScale() {
      IntegratedCareSystem system =
          IntegratedCareSystem.builder()
              .from(minimal())
              .addFootprint(FootprintArea.part(LocalId.of("a"), new BigDecimal("12.50")))
              .addFootprint(FootprintArea.part(LocalId.of("b"), new BigDecimal("1E+1")))
              .addFootprint(FootprintArea.part(LocalId.of("c"), new BigDecimal("0.000001")))
              .build();

      String json = IcsJson.toJson(system);

      assertThat(json).contains("\"share\": 12.50").contains("\"share\": 1E+1").contains("\"share\": 0.000001");
      assertThat(IcsJson.parseSystem(json).footprint())
          .extracting(area -> area.share().orElseThrow().scale())
          .containsExactly(2, -1, 6);
    }

    @Test
    void usesOnlyNewlinesAndUtf8() {
      IntegratedCareSystem system =
          IntegratedCareSystem.builder().from(minimal()).name("Système de santé — Zoë 😀").build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      IcsJson.write(system, out);

      String json = out.toString(StandardCharsets.UTF_8);
      assertThat(json).doesNotContain("\r").contains("Système de santé — Zoë 😀").endsWith("}\n");
      assertThat(json).isEqualTo(IcsJson.toJson(system));
    }

    @Test
    void writesAndReadsFiles(@TempDir Path directory) {
      Path file = directory.resolve("northshire.json");

      IcsJson.write(minimal(), file);

      assertThat(IcsJson.readSystem(file)).isEqualTo(minimal());
    }

    @Test
    void refusesToWriteWhatItCouldNotReadBack() {
      Map<String, Object> deep = Map.of();
      for (int i = 0; i < 250; i++) {
        deep = Map.of("a", deep);
      }
      IntegratedCareSystem system =
          IntegratedCareSystem.builder().from(minimal()).extensions(Extensions.of(deep)).build();

      assertThatThrownBy(() -> IcsJson.toJson(system))
          .isInstanceOf(IcsException.class)
          .hasMessageContaining("cannot write");
    }
  }

  @Nested
  class FormatMarker {

    @Test
    void isRequired() {
      IcsJsonException e = failure("{\"id\": \"northshire\"}");

      assertThat(e.problem()).isEqualTo("missing the format marker: a document must begin {\"format\": \"icsmodel/1\", ...");
      assertThat(e.pointer()).isEqualTo(JsonPointer.root());
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void isRequiredInAnEmptyObject() {
      assertThat(failure("{}").problem()).startsWith("missing the format marker");
    }

    @Test
    void mustComeFirstSoThatTheVersionIsKnownBeforeAnythingElseIsRead() {
      IcsJsonException e = failure("{\"id\": \"northshire\", \"format\": \"icsmodel/1\"}");

      assertThat(e.problem()).startsWith("missing the format marker");
    }

    @Test
    void mustNameAVersionThisLibraryReads() {
      IcsJsonException e = failure("{\"format\": \"icsmodel/2\", \"anything\": [\"new\"]}");

      assertThat(e.getMessage())
          .isEqualTo("<input>:1:12: /format: unsupported format \"icsmodel/2\": this version of icsmodel reads"
              + " \"icsmodel/1\" only");
    }

    @Test
    void mustBeAString() {
      assertThat(failure("{\"format\": 1}").problem()).isEqualTo("expected the string \"icsmodel/1\", got the number 1");
    }

    @Test
    void belongsAtTheTopOnly() {
      String national = "{\"format\": \"icsmodel/1\", \"systems\": [" + system("") + "]}";

      IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseNational(national));

      assertThat(e.pointer()).hasToString("/systems/0/format");
      assertThat(e.problem()).contains("the format marker belongs at the top of the document only");
    }
  }

  @Nested
  class Errors {

    @Test
    void anUnknownEnumNameListsTheNamesAndSuggestsTheNearest() {
      String json =
          system("\"icp\": {\"name\": \"P\", \"members\": [{\"id\": \"m\", \"name\": \"M\", \"appointedBy\": \"integrated-care-bord\"}]}");

      IcsJsonException e = failure(json);

      assertThat(e.pointer()).hasToString("/icp/members/0/appointedBy");
      assertThat(e.problem())
          .isEqualTo("expected one of integrated-care-board, responsible-local-authority, integrated-care-partnership;"
              + " got \"integrated-care-bord\" (did you mean \"integrated-care-board\"?)");
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo(75);
    }

    @Test
    void anEnumConstantInJavaCaseIsRecognisedAndCorrected() {
      IcsJsonException e = failure(system("\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"NHS_TRUST\"}]"));

      assertThat(e.problem()).endsWith("got \"NHS_TRUST\" (did you mean \"nhs-trust\"?)");
    }

    @Test
    void anUnknownPropertySuggestsTheNearestKnownOne() {
      IcsJsonException e = failure(system("\"organisations\": [{\"id\": \"o\", \"nmae\": \"O\", \"kind\": \"nhs-trust\"}]"));

      assertThat(e.pointer()).hasToString("/organisations/0/nmae");
      assertThat(e.problem()).isEqualTo("unknown property \"nmae\"; did you mean \"name\"?");
    }

    @Test
    void anUnknownPropertyWithNoNearNameListsTheKnownOnes() {
      IcsJsonException e = failure(system("\"footprint\": [{\"localAuthority\": \"la\", \"colour\": \"red\"}]"));

      assertThat(e.problem()).isEqualTo("unknown property \"colour\"; expected one of localAuthority, share");
    }

    @Test
    void aPropertyOfTheOtherKindOfDocumentSaysWhichReaderToUse() {
      IcsJsonException e = failure("{\"format\": \"icsmodel/1\", \"systems\": []}");

      assertThat(e.problem()).contains("read the document with readNational");
    }

    @Test
    void aMissingRequiredPropertyIsNamedWithThePathOfItsObject() {
      IcsJsonException e = failure(system("\"organisations\": [{\"id\": \"o\", \"kind\": \"nhs-trust\"}]"));

      assertThat(e.pointer()).hasToString("/organisations/0");
      assertThat(e.problem()).isEqualTo("missing required property \"name\"");
      assertThat(e.column()).isEqualTo(20);
    }

    @Test
    void aWrongTypeIsNamed() {
      assertThat(failure(system("\"footprint\": {}")).problem()).isEqualTo("expected an array, got an object");
      assertThat(failure(system("\"footprint\": [{\"localAuthority\": \"la\", \"share\": \"12\"}]")).problem())
          .isEqualTo("expected a number, got \"12\"");
      assertThat(failure(system("\"neighbourhoods\": [{\"id\": \"n\", \"name\": \"N\", \"population\": 1.5}]")).problem())
          .isEqualTo("expected a whole number, got the number 1.5");
      assertThat(failure(system("\"icp\": {\"name\": true}")).problem()).isEqualTo("expected a string, got true");
    }

    @Test
    void aNumberThatCouldNotBeWrittenBackExactlyIsRefused() {
      String digits = "1" + "2".repeat(94);
      IcsJsonException e = failure(system("\"footprint\": [{\"localAuthority\": \"la\", \"share\": " + digits + "e-200}]"));

      assertThat(e.pointer()).hasToString("/footprint/0/share");
      assertThat(e.problem()).endsWith(" is too long or too precise: it would take over 100 characters to write back exactly");
    }

    @Test
    void textInAMessageIsQuotedWithItsControlCharactersEscaped() {
      IcsJsonException e = failure(system("\"icp\": {\"name\": \"P\", \"members\": [{\"id\": \"m\", \"name\": \"M\","
          + " \"appointedBy\": \"line\\nbreak\"}]}"));

      assertThat(e.problem()).contains("got \"line\\nbreak\"").doesNotContain("\n");
    }

    @Test
    void nullIsNeverAValue() {
      IcsJsonException e = failure(system("\"icp\": null"));

      assertThat(e.pointer()).hasToString("/icp");
      assertThat(e.problem()).isEqualTo("null is not allowed here; leave the property out if it has no value");
    }

    @Test
    void aValueTheModelRefusesIsReportedWithTheModelsReason() {
      IcsJsonException e = failure(system("\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"nhs-trust\", \"odsCode\": \"rxn\"}]"));

      assertThat(e.pointer()).hasToString("/organisations/0/odsCode");
      assertThat(e.problem()).isEqualTo("not an ODS code: \"rxn\" (expected 3 to 10 upper-case letters and digits; did you mean \"RXN\"?)");
    }

    @Test
    void anObjectTheBuilderRefusesIsReportedAtTheObject() {
      String json = system("\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"local-authority\"}]");

      IcsJsonException e = failure(json);

      assertThat(e.pointer()).hasToString("/organisations/0");
      assertThat(e.problem()).contains("a local authority must have a localAuthorityType");
    }

    @Test
    void aDuplicateIdIsReportedWhereItStandsNamingTheFirst() {
      String json =
          system("\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"nhs-trust\"}, {\"id\": \"o\", \"name\": \"P\", \"kind\": \"nhs-trust\"}]");

      IcsJsonException e = failure(json);

      assertThat(e.pointer()).hasToString("/organisations/1");
      assertThat(e.problem()).isEqualTo("duplicate id \"o\": also at /organisations/0");
    }

    @Test
    void aValueListedTwiceInASetIsRefused() {
      String json =
          system("\"places\": [{\"id\": \"p\", \"name\": \"P\", \"members\": [\"a\", \"b\", \"a\"]}]");

      IcsJsonException e = failure(json);

      assertThat(e.pointer()).hasToString("/places/0/members/2");
      assertThat(e.problem()).isEqualTo("\"a\" is listed twice: also at /places/0/members/0");
    }

    @Test
    void anEnumConstantListedTwiceIsNamedAsTheJsonNamesIt() {
      String json = system("\"organisations\": [{\"id\": \"o\", \"name\": \"O\", \"kind\": \"nhs-trust\","
          + " \"services\": [\"mental-health\", \"acute\", \"mental-health\"]}]");

      IcsJsonException e = failure(json);

      assertThat(e.pointer()).hasToString("/organisations/0/services/2");
      assertThat(e.problem()).isEqualTo("\"mental-health\" is listed twice: also at /organisations/0/services/0");
    }

    @Test
    void aDuplicatePropertyIsRefused() {
      IcsJsonException e = failure("{\"format\": \"icsmodel/1\", \"id\": \"a\", \"id\": \"b\"}");

      assertThat(e.problem()).isEqualTo("the property \"id\" appears twice in this object");
      assertThat(e.pointer()).hasToString("/id");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
      IcsJsonException e = failure(system("") + " {}");

      assertThat(e.problem()).isEqualTo("unexpected content after the end of the document");
    }

    @Test
    void malformedJsonIsReportedWithItsLocation() {
      IcsJsonException e = failure("{\"format\": \"icsmodel/1\",\n \"id\": \"a\",,}");

      assertThat(e.problem()).startsWith("malformed JSON: ");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(12);
    }

    @Test
    void anEmptyDocumentIsRefused() {
      assertThat(failure("  ").problem()).isEqualTo("the document is empty: expected an object");
    }

    @Test
    void theMessageCarriesTheFileNameLineAndColumn(@TempDir Path directory) throws Exception {
      Path file = directory.resolve("northshire.json");
      Files.writeString(file, system("\"icp\": {\"name\": \"\"}"));

      IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.readSystem(file));

      assertThat(e.source()).contains(file.toString());
      assertThat(e.getMessage())
          .isEqualTo(file + ":3:9: /icp: integrated care partnership: name must not be blank");
      assertThat(e).isInstanceOf(IcsException.class);
    }
  }

  @Nested
  class Leniency {
    static final String WITH_UNKNOWNS =
        "{\"format\": \"icsmodel/1\", \"id\": \"northshire\", \"name\": \"Northshire ICS\", \"colour\": \"blue\",\n"
            + " \"icb\": {\"id\": \"icb\", \"name\": \"NHS Northshire ICB\", \"nmae\": {\"deep\": [1, 2]}}}";

    @Test
    void aStrictReaderRefusesUnknownProperties() {
      assertThatThrownBy(() -> IcsJson.reader().parseSystem(WITH_UNKNOWNS))
          .isInstanceOf(IcsJsonException.class)
          .hasMessageContaining("/colour: unknown property \"colour\"");
    }

    @Test
    void aLenientReaderTurnsThemIntoWarnings() {
      ReadResult<IntegratedCareSystem> result = IcsJson.reader().lenient().parseSystem(WITH_UNKNOWNS);

      assertThat(result.value()).isEqualTo(minimal());
      assertThat(result.warnings()).hasSize(2);
      Finding first = result.warnings().get(0);
      assertThat(first.ruleId()).isEqualTo(RuleId.of("json.unknown-property"));
      assertThat(first.severity()).isEqualTo(Severity.WARNING);
      assertThat(first.path()).isEqualTo(JsonPointer.of("/colour"));
      assertThat(first.basis()).isEqualTo(PolicyReference.of("icsmodel", "icsmodel configuration format 1", ""));
      assertThat(first.message()).startsWith("unknown property \"colour\"");
      assertThat(result.warnings().get(1).path()).isEqualTo(JsonPointer.of("/icb/nmae"));
      assertThat(result.warnings().get(1).message()).contains("did you mean \"name\"?");
      assertThat(result.locations().find(JsonPointer.of("/icb/nmae")))
          .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(2));
    }

    @Test
    void aLenientReaderNeverAcceptsAnInvalidValue() {
      String json = WITH_UNKNOWNS.replace("\"icb\", \"name\"", "\"icb\", \"odsCode\": \"q\", \"name\"");

      assertThatThrownBy(() -> IcsJson.reader().lenient().parseSystem(json))
          .isInstanceOf(IcsJsonException.class)
          .hasMessageContaining("/icb/odsCode: not an ODS code");
    }

    @Test
    void aLenientReaderStillNeedsTheFormatMarker() {
      assertThatThrownBy(() -> IcsJson.reader().lenient().parseSystem("{\"format\": \"icsmodel/9\"}"))
          .isInstanceOf(IcsJsonException.class)
          .hasMessageContaining("unsupported format");
      assertThat(IcsJson.reader().lenient().isLenient()).isTrue();
      assertThat(IcsJson.reader().isLenient()).isFalse();
    }
  }

  @Nested
  class Extensions_ {

    @Test
    @SuppressWarnings("unchecked")
    void arePreservedExactly() {
      String json =
          system("\"extensions\": {\"z\": 1.50, \"a\": [null, true, \"x\", {\"n\": -0.0}], \"m\": {}, \"big\": 1E+400}");

      IntegratedCareSystem system = IcsJson.parseSystem(json);

      Map<String, Object> values = system.extensions().values();
      assertThat(values.keySet()).containsExactly("z", "a", "m", "big");
      assertThat(values.get("z")).isEqualTo(new BigDecimal("1.50"));
      assertThat((List<Object>) values.get("a")).containsExactly(Extensions.NULL, true, "x", Map.of("n", new BigDecimal("0.0")));
      assertThat(values.get("big")).isEqualTo(new BigDecimal("1E+400"));
      assertThat(IcsJson.parseSystem(IcsJson.toJson(system))).isEqualTo(system);
      assertThat(IcsJson.toJson(system)).contains("\"z\": 1.50").contains("\"big\": 1E+400").contains("\"m\": {}");
    }

    @Test
    void mustBeAnObject() {
      assertThat(failure(system("\"extensions\": [1]")).problem()).isEqualTo("expected an object, got an array");
    }
  }

  @Nested
  class Sources {

    @Test
    void aStreamIsReadAndLeftOpen() {
      AtomicBoolean closed = new AtomicBoolean();
      InputStream in =
          new ByteArrayInputStream(system("").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
              closed.set(true);
            }
          };

      IntegratedCareSystem system = IcsJson.readSystem(in, "<stdin>");

      assertThat(system).isEqualTo(minimal());
      assertThat(closed).isFalse();
    }

    @Test
    void aStreamsNameIsInTheMessage() {
      InputStream in = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));

      assertThatThrownBy(() -> IcsJson.readSystem(in, "<stdin>")).hasMessageStartingWith("<stdin>:1:1: ");
    }

    @Test
    void aNationalConfigurationHoldsSystemsAtSystemsN() {
      String json =
          "{\"format\": \"icsmodel/1\", \"systems\": [" + system("").replace("\"format\": \"icsmodel/1\", ", "")
              + ", {\"id\": \"b\", \"name\": \"B\", \"icb\": {\"id\": \"icb-b\", \"name\": \"\"}}]}";

      IcsJsonException e = catchThrowableOfType(IcsJsonException.class, () -> IcsJson.parseNational(json));

      assertThat(e.pointer()).hasToString("/systems/1/icb");
      NationalConfiguration one =
          IcsJson.parseNational("{\"format\": \"icsmodel/1\", \"systems\": [" + system("").replace("\"format\": \"icsmodel/1\", ", "") + "]}");
      assertThat(one.systems()).containsExactly(minimal());
    }

    @ParameterizedTest
    @CsvSource({"northshire", "a~b", "a/b"})
    void pointersEscapeTildeAndSlash(String key) {
      String json = system("\"extensions\": {\"" + key + "\": {}}, \"icp\": 1");

      assertThat(failure(json).pointer()).hasToString("/icp");
      assertThat(JsonPointer.of("/extensions/" + key.replace("~", "~0").replace("/", "~1")).tokens())
          .containsExactly("extensions", key);
    }
  }
}
