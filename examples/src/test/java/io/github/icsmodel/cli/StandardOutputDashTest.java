package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.json.IcsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --out -} is standard output, as {@code -} is standard input wherever a command reads a file. */
class StandardOutputDashTest {

  @Test
  void init_out_dash_writes_the_configuration_to_standard_output_and_no_file_named_dash() {
    assertThat(Path.of("-")).doesNotExist();
    CliWidthTest.Run dash = CliWidthTest.run("init", "--icb", "QYG", "--as-of", "2026-12-07", "--out", "-");
    CliWidthTest.Run plain = CliWidthTest.run("init", "--icb", "QYG", "--as-of", "2026-12-07");
    assertThat(dash.exit()).isZero();
    assertThat(dash.out()).isEqualTo(plain.out());
    assertThat(IcsJson.parseSystem(dash.out()).icb().odsCode()).contains(OdsCode.of("QYG"));
    assertThat(dash.err()).as("no 'Wrote -' message").isEmpty();
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void schema_out_dash_writes_the_schema_to_standard_output() {
    CliWidthTest.Run dash = CliWidthTest.run("schema", "--out", "-");
    assertThat(dash.exit()).isZero();
    assertThat(dash.out()).isEqualTo(IcsJson.schema());
    assertThat(Path.of("-")).doesNotExist();
  }

  @Test
  void a_file_named_dash_is_still_written_as_dot_slash_dash(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("-");
    CliWidthTest.Run run = CliWidthTest.run("init", "--icb", "QYG", "--as-of", "2026-12-07", "--out",
        file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(IcsJson.parseSystem(Files.readString(file)).icb().odsCode()).contains(OdsCode.of("QYG"));
  }

  @Test
  void schema_refuses_an_existing_file_with_the_exit_code_init_gives(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("schema.json"), "kept");
    CliWidthTest.Run schema = CliWidthTest.run("schema", "--out", file.toString());
    CliWidthTest.Run init = CliWidthTest.run("init", "--icb", "QYG", "--out", file.toString());
    assertThat(schema.exit()).isEqualTo(Ics.CANNOT_CREATE).isEqualTo(init.exit());
    assertThat(schema.err()).contains("the file already exists; add --force to replace it");
    assertThat(Files.readString(file)).isEqualTo("kept");
  }
}
