package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.IcsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The compact form the build makes of the reference data gives what the CSV files give. */
class ReferenceSnapshotTest {
  private static final EnglandReference FROM_CSV = ReferenceReader.read();
  private static final EnglandReference FROM_SNAPSHOT = ReferenceSnapshot.read(ReferenceSnapshot.write(FROM_CSV));

  @Test
  void theBuildShipsASnapshotOfTheCurrentCsvFiles() throws IOException {
    try (InputStream shipped = ReferenceSnapshot.class.getResourceAsStream(ReferenceSnapshot.RESOURCE)) {
      assertThat(shipped).as("the build writes %s", ReferenceSnapshot.RESOURCE).isNotNull();
      assertThat(shipped.readAllBytes()).isEqualTo(ReferenceSnapshot.write(FROM_CSV));
    }
  }

  @Test
  void loadReadsTheSnapshot() {
    assertThat(ReferenceSnapshot.readShipped()).isPresent();
    EnglandReference loaded = EnglandReference.load();
    assertThat(loaded.icbs()).isEqualTo(FROM_CSV.icbs());
    assertThat(loaded.regions()).isEqualTo(FROM_CSV.regions());
    assertThat(loaded.successions()).isEqualTo(FROM_CSV.successions());
  }

  @Test
  void regionsIcbsAndSuccessionsAreEqual() {
    assertThat(FROM_SNAPSHOT.regions()).isEqualTo(FROM_CSV.regions()).hasSize(7);
    assertThat(FROM_SNAPSHOT.icbs()).isEqualTo(FROM_CSV.icbs()).hasSize(48);
    assertThat(FROM_SNAPSHOT.successions()).isEqualTo(FROM_CSV.successions()).isNotEmpty();
    for (ReferenceIcb icb : FROM_CSV.icbs()) {
      assertThat(FROM_SNAPSHOT.successorsOf(icb)).isEqualTo(FROM_CSV.successorsOf(icb));
      assertThat(FROM_SNAPSHOT.predecessorsOf(icb)).isEqualTo(FROM_CSV.predecessorsOf(icb));
    }
  }

  @ParameterizedTest
  @EnumSource(Geography.class)
  void eachEditionIsEqual(Geography edition) {
    assertThat(FROM_SNAPSHOT.subIcbLocations(edition)).isEqualTo(FROM_CSV.subIcbLocations(edition)).isNotEmpty();
    assertThat(FROM_SNAPSHOT.districtShares(edition)).isEqualTo(FROM_CSV.districtShares(edition)).isNotEmpty();
    assertThat(FROM_SNAPSHOT.upperTierShares(edition)).isEqualTo(FROM_CSV.upperTierShares(edition)).isNotEmpty();
    assertThat(FROM_SNAPSHOT.areaFacts(edition).districtCounties())
        .isEqualTo(FROM_CSV.areaFacts(edition).districtCounties());
    assertThat(FROM_SNAPSHOT.areaFacts(edition).englandDistricts())
        .isEqualTo(FROM_CSV.areaFacts(edition).englandDistricts());
    for (ReferenceIcb icb : FROM_CSV.icbs()) {
      if (icb.isValidOn(edition.validFrom())) {
        assertThat(FROM_SNAPSHOT.footprint(icb, edition)).isEqualTo(FROM_CSV.footprint(icb, edition));
      }
    }
  }

  @Test
  void theDerivedSharesKeepTheirMark() {
    assertThat(FROM_SNAPSHOT.districtShares(Geography.APRIL_2026)).anyMatch(DistrictShare::derived);
  }

  @Test
  void somethingElseIsRefused() {
    assertThatThrownBy(() -> ReferenceSnapshot.read("not a snapshot".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("england-reference.bin is not a snapshot of version 1");
  }

  @Test
  void aTruncatedSnapshotIsRefusedWithoutPartialData() {
    byte[] whole = ReferenceSnapshot.write(FROM_CSV);
    assertThatThrownBy(() -> ReferenceSnapshot.read(Arrays.copyOf(whole, whole.length / 3)))
        .isInstanceOf(IcsException.class)
        .hasMessageStartingWith("England reference data: england-reference.bin is damaged");
    assertThatThrownBy(() -> ReferenceSnapshot.read(Arrays.copyOf(whole, whole.length + 1)))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("has bytes after its last section");
  }

  @Test
  void aDamagedEditionIsReportedWhenFirstAskedAbout() {
    byte[] whole = ReferenceSnapshot.write(FROM_CSV);
    byte[] damaged = whole.clone();
    // The last section is the April 2026 edition's; its last byte is the end of its last upper-tier share.
    damaged[damaged.length - 3] = (byte) 0x7f;
    EnglandReference reference = ReferenceSnapshot.read(damaged);
    assertThat(reference.icbs()).hasSize(48);
    assertThatThrownBy(() -> reference.upperTierShares(Geography.APRIL_2026))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("is damaged in the APRIL_2026 section");
  }

  @Test
  void aSectionLengthThatDoesNotFitIsRefused() {
    // The header of a real snapshot, no regions, ICBs or successions, then a first section of length -1.
    java.nio.ByteBuffer damaged = java.nio.ByteBuffer.allocate(24);
    damaged.put(ReferenceSnapshot.write(FROM_CSV), 0, 8).putInt(0).putInt(0).putInt(0).putInt(-1);
    assertThatThrownBy(() -> ReferenceSnapshot.read(damaged.array()))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("the JULY_2022 section's length -1 does not fit the file");
  }

  @Test
  void anImpossibleValueIsADamagedFileNotACrash() {
    byte[] damaged = ReferenceSnapshot.write(FROM_CSV);
    // The first region's ONS code, after the header (8 bytes), the count (4) and its UTF length (2): not a GSS code.
    damaged[14] = '#';
    assertThatThrownBy(() -> ReferenceSnapshot.read(damaged))
        .isInstanceOf(IcsException.class)
        .hasMessageStartingWith("England reference data: england-reference.bin is damaged: ");
  }
}
