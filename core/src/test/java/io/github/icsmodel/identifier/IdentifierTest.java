package io.github.icsmodel.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

  @Nested
  class OdsCodes {
    @ParameterizedTest
    @ValueSource(strings = {"QYG", "Y62", "RXN", "A81001", "U12345", "RXN01", "02P", "ABCDEFGHIJ",
        "S1Y5D", "D7T5G", "T6Y0W", "S9B9J", "S0E4D", "Z9B2Z", "A3A8R", "D4U1Y"})
    void accepts_the_ods_forms(String text) {
      OdsCode code = OdsCode.of(text);
      assertThat(code).hasToString(text);
      assertThat(OdsCode.of(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
      assertThat(code.length()).isEqualTo(text.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "QY", "ABCDEFGHIJK", "QY G", "QY-G", " QYG"})
    void refuses_other_text(String text) {
      assertThatThrownBy(() -> OdsCode.of(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("not an ODS code")
          .hasMessageContaining(text);
    }

    @Test
    void lower_case_is_refused_with_the_canonical_form_suggested() {
      assertThatThrownBy(() -> OdsCode.of("qyg")).hasMessageContaining("did you mean \"QYG\"");
    }

    @Test
    void null_is_refused() {
      assertThatThrownBy(() -> OdsCode.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void orders_by_text() {
      assertThat(List.of(OdsCode.of("QYG"), OdsCode.of("QE1")).stream().sorted())
          .containsExactly(OdsCode.of("QE1"), OdsCode.of("QYG"));
    }
  }

  @Nested
  class GssCodes {
    @Test
    void reads_the_entity_from_the_prefix() {
      assertThat(GssCode.of("E54000008").entity()).contains(GssEntity.INTEGRATED_CARE_BOARD);
      assertThat(GssCode.of("E40000010").entity()).contains(GssEntity.NHS_REGION);
      assertThat(GssCode.of("E38000006").entity()).contains(GssEntity.SUB_ICB_LOCATION);
      assertThat(GssCode.of("E06000006").entity()).contains(GssEntity.UNITARY_AUTHORITY);
      assertThat(GssCode.of("E07000026").entity()).contains(GssEntity.NON_METROPOLITAN_DISTRICT);
      assertThat(GssCode.of("E08000001").entity()).contains(GssEntity.METROPOLITAN_DISTRICT);
      assertThat(GssCode.of("E09000001").entity()).contains(GssEntity.LONDON_BOROUGH);
      assertThat(GssCode.of("E10000002").entity()).contains(GssEntity.COUNTY);
      assertThat(GssCode.of("W06000001").entity()).isEmpty();
      assertThat(GssCode.of("E54000008").is(GssEntity.INTEGRATED_CARE_BOARD)).isTrue();
      assertThat(GssCode.of("E54000008").prefix()).isEqualTo("E54");
    }

    @Test
    void local_authority_entities() {
      assertThat(GssEntity.COUNTY.isLocalAuthority()).isTrue();
      assertThat(GssEntity.LONDON_BOROUGH.isLocalAuthority()).isTrue();
      assertThat(GssEntity.INTEGRATED_CARE_BOARD.isLocalAuthority()).isFalse();
      assertThat(GssEntity.ofPrefix("E99")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"E5400000", "E540000081", "e54000008", "X54000008", "E5400000A", ""})
    void refuses_other_text(String text) {
      assertThatThrownBy(() -> GssCode.of(text))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("not an ONS GSS code");
    }
  }

  @Nested
  class LocalIds {
    @ParameterizedTest
    @ValueSource(strings = {"chair", "trust-north", "a", "9", "x.y_z-1", "Place.A"})
    void accepts(String text) {
      assertThat(LocalId.of(text)).hasToString(text).isEqualTo(LocalId.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-lead", ".x", "with space", "slash/id", "é"})
    void refuses(String text) {
      assertThatThrownBy(() -> LocalId.of(text)).isInstanceOf(InvalidValueException.class).hasMessageContaining("id");
    }

    @Test
    void refuses_more_than_100_characters() {
      assertThat(LocalId.of("a".repeat(100))).isNotNull();
      assertThatThrownBy(() -> LocalId.of("a".repeat(101))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void ids_are_case_sensitive() {
      assertThat(LocalId.of("Chair")).isNotEqualTo(LocalId.of("chair"));
    }

    @Test
    void require_unique_names_the_repeated_id() {
      List<LocalId> ids = List.of(LocalId.of("a"), LocalId.of("b"), LocalId.of("a"));
      assertThatThrownBy(() -> io.github.icsmodel.identifier.LocalIds.requireUnique(ids, id -> id, "places"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("places: the id \"a\" is used twice");
      io.github.icsmodel.identifier.LocalIds.requireUnique(ids.subList(0, 2), id -> id, "places");
    }
  }
}
