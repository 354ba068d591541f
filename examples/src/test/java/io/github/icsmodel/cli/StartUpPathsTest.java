package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 22: the short cuts of start-up answer exactly as the whole command model does. {@code ics COMMAND ...}
 * builds only that command's model, and {@code ics --version} none: their help, errors and version are the same.
 */
class StartUpPathsTest {
  /** The whole tool's model, configured as {@link Ics#run} configures it, with the output captured. */
  private static CommandLine whole(StringWriter out, StringWriter err) {
    CommandLine whole = new CommandLine(new Ics());
    Terminal.configure(whole);
    whole.setOut(new PrintWriter(out, true));
    whole.setErr(new PrintWriter(err, true));
    return whole;
  }

  /** Every top-level command but {@code help}, which needs its siblings and so is always built whole. */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>(new CommandLine(new Ics()).getSubcommands().keySet());
    names.remove("help");
    return names.stream();
  }

  @Test
  void theShortCutKnowsTheCommandsOfTheToolsOwnList() {
    CommandLine.Command tool = Ics.class.getAnnotation(CommandLine.Command.class);
    for (Class<?> command : tool.subcommands()) {
      if (command == CommandLine.HelpCommand.class) {
        assertThat(Ics.command("help")).as("help needs its siblings, so it is built whole").isNull();
        continue;
      }
      String name = command.getAnnotation(CommandLine.Command.class).name();
      assertThat(Ics.command(name)).as(name).isEqualTo(command);
    }
    assertThat(Ics.command("no-such-command")).isNull();
    assertThat(Ics.command("Validate")).isNull();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aCommandsHelpIsTheSameAsInTheWholeModel(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String expected = whole(out, err).getSubcommands().get(command).getUsageMessage();
    CliWidthTest.Run run = CliWidthTest.run(command, "--help");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo(expected).startsWith("Usage: ics " + command);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void aCommandsUsageErrorIsTheSameAsInTheWholeModel(String command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine whole = whole(out, err);
    int expectedExit = whole.execute(command, "--no-such-option");
    CliWidthTest.Run run = CliWidthTest.run(command, "--no-such-option");
    // The tool's own handler prints the message its way; picocli's default prints the same message first.
    assertThat(run.exit()).isEqualTo(Ics.USAGE);
    assertThat(expectedExit).isEqualTo(CommandLine.ExitCode.USAGE);
    String firstLine = err.toString().lines().findFirst().orElseThrow();
    assertThat(run.err()).startsWith("ics: " + firstLine);
  }

  @Test
  void theVersionIsPicoclisVersion() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine whole = whole(out, err);
    assertThat(whole.execute("--version")).isZero();
    assertThat(CliWidthTest.run("--version").out()).isEqualTo(out.toString()).startsWith("ics ");
    assertThat(CliWidthTest.run("-V").out()).isEqualTo(out.toString());
  }

  @Test
  void aCommandsNameAmongOtherArgumentsIsNotTakenForTheCommand() {
    // Only the first argument names the command: "--help validate" is the tool's own help.
    CliWidthTest.Run run = CliWidthTest.run("--help", "validate");
    assertThat(run.out()).startsWith("Usage: ics [-hV]").contains("validate");
    assertThat(CliWidthTest.run("help", "validate").out()).startsWith("Usage: ics validate");
  }
}
