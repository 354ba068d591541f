package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IcbsTest {

  private static final EnglandReference REFERENCE = EnglandReference.load();
  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);

  /** The twelve ICBs abolished on 1 April 2026, from reorganisation-2026.md B2. */
  static final List<String> ABOLISHED =
      List.of("QHG", "QUE", "QM7", "QH8", "QJG", "QMM", "QNQ", "QU9", "QXU", "QNX", "QMJ", "QRV");
  /** The six ICBs established on 1 April 2026, from reorganisation-2026.md A1. */
  static final List<String> ESTABLISHED_2026 = List.of("S1Y5D", "D7T5G", "T6Y0W", "S9B9J", "S0E4D", "Z9B2Z");
  private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);

  @Test
  void thereAre48IcbsOfAnyDateWithDistinctCodesAndNames() {
    List<ReferenceIcb> icbs = REFERENCE.icbs();
    assertThat(icbs).hasSize(48);
    assertThat(icbs).extracting(ReferenceIcb::odsCode).doesNotHaveDuplicates();
    assertThat(icbs).flatExtracting(ReferenceIcb::onsCodes).extracting(DatedGssCode::code).doesNotHaveDuplicates();
    assertThat(icbs).extracting(ReferenceIcb::name).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).startsWith("NHS ").endsWith(" Integrated Care Board"));
  }

  @Test
  void thereWere42IcbsOn31March2026And36On1April2026() {
    List<ReferenceIcb> before = REFERENCE.icbs(APRIL_2026.minusDays(1));
    List<ReferenceIcb> after = REFERENCE.icbs(APRIL_2026);
    assertThat(before).hasSize(42);
    assertThat(after).hasSize(36);
    assertThat(REFERENCE.icbs(ESTABLISHED)).containsExactlyInAnyOrderElementsOf(before);
    assertThat(REFERENCE.icbs(ESTABLISHED.minusDays(1))).isEmpty();
    assertThat(REFERENCE.icbs(LocalDate.of(2026, 12, 2))).isEqualTo(after);
    assertThat(before).extracting(icb -> icb.onsCode(Geography.JULY_2022)).doesNotHaveDuplicates();
    assertThat(before).extracting(icb -> icb.onsCode(Geography.APRIL_2024)).doesNotHaveDuplicates();
    assertThat(after).extracting(icb -> icb.onsCode(Geography.APRIL_2026)).doesNotHaveDuplicates();
    assertThat(before).extracting(icb -> icb.odsCode().toString())
        .containsAll(ABOLISHED).doesNotContainAnyElementsOf(ESTABLISHED_2026);
    assertThat(after).extracting(icb -> icb.odsCode().toString())
        .containsAll(ESTABLISHED_2026).doesNotContainAnyElementsOf(ABOLISHED);
  }

  @Test
  void the42WereEstablishedOnFirstJuly2022AndTwelveEndedOn31March2026() {
    assertThat(REFERENCE.icbs(ESTABLISHED)).allSatisfy(icb -> {
      assertThat(icb.established()).isEqualTo(ESTABLISHED);
      assertThat(icb.validFrom()).isEqualTo(ESTABLISHED);
      assertThat(icb.validTo()).isEqualTo(ABOLISHED.contains(icb.odsCode().toString())
          ? Optional.of(APRIL_2026.minusDays(1)) : Optional.empty());
      assertThat(icb.isValidOn(ESTABLISHED.minusDays(1))).isFalse();
      assertThat(icb.isValidOn(ESTABLISHED)).isTrue();
      assertThat(icb.onsCodeOn(ESTABLISHED.minusDays(1))).isEmpty();
    });
    assertThat(ESTABLISHED_2026).allSatisfy(code -> {
      ReferenceIcb icb = REFERENCE.getIcb(OdsCode.of(code));
      assertThat(icb.established()).isEqualTo(APRIL_2026);
      assertThat(icb.validTo()).isEmpty();
      assertThat(icb.onsCodeOn(APRIL_2026.minusDays(1))).isEmpty();
      assertThat(icb.odsCode().length()).isEqualTo(5);
    });
  }

  static Stream<ReferenceIcb> everyIcb() {
    return REFERENCE.icbs().stream();
  }

  /** Property over all 48 ICBs: which exist on 31 March and on 1 April 2026, with a code and a footprint. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everyIcb")
  void asOfSelectionIsRightOn31MarchAnd1April2026(ReferenceIcb icb) {
    String ods = icb.odsCode().toString();
    LocalDate lastDay = APRIL_2026.minusDays(1);
    assertThat(icb.isValidOn(lastDay)).isEqualTo(!ESTABLISHED_2026.contains(ods));
    assertThat(icb.isValidOn(APRIL_2026)).isEqualTo(!ABOLISHED.contains(ods));
    for (LocalDate date : List.of(lastDay, APRIL_2026)) {
      Geography edition = Geography.on(date).orElseThrow();
      assertThat(REFERENCE.icbs(date).contains(icb)).isEqualTo(icb.isValidOn(date));
      assertThat(icb.onsCodeOn(date).isPresent()).isEqualTo(icb.isValidOn(date));
      assertThat(REFERENCE.icbsIn(icb.region(), date).contains(icb)).isEqualTo(icb.isValidOn(date));
      if (icb.isValidOn(date)) {
        assertThat(REFERENCE.footprint(icb, edition).districts()).isNotEmpty();
        assertThat(REFERENCE.subIcbLocations(icb, edition)).isNotEmpty();
        assertThat(icb.onsCode(edition)).isEqualTo(icb.onsCodeOn(date).get());
      } else {
        assertThatThrownBy(() -> REFERENCE.footprint(icb, edition)).isInstanceOf(InvalidValueException.class);
        assertThat(REFERENCE.subIcbLocations(icb, edition)).isEmpty();
      }
    }
  }

  @Test
  void hampshireAndIsleOfWightKeepsItsOdsCodeAndGetsANewOnsCode() {
    ReferenceIcb hiow = REFERENCE.getIcb(OdsCode.of("QRL"));
    assertThat(hiow.validTo()).isEmpty();
    assertThat(hiow.onsCodeOn(APRIL_2026.minusDays(1))).contains(GssCode.of("E54000042"));
    assertThat(hiow.onsCodeOn(APRIL_2026)).contains(GssCode.of("E54000067"));
    assertThat(hiow.onsCode(Geography.APRIL_2026)).isEqualTo(GssCode.of("E54000067"));
    assertThat(hiow.latestOnsCode()).isEqualTo(GssCode.of("E54000067"));
    assertThat(REFERENCE.getIcb(GssCode.of("E54000042"))).isSameAs(hiow);
    assertThat(REFERENCE.getIcb(GssCode.of("E54000067"))).isSameAs(hiow);
  }

  @Test
  void loadReturnsOneSharedInstanceAcrossThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<EnglandReference>> calls = java.util.Collections.nCopies(16, EnglandReference::load);
      Set<EnglandReference> seen = new java.util.HashSet<>();
      for (Future<EnglandReference> future : pool.invokeAll(calls)) {
        seen.add(future.get());
      }
      assertThat(seen).containsExactly(REFERENCE);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0} {1}: {2} until 2023-03-31, {3} from 2023-04-01")
  @CsvSource({
      "QXU, NHS Surrey Heartlands Integrated Care Board, E54000052, E54000063",
      "QNX, NHS Sussex Integrated Care Board,            E54000053, E54000064"})
  void surreyHeartlandsAndSussexWereRecodedOnFirstApril2023(String ods, String name, String code2022,
      String code2024) {
    ReferenceIcb icb = REFERENCE.getIcb(OdsCode.of(ods));
    assertThat(icb.name()).isEqualTo(name);
    assertThat(icb.onsCode(Geography.JULY_2022)).isEqualTo(GssCode.of(code2022));
    assertThat(icb.onsCode(Geography.APRIL_2024)).isEqualTo(GssCode.of(code2024));
    assertThat(icb.onsCodeOn(LocalDate.of(2023, 3, 31))).contains(GssCode.of(code2022));
    assertThat(icb.onsCodeOn(LocalDate.of(2023, 4, 1))).contains(GssCode.of(code2024));
    assertThat(icb.onsCodes()).hasSize(2);
    assertThat(icb.onsCodes().get(0).validFrom()).contains(ESTABLISHED);
    assertThat(icb.onsCodes().get(0).validTo()).contains(LocalDate.of(2023, 3, 31));
    assertThat(icb.onsCodes().get(1).validFrom()).contains(LocalDate.of(2023, 4, 1));
    assertThat(icb.onsCodes().get(1).validTo()).contains(LocalDate.of(2026, 3, 31));
    assertThat(REFERENCE.getIcb(GssCode.of(code2022))).isSameAs(icb);
    assertThat(REFERENCE.getIcb(GssCode.of(code2024))).isSameAs(icb);
    assertThat(icb.onsCodes().get(0)).hasToString(code2022 + " (2022-07-01 to 2023-03-31)");
  }

  @Test
  void noOtherIcbChangedItsOnsCode() {
    List<ReferenceIcb> changed = REFERENCE.icbs().stream()
        .filter(icb -> icb.onsCodes().size() > 1)
        .collect(Collectors.toList());
    assertThat(changed).extracting(icb -> icb.odsCode().toString()).containsExactlyInAnyOrder("QXU", "QNX", "QRL");
    assertThat(REFERENCE.icbs()).filteredOn(icb -> !changed.contains(icb))
        .allSatisfy(icb -> assertThat(icb.onsCodes()).singleElement()
            .satisfies(code -> assertThat(code.validTo()).isEqualTo(icb.validTo())));
  }

  @Test
  void findsAnIcbByEachKey() {
    ReferenceIcb cheshire = REFERENCE.getIcb(OdsCode.of("QYG"));
    assertThat(cheshire.name()).isEqualTo("NHS Cheshire and Merseyside Integrated Care Board");
    assertThat(cheshire.region().name()).isEqualTo("North West");
    assertThat(cheshire).hasToString("NHS Cheshire and Merseyside Integrated Care Board (QYG)");
    assertThat(REFERENCE.findIcb(GssCode.of("E54000008"))).containsSame(cheshire);
    assertThat(REFERENCE.findIcbByName("NHS Cheshire and Merseyside Integrated Care Board")).containsSame(cheshire);
    assertThat(REFERENCE.findIcbByName("nhs cheshire AND merseyside integrated care board")).containsSame(cheshire);
    assertThat(REFERENCE.getIcbByName("NHS Shropshire, Telford and Wrekin Integrated Care Board").odsCode())
        .isEqualTo(OdsCode.of("QOC"));
  }

  @Test
  void nameLookUpIsExactNotPartial() {
    assertThat(REFERENCE.findIcbByName("Cheshire and Merseyside")).isEmpty();
    assertThat(REFERENCE.findIcbByName(" NHS Cheshire and Merseyside Integrated Care Board")).isEmpty();
    assertThat(REFERENCE.findIcbByName("")).isEmpty();
  }

  @Test
  void unknownKeysFindNothingAndGetNamesWhatWasAskedFor() {
    assertThat(REFERENCE.findIcb(OdsCode.of("QZZ"))).isEmpty();
    assertThat(REFERENCE.findIcb(GssCode.of("E54000099"))).isEmpty();
    assertThat(REFERENCE.findIcb(GssCode.of("E40000010"))).as("a region's code is not an ICB's").isEmpty();
    assertThatThrownBy(() -> REFERENCE.getIcb(OdsCode.of("QZZ")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no integrated care board with ODS code QZZ in the England reference data");
    assertThatThrownBy(() -> REFERENCE.getIcb(GssCode.of("E54000099")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ONS code E54000099");
    assertThatThrownBy(() -> REFERENCE.getIcbByName("NHS Nowhere Integrated Care Board"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"NHS Nowhere Integrated Care Board\"");
  }

  @Test
  void lookUpsRefuseNull() {
    assertThatThrownBy(() -> REFERENCE.findIcb((OdsCode) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REFERENCE.findIcb((GssCode) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REFERENCE.findIcbByName(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REFERENCE.footprint(null, Geography.JULY_2022))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REFERENCE.subIcbLocations(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anIcbNotFromTheReferenceDataIsRefused() {
    ReferenceIcb real = REFERENCE.getIcb(OdsCode.of("QYG"));
    ReferenceIcb impostor = real.withName("NHS Elsewhere Integrated Care Board");
    assertThatThrownBy(() -> REFERENCE.footprint(impostor, Geography.JULY_2022))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("NHS Elsewhere Integrated Care Board (QYG) is not in the England reference data");
  }

  @Test
  void onsCodesMustFollowEachOtherFromEstablishment() {
    ReferenceIcb real = REFERENCE.getIcb(OdsCode.of("QXU"));
    DatedGssCode late = DatedGssCode.of(GssCode.of("E54000052"), Optional.of(LocalDate.of(2022, 8, 1)),
        Optional.empty());
    assertThatThrownBy(() -> real.withOnsCodes(late))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("without gaps from 2022-07-01");
    DatedGssCode region = DatedGssCode.of(GssCode.of("E40000010"), Optional.of(ESTABLISHED), Optional.empty());
    assertThatThrownBy(() -> real.withOnsCodes(region))
        .isInstanceOf(InvalidValueException.class);
  }
}
