package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeographyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2022-06-30, ",
      "2022-07-01, JULY_2022",
      "2023-03-31, JULY_2022",
      "2023-04-01, APRIL_2024",
      "2024-04-01, APRIL_2024",
      "2026-03-31, APRIL_2024",
      "2026-04-01, APRIL_2026",
      "2026-12-02, APRIL_2026"})
  void eachDayFromIcbEstablishmentHasExactlyOneEdition(LocalDate date, Geography expected) {
    assertThat(Geography.on(date)).isEqualTo(Optional.ofNullable(expected));
    for (Geography edition : Geography.values()) {
      assertThat(edition.isValidOn(date)).isEqualTo(edition == expected);
    }
  }

  @Test
  void editionsFollowEachOtherWithoutGaps() {
    assertThat(Geography.JULY_2022.validFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
    assertThat(Geography.JULY_2022.validTo()).contains(LocalDate.of(2023, 3, 31));
    assertThat(Geography.APRIL_2024.validFrom()).isEqualTo(Geography.JULY_2022.validTo().get().plusDays(1));
    assertThat(Geography.APRIL_2024.validTo()).contains(LocalDate.of(2026, 3, 31));
    assertThat(Geography.APRIL_2026.validFrom()).isEqualTo(Geography.APRIL_2024.validTo().get().plusDays(1));
    assertThat(Geography.APRIL_2026.validTo()).isEmpty();
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> Geography.on(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Geography.JULY_2022.isValidOn(null)).isInstanceOf(NullPointerException.class);
  }
}
