package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandIT {
  @TempDir Path temp;

  @Test
  void the_bundled_example_is_valid() throws Exception {
    IcsProcess.Result result = IcsProcess.run("validate", "data/northshire.json");
    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("data/northshire.json: valid as of " + java.time.LocalDate.now() + ": 0 errors");
    IcsProcess.Result last = IcsProcess.run("validate", "data/northshire.json", "--as-of", "2029-03-31");
    assertThat(last.out()).startsWith("data/northshire.json: valid as of 2029-03-31: 0 errors");
  }

  @Test
  void init_then_validate_exits_0_with_what_is_left_to_record_as_warnings() throws Exception {
    Path file = temp.resolve("qyg.json");
    IcsProcess.Result init = IcsProcess.run("init", "--icb", "QYG", "--out", file.toString());
    assertThat(init.exitCode()).isZero();
    assertThat(init.err()).contains("a starting configuration for NHS Cheshire and Merseyside Integrated Care Board");
    IcsProcess.Result result = IcsProcess.run("validate", file.toString());
    assertThat(result.exitCode()).as("a starting file states no breach").isZero();
    assertThat(result.out()).contains("0 errors").contains("board.seat-unrecorded").contains("icp.members-unrecorded")
        .contains("Basis: NHS Act 2006 Sch. 1B para 3(1) (law; the configuration does not show it met)")
        .doesNotContain("board.chair-count").doesNotContain("icp.local-authority-members");
    IcsProcess.Result quiet = IcsProcess.run("validate", "--quiet", "--rules", "statutory", file.toString());
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.out().lines()).hasSize(1);
    assertThat(quiet.out()).contains("0 errors").contains("0 warnings").contains("statutory rules only");
  }

  @Test
  void json_and_sarif_reports_locate_findings() throws Exception {
    Path file = temp.resolve("qyg.json");
    IcsProcess.run("init", "--icb", "E54000008", "--out", file.toString());
    IcsProcess.Result json = IcsProcess.run("validate", "--format", "json", file.toString());
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"format\": \"icsmodel-report/1\"").contains("\"valid\": true")
        .contains("\"ruleId\": \"board.seat-unrecorded\"");
    IcsProcess.Result sarif = IcsProcess.run("validate", "--format", "sarif", "--as-of", "2026-11-23",
        file.toString(), "data/northshire.json");
    assertThat(sarif.out()).contains("\"version\"").contains("2.1.0").contains("\"startLine\"")
        .contains("northshire.json").contains("qyg.json");
    assertThat(sarif.exitCode()).isZero();
  }

  @Test
  void an_unreadable_document_exits_2_with_its_location_and_no_stack_trace() throws Exception {
    Path file = temp.resolve("broken.json");
    Files.writeString(file, "{\n  \"format\": \"icsmodel/1\",\n  \"id\": \"x\",\n  \"name\": \n}\n",
        StandardCharsets.UTF_8);
    IcsProcess.Result result = IcsProcess.run("validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("broken.json:5:1: /name: malformed JSON").doesNotContain("\tat ").doesNotContain("Exception");
    IcsProcess.Result missing = IcsProcess.run("validate", temp.resolve("nowhere.json").toString());
    assertThat(missing.exitCode()).as("EX_NOINPUT").isEqualTo(66);
    assertThat(missing.err()).contains("nowhere.json").doesNotContain("\tat ");
  }

  @Test
  void an_invalid_role_names_the_allowed_values() throws Exception {
    Path file = temp.resolve("role.json");
    String example = Files.readString(IcsProcess.examples().resolve("data/northshire.json"));
    Files.writeString(file, example.replaceFirst("\"role\": \"chair\"", "\"role\": \"chiar\""));
    IcsProcess.Result result = IcsProcess.run("validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("/icb/board/members/0/role").contains("chiar").contains("chief-executive");
  }

  @Test
  void usage_errors_exit_64() throws Exception {
    assertThat(IcsProcess.run("validate").exitCode()).isEqualTo(64);
    assertThat(IcsProcess.run("validate", "--format", "csv", "data/northshire.json").exitCode()).isEqualTo(64);
    assertThat(IcsProcess.run("validate", "--as-of", "yesterday", "data/northshire.json").exitCode()).isEqualTo(64);
    assertThat(IcsProcess.run("init", "--icb", "QZZ").exitCode()).isEqualTo(64);
  }
}
