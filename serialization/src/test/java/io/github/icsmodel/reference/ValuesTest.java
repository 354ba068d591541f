package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.organisation.LocalAuthorityType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values that cannot exist are refused with {@link InvalidValueException}. */
class ValuesTest {

  private static final EnglandReference REFERENCE = EnglandReference.load();

  @ParameterizedTest(name = "{0} cannot be a {1}")
  @CsvSource({
      "E07000209, UNITARY_AUTHORITY",
      "E10000030, NON_METROPOLITAN_DISTRICT",
      "E09000002, CITY_OF_LONDON",
      "E09000001, LONDON_BOROUGH",
      "E06000053, UNITARY_AUTHORITY",
      "E06000052, ISLES_OF_SCILLY",
      "E54000008, COUNTY_COUNCIL"})
  void aLocalAuthorityCodeMustFitItsType(String code, LocalAuthorityType type) {
    assertThatThrownBy(() -> LocalAuthorityArea.builder().code(GssCode.of(code)).name("X").type(type).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("code " + code + " cannot be a " + type);
  }

  @Test
  void aMissingAttributeIsAnInvalidValue() {
    assertThatThrownBy(() -> LocalAuthorityArea.builder().code(GssCode.of("E06000006")).build())
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> LocalAuthorityArea.builder().code(GssCode.of("E06000006")).name(" ")
        .type(LocalAuthorityType.UNITARY_AUTHORITY).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("name must not be blank");
  }

  @Test
  void aDatedCodeCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> DatedGssCode.of(GssCode.of("E54000052"), Optional.of(LocalDate.of(2023, 4, 1)),
        Optional.of(LocalDate.of(2023, 3, 31))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("validTo 2023-03-31 is before validFrom 2023-04-01");
  }

  @Test
  void aShareCannotExceedItsWhole() {
    DistrictShare halton = REFERENCE.getCoverage(GssCode.of("E06000006"), Geography.JULY_2022).shares().stream()
        .map(DistrictShare.class::cast).findFirst().orElseThrow();
    assertThatThrownBy(() -> halton.withLsoasInIcb(80))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("80 of 79 LSOAs is not a possible share");
    assertThatThrownBy(() -> halton.withLsoasInIcb(0))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void aDistrictsUpperTierMustBeItsCountyOrItself() {
    DistrictShare halton = REFERENCE.getCoverage(GssCode.of("E06000006"), Geography.JULY_2022).shares().stream()
        .map(DistrictShare.class::cast).findFirst().orElseThrow();
    LocalAuthorityArea surrey = REFERENCE.getCoverage(GssCode.of("E10000030"), Geography.JULY_2022)
        .localAuthority();
    assertThatThrownBy(() -> halton.withUpperTier(surrey))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("cannot be the upper tier of Halton (E06000006)");
  }

  @Test
  void coverageSharesMustAddUpToTheWhole() {
    LocalAuthorityCoverage guildford = REFERENCE.getCoverage(GssCode.of("E07000209"), Geography.JULY_2022);
    assertThatThrownBy(() -> guildford
        .withShares(List.of(guildford.shares().get(0))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("the shares add up to 71 LSOAs, not the whole 84");
  }

  @Test
  void regionCodesMustBeRegionCodes() {
    NhsRegion london = REFERENCE.getRegion(OdsCode.of("Y56"));
    assertThatThrownBy(() -> london.withOnsCode(GssCode.of("E54000008")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("is not an NHS region code (E40)");
  }

  @Test
  void referenceCollectionsCannotBeModified() {
    assertThatThrownBy(() -> REFERENCE.icbs().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> REFERENCE.regions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(REFERENCE).hasToString("EnglandReference[48 ICBs, 16 successions, 7 regions,"
        + " editions [JULY_2022, APRIL_2024, APRIL_2026]]");
  }
}
