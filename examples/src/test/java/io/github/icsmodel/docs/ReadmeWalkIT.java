package io.github.icsmodel.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through ("Check your own ICB") shows real output: each {@code sh} block's command is run with
 * the packaged {@code ics.jar}, in order, and every line of the {@code text} block after it (but the {@code ...}
 * that marks a cut) appears in what the tool printed, in the same order. Before the second {@code validate}, the
 * chair's seat is filled in as step 3 shows.
 */
class ReadmeWalkIT {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```\\s*$");

  @TempDir Path work;

  @Test
  void the_walk_through_shows_what_the_tool_prints() throws Exception {
    String readme = Files.readString(README);
    int start = readme.indexOf("## Check your own ICB: a walk-through");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).isNotNegative();
    Matcher block = BLOCK.matcher(readme.substring(start, end));
    String lastOutput = null;
    int validations = 0;
    int checked = 0;
    List<String[]> blocks = new ArrayList<>();
    while (block.find()) {
      blocks.add(new String[] {block.group(1), block.group(2)});
    }
    for (String[] each : blocks) {
      if (each[0].equals("sh")) {
        String command = each[1].trim();
        assertThat(command).startsWith("ics ");
        if (command.startsWith("ics validate qyg.json --as-of") && ++validations == 2) {
          fillInTheChair();
        }
        lastOutput = command.contains("--format html") ? null : run(command.substring(4).split(" "));
      } else if (each[0].equals("text") && lastOutput != null) {
        assertLinesAppearInOrder(each[1], lastOutput);
        checked++;
        lastOutput = null;
      }
    }
    assertThat(checked).as("output blocks checked").isEqualTo(4);
  }

  /** Step 3: the chair's seat moves from unrecordedSeats to members, with the example values the README shows. */
  private void fillInTheChair() throws IOException {
    Path file = work.resolve("qyg.json");
    String json = Files.readString(file);
    String seat = "        {\n          \"id\": \"chair\",\n          \"role\": \"chair\"\n        },\n";
    assertThat(json).contains(seat);
    json = json.replace(seat, "").replace("    \"board\": {\n", "    \"board\": {\n      \"members\": [{\"id\": \"chair\","
        + " \"name\": \"Full Name\", \"role\": \"chair\", \"appointedBy\": \"nhs-england\", \"approvedBy\":"
        + " [\"secretary-of-state\"], \"appointedOn\": \"2024-04-01\", \"termEndsOn\": \"2028-03-31\"}],\n");
    Files.writeString(file, json);
  }

  private static void assertLinesAppearInOrder(String expected, String actual) {
    List<String> lines = actual.lines().toList();
    int at = 0;
    for (String line : expected.lines().toList()) {
      if (line.isBlank() || line.trim().equals("...")) {
        continue;
      }
      String wanted = line.endsWith(" ...") || line.endsWith(": ...") ? line.substring(0, line.length() - 3)
          : line;
      int found = -1;
      for (int i = at; i < lines.size(); i++) {
        if (lines.get(i).equals(line) || (!wanted.equals(line) && lines.get(i).startsWith(wanted))) {
          found = i;
          break;
        }
      }
      assertThat(found).as("the README shows a line the tool did not print (in this order): %s%nThe tool printed:%n%s",
          line, actual).isNotNegative();
      at = found + 1;
    }
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(Path.of(System.getProperty("ics.jar", "target/ics.jar")).toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = work.resolve("out.txt");
    Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
