package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

  private static final EnglandReference REFERENCE = EnglandReference.load();

  @Test
  void thereAreSevenRegionsAndEachHasIcbs() {
    assertThat(REFERENCE.regions()).hasSize(7)
        .extracting(NhsRegion::name)
        .containsExactly("London", "South East", "South West", "East of England", "North West", "Midlands",
            "North East and Yorkshire");
    assertThat(REFERENCE.regions()).allSatisfy(region -> {
      assertThat(REFERENCE.icbsIn(region)).isNotEmpty().allSatisfy(icb -> assertThat(icb.region()).isEqualTo(region));
      assertThat(region.validFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
    });
    assertThat(REFERENCE.regions().stream().mapToInt(region -> REFERENCE.icbsIn(region).size()).sum())
        .isEqualTo(48);
  }

  @ParameterizedTest(name = "{0} has {1} ICBs in 2022 and {2} from April 2026")
  @CsvSource({"Y56, 5, 4", "Y59, 6, 4", "Y58, 7, 7", "Y61, 6, 3", "Y62, 3, 3", "Y60, 11, 11", "Y63, 4, 4"})
  void regionsHaveTheirIcbs(String ods, int icbs2022, int icbs2026) {
    NhsRegion region = REFERENCE.getRegion(OdsCode.of(ods));
    assertThat(REFERENCE.icbsIn(region, LocalDate.of(2026, 3, 31))).hasSize(icbs2022);
    assertThat(REFERENCE.icbsIn(region, LocalDate.of(2026, 4, 1))).hasSize(icbs2026)
        .allSatisfy(icb -> assertThat(icb.isValidOn(LocalDate.of(2026, 4, 1))).isTrue());
  }

  @ParameterizedTest(name = "{2} is {0} in 2022 and {1} in 2026")
  @CsvSource({"E40000007, E40000013, East of England, Y61", "E40000010, E40000014, North West, Y62"})
  void twoRegionsHaveOtherCodesInTheApril2026Edition(String code2022, String code2026, String name, String ods) {
    NhsRegion region = REFERENCE.getRegion(OdsCode.of(ods));
    assertThat(region.name()).isEqualTo(name);
    assertThat(region.onsCode()).isEqualTo(GssCode.of(code2022));
    assertThat(region.onsCode(Geography.JULY_2022)).isEqualTo(GssCode.of(code2022));
    assertThat(region.onsCode(Geography.APRIL_2024)).isEqualTo(GssCode.of(code2022));
    assertThat(region.onsCode(Geography.APRIL_2026)).isEqualTo(GssCode.of(code2026));
    assertThat(REFERENCE.getRegion(GssCode.of(code2026))).isSameAs(region);
    assertThat(REFERENCE.regions()).filteredOn(other -> !other.equals(region)
            && !other.odsCode().equals(OdsCode.of(ods.equals("Y61") ? "Y62" : "Y61")))
        .allSatisfy(other -> assertThat(other.onsCode(Geography.APRIL_2026)).isEqualTo(other.onsCode()));
  }

  @ParameterizedTest(name = "{2} was {0} and is {1}")
  @CsvSource({"E40000008, E40000011, Midlands, Y60", "E40000009, E40000012, North East and Yorkshire, Y63"})
  void twoRegionsHaveFormerCodesFromBeforeJuly2022(String former, String current, String name, String ods) {
    NhsRegion region = REFERENCE.getRegion(GssCode.of(current));
    assertThat(region.name()).isEqualTo(name);
    assertThat(region.odsCode()).isEqualTo(OdsCode.of(ods));
    assertThat(REFERENCE.getRegion(GssCode.of(former))).isSameAs(region);
    assertThat(region.hasOnsCode(GssCode.of(former))).isTrue();
    assertThat(region.formerOnsCodes()).singleElement().satisfies(code -> {
      assertThat(code.code()).isEqualTo(GssCode.of(former));
      assertThat(code.validFrom()).isEmpty();
      assertThat(code.validTo()).contains(LocalDate.of(2022, 6, 30));
      assertThat(code.isValidOn(LocalDate.of(2022, 6, 30))).isTrue();
      assertThat(code.isValidOn(LocalDate.of(2022, 7, 1))).isFalse();
    });
  }

  @Test
  void theOtherFiveRegionsKeptTheirCodes() {
    assertThat(REFERENCE.regions()).filteredOn(region -> region.formerOnsCodes().isEmpty())
        .extracting(region -> region.odsCode().toString())
        .containsExactlyInAnyOrder("Y56", "Y59", "Y58", "Y61", "Y62");
  }

  @Test
  void findsRegionsByEachKeyAndNamesWhatWasNotFound() {
    NhsRegion northWest = REFERENCE.getRegion(OdsCode.of("Y62"));
    assertThat(northWest.onsCode()).isEqualTo(GssCode.of("E40000010"));
    assertThat(REFERENCE.findRegion(GssCode.of("E40000010"))).containsSame(northWest);
    assertThat(northWest).hasToString("North West (Y62)");
    assertThat(REFERENCE.findRegion(GssCode.of("E40000001"))).isEmpty();
    assertThat(REFERENCE.findRegion(OdsCode.of("Y99"))).isEmpty();
    assertThatThrownBy(() -> REFERENCE.getRegion(GssCode.of("E40000001")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no NHS England region with ONS code E40000001 in the England reference data");
    assertThatThrownBy(() -> REFERENCE.getRegion(OdsCode.of("Y99")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ODS code Y99");
  }
}
