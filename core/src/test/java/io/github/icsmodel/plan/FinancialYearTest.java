package io.github.icsmodel.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinancialYearTest {

  @Test
  void runs_from_april_to_march() {
    FinancialYear year = FinancialYear.of("2024/25");
    assertThat(year.start()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(year).hasToString("2024/25");
    assertThat(year.plusYears(4)).isEqualTo(FinancialYear.of("2028/29"));
  }

  @Test
  void the_year_containing_a_date() {
    assertThat(FinancialYear.containing(LocalDate.of(2025, 3, 31))).isEqualTo(FinancialYear.of("2024/25"));
    assertThat(FinancialYear.containing(LocalDate.of(2025, 4, 1))).isEqualTo(FinancialYear.of("2025/26"));
  }

  @Test
  void crosses_the_century() {
    assertThat(FinancialYear.of("2099/00").startYear()).isEqualTo(2099);
    assertThat(FinancialYear.startingIn(2099)).hasToString("2099/00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024/26", "2024-25", "24/25", "2024/2025", ""})
  void refuses_other_text(String text) {
    assertThatThrownBy(() -> FinancialYear.of(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("not a financial year");
  }

  @Test
  void orders_by_start() {
    assertThat(FinancialYear.of("2023/24")).isLessThan(FinancialYear.of("2024/25"));
  }
}
