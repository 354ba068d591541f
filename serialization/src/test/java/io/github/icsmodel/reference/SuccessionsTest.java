package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The successions of 1 April 2026 and the April 2026 footprints derived from them. */
class SuccessionsTest {

  private static final EnglandReference REFERENCE = EnglandReference.load();
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 3, 31);
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 1);

  private static ReferenceIcb icb(String ods) {
    return REFERENCE.getIcb(OdsCode.of(ods));
  }

  private static Set<String> codes(List<Succession> events, boolean successors) {
    return events.stream().map(event -> (successors ? event.successor() : event.predecessor()).odsCode().toString())
        .collect(Collectors.toSet());
  }

  @Test
  void thereAreSixteenEventsAllOnFirstApril2026() {
    assertThat(REFERENCE.successions()).hasSize(16)
        .allSatisfy(event -> {
          assertThat(event.date()).isEqualTo(FIRST_DAY);
          assertThat(event.predecessor().isValidOn(LAST_DAY)).isTrue();
          assertThat(event.successor().isValidOn(FIRST_DAY)).isTrue();
        });
    assertThat(REFERENCE.successions()).extracting(event -> List.of(event.predecessor(), event.successor()))
        .doesNotHaveDuplicates();
  }

  /** The successions as reorganisation-2026.md B2 gives them, typed in independently of the data file. */
  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource({
      "S1Y5D, QHG QUE QM7",
      "D7T5G, QH8 QM7 QJG",
      "T6Y0W, QMM QJG",
      "S9B9J, QXU QNX QNQ",
      "S0E4D, QU9 QNQ",
      "Z9B2Z, QMJ QRV",
      "QRL,   QNQ"})
  void predecessorsOfEachNewOrChangedIcb(String successor, String predecessors) {
    List<Succession> events = REFERENCE.predecessorsOf(icb(successor));
    assertThat(codes(events, false)).containsExactlyInAnyOrder(predecessors.split(" "));
    assertThat(events).allSatisfy(event -> assertThat(event.successor()).isEqualTo(icb(successor)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "QHG, S1Y5D", "QUE, S1Y5D", "QM7, S1Y5D D7T5G", "QH8, D7T5G", "QJG, D7T5G T6Y0W", "QMM, T6Y0W",
      "QXU, S9B9J", "QNX, S9B9J", "QNQ, S9B9J S0E4D QRL", "QU9, S0E4D", "QMJ, Z9B2Z", "QRV, Z9B2Z"})
  void successorsOfEachAbolishedIcb(String predecessor, String successors) {
    ReferenceIcb abolished = icb(predecessor);
    assertThat(abolished.validTo()).contains(LAST_DAY);
    List<Succession> events = REFERENCE.successorsOf(abolished);
    assertThat(codes(events, true)).containsExactlyInAnyOrder(successors.split(" "));
    assertThat(events).allSatisfy(event -> assertThat(event.isWhole()).isEqualTo(events.size() == 1));
  }

  @Test
  void theQueriesAreEachOthersInverse() {
    for (Succession event : REFERENCE.successions()) {
      assertThat(REFERENCE.successorsOf(event.predecessor())).contains(event);
      assertThat(REFERENCE.predecessorsOf(event.successor())).contains(event);
    }
    assertThat(REFERENCE.icbs(FIRST_DAY)).filteredOn(icb -> REFERENCE.predecessorsOf(icb).isEmpty())
        .hasSize(29)
        .allSatisfy(icb -> assertThat(icb.established()).isEqualTo(LocalDate.of(2022, 7, 1)));
    assertThat(REFERENCE.successorsOf(icb("QYG"))).isEmpty();
    assertThatThrownBy(() -> REFERENCE.successorsOf(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void onlyFrimleysSplitIsDerived() {
    assertThat(REFERENCE.successions()).filteredOn(Succession::isDerived)
        .allSatisfy(event -> assertThat(event.predecessor()).isEqualTo(icb("QNQ")))
        .hasSize(3)
        .allSatisfy(event -> assertThat(event.subIcbLocations()).containsExactly(OdsCode.of("D4U1Y")));
    assertThat(REFERENCE.districtShares(Geography.APRIL_2026)).filteredOn(DistrictShare::derived)
        .extracting(share -> share.district().name() + " " + share.icb().odsCode())
        .containsExactlyInAnyOrder("Bracknell Forest S0E4D", "Slough S0E4D", "Windsor and Maidenhead S0E4D",
            "Hart QRL", "Rushmoor QRL",
            "Guildford S9B9J", "Runnymede S9B9J", "Surrey Heath S9B9J", "Waverley S9B9J");
    assertThat(REFERENCE.districtShares(Geography.APRIL_2024)).noneMatch(DistrictShare::derived);
    assertThat(REFERENCE.districtShares(Geography.JULY_2022)).noneMatch(DistrictShare::derived);
  }

  static Stream<ReferenceIcb> abolished() {
    return REFERENCE.icbs().stream().filter(icb -> icb.validTo().isPresent());
  }

  /** Property over every abolished ICB: its successors' April 2026 areas cover all of its April 2024 area. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("abolished")
  void everyAbolishedIcbsSuccessorsCoverItsArea(ReferenceIcb predecessor) {
    List<ReferenceIcb> successors = REFERENCE.successorsOf(predecessor).stream().map(Succession::successor)
        .collect(Collectors.toList());
    assertThat(successors).isNotEmpty();
    for (DistrictShare before : REFERENCE.footprint(predecessor, Geography.APRIL_2024).districts()) {
      int after = successors.stream()
          .flatMap(successor -> REFERENCE.footprint(successor, Geography.APRIL_2026).districts().stream())
          .filter(share -> share.district().equals(before.district()))
          .mapToInt(DistrictShare::lsoasInIcb).sum();
      assertThat(after).as("%s's part of %s in its successors", predecessor, before.district())
          .isGreaterThanOrEqualTo(before.lsoasInIcb());
    }
  }

  static Stream<LocalAuthorityArea> districts() {
    return REFERENCE.districtShares(Geography.APRIL_2024).stream().map(DistrictShare::district).distinct();
  }

  /** Property over every district: the 36 areas of April 2026 cover it exactly once, and the 42 did before. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("districts")
  void the36AreasCoverEachDistrictExactlyOnceAndAsOfSelectionIsRight(LocalAuthorityArea district) {
    for (LocalDate date : List.of(LAST_DAY, FIRST_DAY)) {
      Geography edition = Geography.on(date).orElseThrow();
      assertThat(edition).isEqualTo(date.equals(LAST_DAY) ? Geography.APRIL_2024 : Geography.APRIL_2026);
      List<DistrictShare> shares = REFERENCE.districtShares(edition).stream()
          .filter(share -> share.district().equals(district)).collect(Collectors.toList());
      assertThat(shares).isNotEmpty().extracting(DistrictShare::icb).doesNotHaveDuplicates()
          .allSatisfy(icb -> assertThat(REFERENCE.icbs(date)).contains(icb));
      assertThat(shares.stream().mapToInt(DistrictShare::lsoasInIcb).sum())
          .isEqualTo(shares.get(0).lsoasInDistrict());
      assertThat(REFERENCE.getCoverage(district.code(), edition).icbs())
          .containsExactlyInAnyOrderElementsOf(shares.stream().map(DistrictShare::icb).collect(Collectors.toList()));
    }
  }

  @Test
  void the36FootprintsTogetherHoldEveryLsoaOfEnglandOnce() {
    int lsoas = REFERENCE.icbs(FIRST_DAY).stream()
        .mapToInt(icb -> REFERENCE.footprint(icb, Geography.APRIL_2026).lsoas()).sum();
    assertThat(lsoas).isEqualTo(33755);
    Map<LocalAuthorityArea, Integer> districts = REFERENCE.districtShares(Geography.APRIL_2026).stream()
        .collect(Collectors.groupingBy(DistrictShare::district, Collectors.summingInt(DistrictShare::lsoasInIcb)));
    assertThat(districts).hasSize(296);
    assertThatThrownBy(() -> REFERENCE.footprint(icb("QHG"), Geography.APRIL_2026))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("APRIL_2026");
    assertThatThrownBy(() -> REFERENCE.footprint(icb("S1Y5D"), Geography.APRIL_2024))
        .isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "{1} is in {0} from April 2026")
  @CsvSource({
      "S1Y5D, E07000096, Dacorum", "S1Y5D, E06000032, Luton", "S1Y5D, E06000031, Peterborough",
      "D7T5G, E07000072, Epping Forest", "D7T5G, E07000071, Colchester", "D7T5G, E06000033, Southend-on-Sea",
      "T6Y0W, E07000202, Ipswich", "T6Y0W, E07000148, Norwich", "QRL, E07000092, Rushmoor",
      "S0E4D, E06000039, Slough", "S9B9J, E07000214, Surrey Heath", "Z9B2Z, E09000007, Camden"})
  void districtsOfTheNewAreas(String ods, String code, String name) {
    LocalAuthorityCoverage coverage = REFERENCE.getCoverage(GssCode.of(code), Geography.APRIL_2026);
    assertThat(coverage.localAuthority().name()).isEqualTo(name);
    assertThat(coverage.icbs()).contains(icb(ods));
  }

  @Test
  void mergersMakeOnceSplitDistrictsWhole() {
    // East Suffolk was split between Suffolk and North East Essex and Norfolk and Waveney; both became Norfolk and
    // Suffolk. Hart was split between Frimley and Hampshire and Isle of Wight.
    for (String code : List.of("E07000244", "E07000089")) {
      assertThat(REFERENCE.getCoverage(GssCode.of(code), Geography.APRIL_2024).shares()).hasSize(2);
      assertThat(REFERENCE.getCoverage(GssCode.of(code), Geography.APRIL_2026).shares()).singleElement()
          .satisfies(share -> assertThat(share.isSplit()).isFalse());
    }
  }
}
