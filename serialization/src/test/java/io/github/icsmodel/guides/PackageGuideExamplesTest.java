package io.github.icsmodel.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.indicatorcsv.IndicatorCsv;
import io.github.icsmodel.indicatorcsv.IndicatorCsvException;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.Estimate;
import io.github.icsmodel.inequality.Proportion;
import io.github.icsmodel.indicatorcsv.AreaCount;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.json.IcsJsonException;
import io.github.icsmodel.json.IcsModule;
import io.github.icsmodel.json.ReadResult;
import io.github.icsmodel.reference.EnglandReference;
import io.github.icsmodel.reference.EnglandReferenceRules;
import io.github.icsmodel.reference.ReferenceIcb;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code examples of the guides of this module's exported packages ({@code package-info.java}), run as they are
 * written there, so that a guide cannot drift from the API. Each test holds its example verbatim between the
 * comments {@code // example} and {@code // end}, then asserts what the guide says of it. It lives in a package of
 * its own so that it sees only the public API, as a user does.
 */
class PackageGuideExamplesTest {

  /** The system the examples start from: the repository's example configuration. */
  static final IntegratedCareSystem SYSTEM = IcsJson.readSystem(Path.of("..", "examples", "data", "northshire.json"));

  @Test
  void json() throws Exception {
    IntegratedCareSystem system = SYSTEM;
    // example
    String json = IcsJson.toJson(system);
    IntegratedCareSystem read = IcsJson.parseSystem(json); // equal to system
    String edited = json.replaceFirst("\"name\"", "\"nickname\": \"North\", \"name\""); // not in the format
    ReadResult<IntegratedCareSystem> withWarnings = IcsJson.reader().lenient().parseSystem(edited);
    // withWarnings.warnings(): the unknown property "nickname", with its JSON Pointer, line and column
    ObjectMapper mapper = new ObjectMapper().registerModule(new IcsModule()); // for your own ObjectMapper
    // end
    assertThat(read).isEqualTo(system);
    assertThat(withWarnings.value()).isEqualTo(system);
    assertThat(withWarnings.warnings()).singleElement()
        .satisfies(warning -> assertThat(warning.message()).contains("nickname"));
    assertThat(mapper.readValue(json, IntegratedCareSystem.class)).isEqualTo(system);
    assertThatThrownBy(() -> IcsJson.parseSystem(edited)).as("strict by default")
        .isInstanceOf(IcsJsonException.class).hasMessageContaining("nickname");
  }

  @Test
  void reference() {
    IntegratedCareSystem system = SYSTEM;
    // example
    EnglandReference england = EnglandReference.load();
    List<ReferenceIcb> before = england.icbs(LocalDate.of(2026, 3, 31)); // the 42 ICBs
    List<ReferenceIcb> after = england.icbs(LocalDate.of(2026, 4, 1)); // the 36 ICBs
    ReferenceIcb icb = england.getIcb(OdsCode.of("QYG")); // NHS Cheshire and Merseyside Integrated Care Board
    LocalDate asOf = LocalDate.of(2026, 12, 7);
    ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(system, asOf);
    // end
    assertThat(before).hasSize(42);
    assertThat(after).hasSize(36);
    assertThat(icb.name()).isEqualTo("NHS Cheshire and Merseyside Integrated Care Board");
    assertThat(report.asOf()).isEqualTo(asOf);
    assertThat(report.isValid()).as("the example configuration breaks no rule England has on the date").isTrue();
  }

  @Test
  void indicatorcsv() {
    // example
    List<AreaCount> counts = IndicatorCsv.readCounts(
        new StringReader("area,count,population\nNorth,30,200\nSouth,12,150\n"), "screening.csv");
    AreaCount north = counts.get(0); // area North, count 30, population 200, line 2
    Estimate percent = Proportion.of(north.count(), north.population())
        .withWilsonLimits(100, ConfidenceLevel.PERCENT_95); // 15.0, limits about 10.7 to 20.6
    // end
    assertThat(counts).extracting(AreaCount::area).containsExactly("North", "South");
    assertThat(north.line()).isEqualTo(2);
    assertThat(percent.value()).isEqualTo(15.0);
    assertThat(percent.interval(ConfidenceLevel.PERCENT_95).orElseThrow().lower()).isCloseTo(10.7, within(0.05));
    assertThatThrownBy(() -> IndicatorCsv.readCounts(
            new StringReader("area,count,population\nNorth,thirty,200\n"), "screening.csv"))
        .isInstanceOf(IndicatorCsvException.class).hasMessageContaining("screening.csv:2");
  }

  @Test
  void all_rules_of_a_date_also_through_the_validation_package() {
    LocalDate asOf = LocalDate.of(2026, 12, 7);
    assertThat(EnglandReferenceRules.ruleSet(asOf).size()).isGreaterThan(RuleSet.all().size());
  }
}
