package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SubIcbLocationsTest {

  private static final EnglandReference REFERENCE = EnglandReference.load();

  @ParameterizedTest
  @EnumSource(Geography.class)
  void thereAre106EachInAKnownIcbAndEveryIcbHasSome(Geography edition) {
    assertThat(REFERENCE.subIcbLocations(edition)).hasSize(106)
        .allSatisfy(location -> {
          assertThat(REFERENCE.icbs(edition.validFrom())).contains(location.icb());
          assertThat(location.edition()).isEqualTo(edition);
          assertThat(location.validFrom()).isEqualTo(edition.validFrom());
          assertThat(location.name()).isEqualTo("NHS " + location.icb().name()
              .replaceFirst("^NHS ", "").replaceFirst(" Integrated Care Board$", "") + " ICB - "
              + location.odsCode());
        })
        .extracting(SubIcbLocation::onsCode).doesNotHaveDuplicates();
    assertThat(REFERENCE.icbs(edition.validFrom())).allSatisfy(icb ->
        assertThat(REFERENCE.subIcbLocations(icb, edition)).isNotEmpty()
            .allSatisfy(location -> assertThat(location.icb()).isEqualTo(icb)));
    assertThat(REFERENCE.icbs(edition.validFrom()).stream()
        .mapToInt(icb -> REFERENCE.subIcbLocations(icb, edition).size()).sum())
        .isEqualTo(106);
  }

  @Test
  void bothEditionsHaveTheSameOdsCodesInTheSameIcbs() {
    Set<String> in2022 = REFERENCE.subIcbLocations(Geography.JULY_2022).stream()
        .map(location -> location.odsCode() + ">" + location.icb().odsCode()).collect(Collectors.toSet());
    Set<String> in2024 = REFERENCE.subIcbLocations(Geography.APRIL_2024).stream()
        .map(location -> location.odsCode() + ">" + location.icb().odsCode()).collect(Collectors.toSet());
    assertThat(in2024).isEqualTo(in2022).hasSize(106);
  }

  @ParameterizedTest(name = "{0}: {1} in 2022, {2} in 2024")
  @CsvSource({"92A, E38000246, E38000264, QXU", "70F, E38000248, E38000265, QNX"})
  void twoSubIcbLocationsWereRecoded(String ods, String code2022, String code2024, String icb) {
    SubIcbLocation before = REFERENCE.getSubIcbLocation(OdsCode.of(ods), Geography.JULY_2022);
    SubIcbLocation after = REFERENCE.getSubIcbLocation(OdsCode.of(ods), Geography.APRIL_2024);
    assertThat(before.onsCode()).isEqualTo(GssCode.of(code2022));
    assertThat(after.onsCode()).isEqualTo(GssCode.of(code2024));
    assertThat(before.icb()).isSameAs(after.icb());
    assertThat(before.icb().odsCode()).isEqualTo(OdsCode.of(icb));
    assertThat(REFERENCE.findSubIcbLocation(GssCode.of(code2022), Geography.APRIL_2024)).isEmpty();
    assertThat(REFERENCE.findSubIcbLocation(GssCode.of(code2024), Geography.JULY_2022)).isEmpty();
  }

  @Test
  void onlyThoseTwoChangedTheirOnsCode() {
    assertThat(REFERENCE.subIcbLocations(Geography.JULY_2022))
        .filteredOn(location -> !location.onsCode().equals(
            REFERENCE.getSubIcbLocation(location.odsCode(), Geography.APRIL_2024).onsCode()))
        .extracting(location -> location.odsCode().toString())
        .containsExactlyInAnyOrder("92A", "70F");
  }

  @Test
  void findsBySeveralKeysAndNamesWhatWasNotFound() {
    SubIcbLocation location = REFERENCE.getSubIcbLocation(GssCode.of("E38000006"), Geography.JULY_2022);
    assertThat(location.odsCode()).isEqualTo(OdsCode.of("02P"));
    assertThat(location.name()).isEqualTo("NHS South Yorkshire ICB - 02P");
    assertThat(location.icb().odsCode()).isEqualTo(OdsCode.of("QF7"));
    assertThat(REFERENCE.findSubIcbLocation(OdsCode.of("A3A8R"), Geography.APRIL_2024)).isPresent();
    assertThat(REFERENCE.findSubIcbLocation(OdsCode.of("ZZZ"), Geography.JULY_2022)).isEmpty();
    assertThatThrownBy(() -> REFERENCE.getSubIcbLocation(OdsCode.of("ZZZ"), Geography.JULY_2022))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no sub-ICB location with ODS code ZZZ in the JULY_2022 edition in the England reference data");
    assertThatThrownBy(() -> REFERENCE.getSubIcbLocation(GssCode.of("E38000246"), Geography.APRIL_2024))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("E38000246");
  }
}
