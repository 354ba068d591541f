package io.github.icsmodel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Severity;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void textOfOnlyUnicodeWhiteSpaceOrInvisibleCharactersIsBlank() {
    assertThat(Texts.isBlank("\u00A0\u2007\u202F")).isTrue();
    assertThat(Texts.isBlank("\u200B\uFEFF \t\u3000")).isTrue();
    assertThat(Texts.isBlank("")).isTrue();
    assertThat(Texts.isBlank("\u00A0x")).isFalse();
    assertThat(Texts.isBlank("\uD83D\uDE00")).isFalse();
  }

  @Test
  void aNameOfNoBreakSpacesIsRefusedByTheModel() {
    Assertions.assertThatThrownBy(() -> PolicyReference.of("NHS England", "\u00A0\u00A0", ""))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void loneSurrogatesAreFoundAndPairsAreNot() {
    assertThat(Texts.loneSurrogate("a\uD800b")).isEqualTo(1);
    assertThat(Texts.loneSurrogate("ab\uDC00")).isEqualTo(2);
    assertThat(Texts.loneSurrogate("a\uD83D\uDE00b")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("x\uD83D")).isEqualTo(1);
  }

  @Test
  void listsNameAFewAndCountTheRest() {
    assertThat(Texts.listSome(List.of("a", "b", "c", "d"), 2)).isEqualTo("a, b and 2 more");
    assertThat(Texts.listSome(List.of("a", "b"), 2)).isEqualTo("a, b");
  }

  @Test
  void financialYearsStartingBeforeTheYear1000AreRefused() {
    Assertions.assertThatThrownBy(() -> FinancialYear.of("0999/00")).isInstanceOf(InvalidValueException.class);
    Assertions.assertThatThrownBy(() -> FinancialYear.of("9999/00")).isInstanceOf(InvalidValueException.class);
    assertThat(FinancialYear.of("1000/01").toString()).isEqualTo("1000/01");
    assertThat(FinancialYear.of("9998/99").toString()).isEqualTo("9998/99");
  }

  @Test
  void aFindingsMessageIsBounded() {
    Finding finding = Finding.builder().ruleId(RuleId.of("board.chair")).severity(Severity.ERROR)
        .path(JsonPointer.root()).message("x".repeat(1_000_000))
        .basis(PolicyReference.of("NHS England", "Guidance", "")).build();
    assertThat(finding.message()).hasSizeLessThanOrEqualTo(Finding.MAX_MESSAGE_LENGTH)
        .endsWith("[... 1000000 characters in all]");
  }
}
