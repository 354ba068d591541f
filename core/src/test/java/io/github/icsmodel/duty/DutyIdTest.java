package io.github.icsmodel.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Duty ids: one validating {@code of(String)}, canonical {@code toString()}, whole duties and limbs. */
class DutyIdTest {

  @ParameterizedTest
  @CsvSource({
    "nhsa2006:14Z35, NHS_ACT_2006, 14Z35, ''",
    "nhsa2006:14Z35(a), NHS_ACT_2006, 14Z35, (a)",
    "nhsa2006:14Z43(1)(a), NHS_ACT_2006, 14Z43, (1)(a)",
    "nhsa2006:72, NHS_ACT_2006, 72, ''",
    "nhsa2006:72(1A), NHS_ACT_2006, 72, (1A)",
    "nhsa2006:223GC, NHS_ACT_2006, 223GC, ''",
    "nhsa2006:14Z45(2)(b)(ii), NHS_ACT_2006, 14Z45, (2)(b)(ii)",
    "lgpiha2007:116ZA, LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007, 116ZA, ''",
    "hsca2012:194, HEALTH_AND_SOCIAL_CARE_ACT_2012, 194, ''",
    "hsca2012:194(10), HEALTH_AND_SOCIAL_CARE_ACT_2012, 194, (10)"
  })
  void parsesValidIds(String text, Act act, String section, String subdivision) {
    DutyId id = DutyId.of(text);
    assertThat(id.act()).isEqualTo(act);
    assertThat(id.section()).isEqualTo(section);
    assertThat(id.subdivision()).isEqualTo(subdivision);
    assertThat(id.isLimb()).isEqualTo(!subdivision.isEmpty());
    assertThat(id).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "14Z35",
        "nhsa2006",
        "nhsa2006:",
        ":14Z35",
        "nhsa2006 14Z35",
        "nhsa2006:14Z35 ",
        " nhsa2006:14Z35",
        "nhsa2006::14Z35",
        "nhsa2006:14z35",
        "NHSA2006:14Z35",
        "nhsa2006:014Z35",
        "nhsa2006:Z35",
        "nhsa2006:14Z35a",
        "nhsa2006:14Z35(",
        "nhsa2006:14Z35()",
        "nhsa2006:14Z35(A)",
        "nhsa2006:14Z35(a",
        "nhsa2006:14Z35 (a)",
        "nhsa2006:14Z35(1a)",
        "nhsa2006:14Z35(01)",
        "nhsa2006:s.14Z35",
        "nhsa2006:14Z35.a"
      })
  void refusesMalformedIds(String text) {
    assertThatThrownBy(() -> DutyId.of(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("not a duty id: \"" + text + "\"");
  }

  @Test
  void refusesUnknownActListingTheKnownCodes() {
    assertThatThrownBy(() -> DutyId.of("hca2022:25"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("unknown Act code \"hca2022\"")
        .hasMessageContaining("nhsa2006, lgpiha2007, hsca2012");
  }

  @Test
  void suggestsTheCanonicalFormForWrongCase() {
    assertThatThrownBy(() -> DutyId.of("NHSA2006:14z35(a)"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("did you mean \"nhsa2006:14Z35(a)\"?");
  }

  @Test
  void refusesOverlongText() {
    String text = "nhsa2006:14Z35" + "(a)".repeat(30);
    assertThatThrownBy(() -> DutyId.of(text)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> DutyId.of(null)).isInstanceOf(NullPointerException.class);
  }

  static Stream<String> validIds() {
    List<String> ids = new ArrayList<>();
    for (String act : List.of("nhsa2006", "lgpiha2007", "hsca2012")) {
      for (String section : List.of("1", "72", "194", "14Z35", "14Z43", "116ZA", "116B", "223GC", "223LA", "1F")) {
        for (String subdivision : List.of("", "(1)", "(a)", "(1)(a)", "(1A)", "(2)(b)(ii)", "(10)")) {
          ids.add(act + ":" + section + subdivision);
        }
      }
    }
    return ids.stream();
  }

  @ParameterizedTest
  @MethodSource("validIds")
  void roundTripsThroughItsText(String text) {
    DutyId id = DutyId.of(text);
    assertThat(DutyId.of(id.toString())).isEqualTo(id).hasSameHashCodeAs(id);
    assertThat(id.toString()).isEqualTo(text);
    assertThat(id.wholeDuty().isLimb()).isFalse();
    assertThat(text).startsWith(id.wholeDuty().toString());
  }

  @Test
  void equalityIsByValue() {
    assertThat(DutyId.of("nhsa2006:14Z35")).isEqualTo(DutyId.of("nhsa2006:14Z35"));
    assertThat(DutyId.of("nhsa2006:14Z35").hashCode()).isEqualTo(DutyId.of("nhsa2006:14Z35").hashCode());
    assertThat(DutyId.of("nhsa2006:14Z35")).isNotEqualTo(DutyId.of("nhsa2006:14Z35(a)"));
    assertThat(DutyId.of("nhsa2006:14Z35(a)")).isNotEqualTo(DutyId.of("nhsa2006:14Z35(b)"));
    assertThat(DutyId.of("nhsa2006:116B")).isNotEqualTo(DutyId.of("lgpiha2007:116B"));
    assertThat(DutyId.of("nhsa2006:14Z35")).isNotEqualTo("nhsa2006:14Z35");
  }

  @Test
  void limbKnowsItsWholeDuty() {
    DutyId limb = DutyId.of("nhsa2006:14Z43(1)(c)");
    assertThat(limb.isLimb()).isTrue();
    assertThat(limb.wholeDuty()).isEqualTo(DutyId.of("nhsa2006:14Z43"));
    DutyId whole = DutyId.of("nhsa2006:14Z43");
    assertThat(whole.wholeDuty()).isSameAs(whole);
  }

  @Test
  void namesItsProvision() {
    assertThat(DutyId.of("nhsa2006:14Z35(a)").toLegalReference())
        .isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("(a)"));
    assertThat(DutyId.of("nhsa2006:14Z35(a)").toLegalReference().citation()).isEqualTo("NHS Act 2006 s.14Z35(a)");
    assertThat(DutyId.of("lgpiha2007:116ZA").toLegalReference().citation()).isEqualTo("LGPIHA 2007 s.116ZA");
    assertThat(DutyId.of("hsca2012:194").toLegalReference())
        .isEqualTo(LegalReference.section(Act.HEALTH_AND_SOCIAL_CARE_ACT_2012, "194"));
  }

  @Test
  void survivesSerialization() throws Exception {
    DutyId id = DutyId.of("nhsa2006:14Z43(1)(b)");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(id);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(id);
    }
  }
}
