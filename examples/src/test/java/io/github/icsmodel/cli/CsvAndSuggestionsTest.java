package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #12 item 6: CSV per RFC 4180, guarded against formula injection; {@code explain} suggests close ids only. */
class CsvAndSuggestionsTest {

  private static List<List<String>> parse(String csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows =
        mapper.readerFor(List.class).with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema()).readValues(csv)) {
      return rows.readAll();
    }
  }

  @Test
  void csvQuotesPerRfc4180WithCrlfLineEnds() throws Exception {
    Table table = new Table("id", "text")
        .row("a", "plain")
        .row("b", "comma, here")
        .row("c", "a \"quoted\" word")
        .row("d", "two\nlines")
        .row("e", "carriage\rreturn");

    String csv = table.csv();

    assertThat(csv).isEqualTo("id,text\r\n"
        + "a,plain\r\n"
        + "b,\"comma, here\"\r\n"
        + "c,\"a \"\"quoted\"\" word\"\r\n"
        + "d,\"two\nlines\"\r\n"
        + "e,\"carriage\rreturn\"\r\n");
    assertThat(parse(csv)).containsExactly(
        List.of("id", "text"), List.of("a", "plain"), List.of("b", "comma, here"), List.of("c", "a \"quoted\" word"),
        List.of("d", "two\nlines"), List.of("e", "carriage\rreturn"));
  }

  @Test
  void cellsASpreadsheetWouldTakeForFormulasAreWrittenAsText() throws Exception {
    Table table = new Table("value")
        .row("=HYPERLINK(\"http://x\",\"y\")")
        .row("+44 20 7946 0000")
        .row("-2+3")
        .row("@SUM(A1)")
        .row("\tTAB")
        .row("\r=1")
        .row("-3.15591")
        .row("1e-5")
        .row("a=b");

    List<List<String>> read = parse(table.csv());

    assertThat(read).extracting(row -> row.get(0)).containsExactly(
        "value",
        "'=HYPERLINK(\"http://x\",\"y\")",
        "'+44 20 7946 0000",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTAB",
        "'\r=1",
        "-3.15591",
        "1e-5",
        "a=b");
  }

  @Test
  void theRulesCsvHasAHeaderAndEveryRule() throws Exception {
    CliWidthTest.Run run = CliWidthTest.run("rules", "--format", "csv");

    List<List<String>> read = parse(run.out());

    assertThat(read.get(0)).containsExactly("id", "severity", "basis", "applies from", "summary");
    assertThat(read).hasSize(KnownRules.listed(Today.inEngland()).size() + 1);
    assertThat(run.out()).contains("\r\n");
  }

  @Test
  void explainSuggestsNothingWhenNoIdIsClose() {
    CliWidthTest.Run run = CliWidthTest.run("explain", "json.unknown-property");

    assertThat(run.exit()).isEqualTo(Ics.USAGE);
    assertThat(run.err()).contains("no rule 'json.unknown-property'").doesNotContain("did you mean")
        .doesNotContain("waiver.unknown-rule");
  }

  @Test
  void explainSuggestsEveryIdOfAFamily() {
    CliWidthTest.Run run = CliWidthTest.run("explain", "board.chair");

    assertThat(run.err()).contains(
        "did you mean one of board.chair-appointment, board.chair-appointment-unrecorded, board.chair-count,"
            + " board.chair-independent?");
  }

  @Test
  void explainSuggestsAMisspeltId() {
    CliWidthTest.Run run = CliWidthTest.run("explain", "board.chair-cuont");

    assertThat(run.err()).contains("did you mean board.chair-count?");
  }
}
