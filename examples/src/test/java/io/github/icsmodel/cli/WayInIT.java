package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.icsmodel.json.IcsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new governance team's way in, through the packaged {@code ics.jar}: {@code init} writes a board of seats to
 * fill in and a hint that validates the right date; {@code explain} shows JSON to copy; {@code schema} writes the
 * JSON Schema and a configuration bound to it with {@code "$schema"} reads strictly; every report orders its
 * findings by severity, rule and path; and a run of the policy rules only never says "valid".
 */
class WayInIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void init_writes_a_board_of_seats_to_fill_in_that_no_board_rule_reports_as_a_breach() throws Exception {
    Path file = temp.resolve("qyg.json");
    assertThat(IcsProcess.run("init", "--icb", "QYG", "--out", file.toString()).exitCode()).isZero();
    String written = Files.readString(file);
    assertThat(written).contains("\"unrecordedSeats\"").contains("\"id\": \"partner-member-trusts\"")
        .doesNotContain("\"members\": [\n        {");

    JsonNode report = JSON.readTree(IcsProcess.run("validate", "--format", "json", file.toString()).out());
    List<String> boardErrors = new ArrayList<>();
    int seats = 0;
    for (JsonNode finding : report.get("findings")) {
      String rule = finding.get("ruleId").asText();
      if (rule.startsWith("board.") && finding.get("severity").asText().equals("error")) {
        boardErrors.add(rule);
      }
      if (rule.equals("board.seat-unrecorded")) {
        seats++;
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.get("message").asText()).contains("Move it to members and record");
      }
    }
    assertThat(boardErrors).as("not recorded is not false").isEmpty();
    assertThat(seats).isEqualTo(10);
  }

  @Test
  void the_hint_after_a_past_as_of_carries_it_so_following_it_validates_that_date() throws Exception {
    Path file = temp.resolve("qnq-old.json");
    IcsProcess.Result init = IcsProcess.run("init", "--icb", "QNQ", "--as-of", "2026-03-31", "--out",
        file.toString());
    assertThat(init.exitCode()).isZero();
    String hint = init.err().lines().filter(line -> line.trim().startsWith("ics validate")).findFirst()
        .orElseThrow().trim();
    assertThat(hint).isEqualTo("ics validate " + file + " --as-of 2026-03-31");

    List<String> args = List.of(hint.substring("ics ".length()).split(" "));
    IcsProcess.Result followed = IcsProcess.run(args.toArray(String[]::new));
    assertThat(followed.out()).startsWith(file + ": ").contains(" as of 2026-03-31: ");
    assertThat(IcsProcess.run("init", "--icb", "QYG", "--out", temp.resolve("now.json").toString()).err())
        .as("no --as-of given, none carried").contains("  ics validate " + temp.resolve("now.json") + "\n");
  }

  @Test
  void explain_shows_json_to_copy_for_a_rule_that_needs_data() throws Exception {
    IcsProcess.Result explain = IcsProcess.run("explain", "board.chair-count");
    assertThat(explain.exitCode()).isZero();
    assertThat(explain.out()).contains("Example: add to the array /icb/board/members")
        .contains("    \"role\": \"chair\",").contains("    \"appointedBy\": \"nhs-england\",");
  }

  @Test
  void schema_writes_the_json_schema_and_a_configuration_bound_to_it_reads_strictly() throws Exception {
    IcsProcess.Result printed = IcsProcess.run("schema");
    assertThat(printed.exitCode()).isZero();
    assertThat(printed.out()).isEqualTo(IcsJson.schema());
    Path schema = temp.resolve("icsmodel-1.schema.json");
    IcsProcess.Result written = IcsProcess.run("schema", "--out", schema.toString());
    assertThat(written.exitCode()).isZero();
    assertThat(Files.readString(schema)).isEqualTo(IcsJson.schema());
    assertThat(IcsProcess.run("schema", "--out", schema.toString()).exitCode()).as("not replaced").isNotZero();
    assertThat(IcsProcess.run("schema", "--out", schema.toString(), "--force").exitCode()).isZero();

    Path bound = temp.resolve("bound.json");
    String example = Files.readString(IcsProcess.examples().resolve("data/northshire.json"));
    Files.writeString(bound, example.replaceFirst("\"format\": \"icsmodel/1\",",
        "\"format\": \"icsmodel/1\",\n  \"\\$schema\": \"icsmodel-1.schema.json\","));
    IcsProcess.Result strict = IcsProcess.run("validate", bound.toString());
    assertThat(strict.err()).isEmpty();
    assertThat(strict.exitCode()).isZero();
  }

  @Test
  void every_format_orders_findings_by_severity_then_rule_then_path() throws Exception {
    Path file = temp.resolve("qyg.json");
    IcsProcess.run("init", "--icb", "QYG", "--out", file.toString());

    JsonNode json = JSON.readTree(IcsProcess.run("validate", "--format", "json", file.toString()).out());
    List<String> keys = new ArrayList<>();
    json.get("findings").forEach(f -> keys.add(key(f.get("severity").asText(), f.get("ruleId").asText())));
    assertThat(keys).isSortedAccordingTo(Comparator.naturalOrder());

    JsonNode sarif = JSON.readTree(IcsProcess.run("validate", "--format", "sarif", file.toString()).out());
    List<String> results = new ArrayList<>();
    sarif.get("runs").get(0).get("results").forEach(r -> results.add(
        key(r.get("properties").get("severity").asText(), r.get("ruleId").asText())));
    assertThat(results).isEqualTo(keys);

    List<String> text = IcsProcess.run("validate", file.toString()).out().lines()
        .filter(line -> line.matches("  [a-z]+\\.[a-z0-9-]+  .*")).map(line -> line.trim().split(" ")[0]).toList();
    assertThat(text).isEqualTo(keys.stream().map(k -> k.substring(2)).toList());
  }

  /** A sort key: the severity's rank (most serious first), then the rule id. */
  private static String key(String severity, String rule) {
    int rank = List.of("fatal", "error", "warning", "information").indexOf(severity);
    return rank + " " + rule;
  }

  @Test
  void a_run_of_the_policy_rules_only_says_what_it_left_out_instead_of_valid() throws Exception {
    Path file = temp.resolve("qyg.json");
    IcsProcess.run("init", "--icb", "QYG", "--out", file.toString());

    IcsProcess.Result text = IcsProcess.run("validate", "--rules", "policy", "--quiet", file.toString());
    assertThat(text.out()).doesNotContain("valid as of")
        .contains("the statutory rules were not run, so this report does not say whether the configuration is"
            + " valid");
    IcsProcess.Result clean = IcsProcess.run("validate", "--rules", "policy", "--quiet", "data/northshire.json");
    assertThat(clean.out()).startsWith("data/northshire.json: no policy findings as of ")
        .doesNotContain("valid as of");
    IcsProcess.Result statutory = IcsProcess.run("validate", "--rules", "statutory", "-q", "data/northshire.json");
    assertThat(statutory.out()).contains("valid as of").contains("(statutory rules only; the policy rules were not"
        + " run)");

    JsonNode json = JSON.readTree(IcsProcess.run("validate", "--rules", "policy", "--format", "json",
        file.toString()).out());
    assertThat(json.get("ruleKinds")).extracting(JsonNode::asText)
        .containsExactly("law-not-shown", "policy", "law-advice", "advice");
    JsonNode sarif = JSON.readTree(IcsProcess.run("validate", "--rules", "statutory", "--format", "sarif",
        file.toString()).out());
    assertThat(sarif.get("runs").get(0).get("properties").get("ruleKinds")).extracting(JsonNode::asText)
        .containsExactly("law", "integrity");
  }
}
