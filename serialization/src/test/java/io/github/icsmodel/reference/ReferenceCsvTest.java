package io.github.icsmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.IcsException;
import io.github.icsmodel.identifier.OdsCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader of the shipped files reports any problem by file, line and column; test files are in test resources. */
class ReferenceCsvTest {

  @Test
  void readsQuotedNamesThatContainCommas() {
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("icb_ons_codes_2022_vs_2024.csv",
        "ods_code", "name", "ons_code_2022", "ons_code_2024", "status");
    assertThat(rows).hasSize(42);
    assertThat(rows).filteredOn(row -> row.ods("ods_code").equals(OdsCode.of("QOC")))
        .singleElement()
        .satisfies(row -> assertThat(row.text("name"))
            .isEqualTo("NHS Shropshire, Telford and Wrekin Integrated Care Board"));
  }

  @Test
  void aBadCodeIsReportedWithFileLineAndColumn() {
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("test-bad-code.csv", "ons_code", "ods_code", "name");
    assertThat(rows.get(0).ods("ods_code")).isEqualTo(OdsCode.of("Y56"));
    assertThatThrownBy(() -> rows.get(1).ods("ods_code"))
        .isInstanceOf(IcsException.class)
        .hasMessageStartingWith("England reference data: test-bad-code.csv line 3, column ods_code: cannot read \"y59\"")
        .hasMessageContaining("did you mean \"Y59\"?");
  }

  @Test
  void anUnexpectedHeaderIsRefused() {
    assertThatThrownBy(() -> ReferenceCsv.read("test-bad-header.csv", "ons_code", "ods_code", "name"))
        .isInstanceOf(IcsException.class)
        .hasMessage("England reference data: test-bad-header.csv line 1: expected the header ons_code,ods_code,name"
            + " but found ons_code,ods,name");
  }

  @Test
  void aShortRowIsRefused() {
    assertThatThrownBy(() -> ReferenceCsv.read("test-short-row.csv", "ons_code", "ods_code", "name"))
        .isInstanceOf(IcsException.class)
        .hasMessage("England reference data: test-short-row.csv line 2: expected 3 fields but found 2");
  }

  @Test
  void aFieldSpanningLinesIsRefusedSoThatLineNumbersStayTrue() {
    assertThatThrownBy(() -> ReferenceCsv.read("test-multiline.csv", "ons_code", "ods_code", "name"))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("a field spans lines");
  }

  @Test
  void aMissingFileIsReported() {
    assertThatThrownBy(() -> ReferenceCsv.read("no-such-file.csv", "a"))
        .isInstanceOf(IcsException.class)
        .hasMessage("England reference data: no-such-file.csv is missing from the classpath");
  }

  @Test
  void flagsAndCountsAreStrict() {
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("icb_local_authorities.csv", "icb_ons_code", "icb_ods_code",
        "icb_name", "lad22cd", "lad22nm", "lad_type", "utla_code", "utla_name", "utla_type", "lsoa11_in_icb",
        "lsoa11_in_lad", "lad_pct_in_icb", "lad_split_across_icbs");
    assertThat(rows).hasSize(321);
    assertThat(rows.get(0).count("lsoa11_in_icb")).isEqualTo(79);
    assertThat(rows.get(0).flag("lad_split_across_icbs")).isFalse();
    assertThatThrownBy(() -> rows.get(0).flag("lad_type"))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("line 2, column lad_type: expected Y or N");
    assertThatThrownBy(() -> rows.get(0).count("lad22nm"))
        .isInstanceOf(IcsException.class)
        .hasMessageContaining("column lad22nm: cannot read \"Halton\"");
  }
}
