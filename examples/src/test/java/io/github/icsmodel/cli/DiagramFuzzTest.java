package io.github.icsmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.json.IcsJson;
import java.nio.file.Path;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.PlaceBasedPartnership;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz targets for {@code ics diagram}, one per format: whatever the names of a system, its ICB, a board member, an
 * organisation, a place and an arrangement hold, the diagram has exactly the lines of the same system with plain
 * names, every label stays within its quotes, and no control character is written. The seeds
 * ({@code DiagramFuzzTestInputs/}) are hostile names: a newline followed by a Mermaid {@code click} with a
 * {@code javascript:} link (once injected through a {@code %%} comment), ESC and BEL sequences, a Mermaid
 * directive, HTML, DOT statements after an escaped quote, bidirectional controls. The input is UTF-8 text, the
 * names separated by U+001E.
 */
class DiagramFuzzTest {
  private static final Pattern CONTROL =
      Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F\\x{80}-\\x{9F}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

  @FuzzTest(maxDuration = "5m")
  void mermaid(FuzzedDataProvider data) {
    IntegratedCareSystem[] systems = systems(data);
    if (systems == null) {
      return;
    }
    String plain = Diagram.mermaid(systems[0]);
    String hostile = Diagram.mermaid(systems[1]);
    assertThat(hostile).doesNotContainPattern(CONTROL).doesNotContain("<", ">", "`", "%%{");
    assertThat(hostile.lines().count()).isEqualTo(plain.lines().count());
    List<String> hostileLines = hostile.lines().toList();
    List<String> plainLines = plain.lines().toList();
    for (int i = 0; i < hostileLines.size(); i++) {
      // Each line is the same statement with other label text: the same start, and quotes only around labels.
      assertThat(skeleton(hostileLines.get(i), '#')).isEqualTo(skeleton(plainLines.get(i), '#'));
    }
  }

  @FuzzTest(maxDuration = "5m")
  void dot(FuzzedDataProvider data) {
    IntegratedCareSystem[] systems = systems(data);
    if (systems == null) {
      return;
    }
    String plain = Diagram.dot(systems[0]);
    String hostile = Diagram.dot(systems[1]);
    assertThat(hostile).doesNotContainPattern(CONTROL);
    assertThat(hostile.lines().count()).isEqualTo(plain.lines().count());
    List<String> hostileLines = hostile.lines().toList();
    List<String> plainLines = plain.lines().toList();
    for (int i = 0; i < hostileLines.size(); i++) {
      assertThat(skeleton(hostileLines.get(i), '\\')).isEqualTo(skeleton(plainLines.get(i), '\\'));
    }
  }

  private static final Pattern DOT_STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern MERMAID_STRING = Pattern.compile("\"[^\"]*\"");

  /** A line with every quoted string replaced by "", so that only the syntax around the labels remains. */
  static String skeleton(String line, char escape) {
    Matcher matcher = (escape == '\\' ? DOT_STRING : MERMAID_STRING).matcher(line);
    String rest = matcher.replaceAll("\"\"");
    if (escape == '#') {
      // The Mermaid comment carries the system's name unquoted, escaped like a label.
      rest = rest.startsWith("  %% ") ? "  %% " : rest;
    }
    return rest;
  }

  /** The Northshire system with plain names, and with the fuzzer's names; null if the model refuses a name. */
  private static IntegratedCareSystem[] systems(FuzzedDataProvider data) {
    String[] names = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8).split("\u001E", -1);
    try {
      return new IntegratedCareSystem[] {named(names, true), named(names, false)};
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private static IntegratedCareSystem named(String[] names, boolean plain) {
    IntegratedCareSystem system = IcsJson.readSystem(Path.of("data", "northshire.json"));
    String name = name(names, 0, plain, system.name());
    system = system.withName(name)
        .withIcb(system.icb().withName(name(names, 1, plain, system.icb().name())));
    List<BoardMember> members = new ArrayList<>(system.icb().board().members());
    members.set(0, members.get(0).withName(name(names, 2, plain, members.get(0).name())));
    system = system.withIcb(system.icb().withBoard(system.icb().board().withMembers(members)));
    List<Organisation> organisations = new ArrayList<>(system.organisations());
    for (int i = 0; i < organisations.size(); i++) {
      organisations.set(i, organisations.get(i).withName(name(names, 3 + i % 2, plain, organisations.get(i).name())));
    }
    system = system.withOrganisations(organisations);
    List<PlaceBasedPartnership> places = new ArrayList<>(system.places());
    if (!places.isEmpty()) {
      places.set(0, places.get(0).withName(name(names, 5, plain, places.get(0).name())));
      system = system.withPlaces(places);
    }
    List<CooperationArrangement> arrangements = new ArrayList<>(system.arrangements());
    if (!arrangements.isEmpty()) {
      arrangements.set(0, arrangements.get(0).withName(name(names, 6, plain, "Arrangement")));
      system = system.withArrangements(arrangements);
    }
    return system;
  }

  private static String name(String[] names, int index, boolean plain, String fallback) {
    String hostile = index < names.length && !names[index].isBlank() ? names[index] : fallback;
    return plain ? "Plain " + index : hostile;
  }
}
