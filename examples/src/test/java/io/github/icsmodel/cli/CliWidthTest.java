package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue #12 item 6: help and tables fit 80 columns when the output is not a terminal (as in a test), and every
 * help summary is a full sentence.
 */
class CliWidthTest {
  static final int WIDTH = 80;

  /** The output and exit code of one run. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Ics.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** Every command and subcommand, as the arguments that name it. */
  static Stream<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(new CommandLine(new Ics()), new ArrayList<>(), all);
    return all.stream();
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> all) {
    all.add(path);
    for (var entry : line.getSubcommands().entrySet()) {
      if (entry.getKey().equals("help")) {
        continue;
      }
      List<String> next = new ArrayList<>(path);
      next.add(entry.getKey());
      collect(entry.getValue(), next, all);
    }
  }

  static void assertFits(String text, String what) {
    assertThat(text).as(what).isNotBlank();
    for (String line : text.split("\\R")) {
      assertThat(line.length()).as("%s: a line of %d columns:%n%s", what, line.length(), line).isLessThanOrEqualTo(WIDTH);
    }
  }

  @ParameterizedTest(name = "ics {0} --help")
  @MethodSource("commands")
  void helpFitsEightyColumns(List<String> command) {
    List<String> args = new ArrayList<>(command);
    args.add("--help");

    Run run = run(args.toArray(new String[0]));

    assertThat(run.exit()).isZero();
    assertFits(run.out(), "ics " + String.join(" ", args));
  }

  @ParameterizedTest(name = "ics {0} --help")
  @MethodSource("commands")
  void everySummaryInTheCommandListIsAFullSentence(List<String> command) {
    CommandLine line = new CommandLine(new Ics());
    for (String name : command) {
      line = line.getSubcommands().get(name);
    }
    for (var entry : line.getSubcommands().entrySet()) {
      if (entry.getKey().equals("help")) {
        continue;
      }
      String[] description = entry.getValue().getCommandSpec().usageMessage().description();
      assertThat(description).as(entry.getKey()).isNotEmpty();
      String summary = description[0].strip();
      assertThat(summary).as("the summary of %s, the only line --help lists", entry.getKey())
          .matches("[A-Z].*[.]")
          .doesNotContain("%n");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void tablesFitEightyColumns(String commandLine) {
    Run run = run(commandLine.split(" "));

    assertThat(run.exit()).as(run.err()).isZero();
    assertFits(run.out(), "ics " + commandLine);
  }

  static Stream<String> tables() {
    return Stream.of(
        "rules", "duties", "duties --owed-by icb", "purposes", "reference icbs", "reference regions",
        "reference local-authorities", "reference sub-icb-locations");
  }

  @Test
  void theRulesTableAtEightyColumnsHasEveryRuleWhole() {
    String text = run("rules").out();
    String words = text.replaceAll("\\s+", " ");

    for (var rule : KnownRules.listed(java.time.LocalDate.now())) {
      assertThat(text).as("an id is never cut").containsPattern("(?m)^" + java.util.regex.Pattern.quote(rule.id().toString()) + "\\s");
      assertThat(words).contains(rule.summary().replaceAll("\\s+", " "));
      assertThat(words).contains(rule.basis().citation().replaceAll("\\s+", " "));
    }
  }

  @Test
  void columnsOfWordsAreWrappedAndIdsAreNot() {
    Table table = new Table("id", "text").row("a-long-identifier", "x".repeat(10) + " " + "y".repeat(100));

    int[] widths = table.columnWidths(WIDTH);

    assertThat(widths[0]).isEqualTo("a-long-identifier".length());
    assertThat(widths[0] + 2 + widths[1]).isEqualTo(WIDTH);
    assertFits(table.text(WIDTH), "a table with one long cell");
    assertThat(table.text(WIDTH)).startsWith("id").contains("a-long-identifier  xxxxxxxxxx");
  }

  @Test
  void aTableTooWideToWrapIsPrintedAsRecords() {
    Table table = new Table("id", "severity", "basis", "summary")
        .row("a".repeat(60), "error", "NHS Act 2006 s.14Z35", "The ICB has regard to the need to reduce inequalities");

    String text = table.text(WIDTH);

    assertThat(table.columnWidths(WIDTH)).isNull();
    assertThat(text).isEqualTo(String.join(System.lineSeparator(),
        "id  severity", "    basis", "    summary", "",
        "a".repeat(60) + "  error", "    NHS Act 2006 s.14Z35", "    The ICB has regard to the need to reduce inequalities", ""));
  }

  @Test
  void aNarrowTableIsNotWidened() {
    Table table = new Table("id", "name").row("a", "b");

    assertThat(table.text(WIDTH)).isEqualTo("id  name" + System.lineSeparator() + "a   b" + System.lineSeparator());
  }
}
