package io.github.icsmodel.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;

class IdentifierPropertiesTest {

  @Property
  void gss_codes_round_trip(@ForAll @NumericChars @StringLength(8) String digits) {
    GssCode code = GssCode.of("E" + digits);
    assertThat(GssCode.of(code.toString())).isEqualTo(code);
  }

  @Property
  void local_ids_round_trip(@ForAll @AlphaChars @StringLength(min = 1, max = 100) String text) {
    LocalId id = LocalId.of(text);
    assertThat(LocalId.of(id.toString())).isEqualTo(id);
  }

  @Property
  void ods_codes_round_trip(@ForAll @UpperChars @NumericChars @StringLength(min = 3, max = 10) String text) {
    OdsCode code = OdsCode.of(text);
    assertThat(OdsCode.of(code.toString())).isEqualTo(code).hasSameHashCodeAs(code);
  }
}
