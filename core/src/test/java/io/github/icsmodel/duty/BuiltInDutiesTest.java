package io.github.icsmodel.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.purpose.CorePurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader of the duty data: a well-formed entry in, the duty out; a malformed one refused with its line. */
class BuiltInDutiesTest {
  private static final String SOURCES = String.join("\n",
      "# a comment",
      "@source nhsa2006 as-enacted: Health and Care Act 2022, revised text",
      "");

  private static final String ENTRY = String.join("\n",
      "== nhsa2006:14Z30",
      "short-title: Conflicts of interest",
      "provision: (1)",
      "owed-by: icb",
      "strength: must",
      "summary: Keep registers",
      "in-force-from: 2022-07-01",
      "purposes: improve-population-health-and-healthcare",
      "text-version: as-enacted",
      "text:",
      "| (1) First line—",
      "| (a) second line.",
      "limb: nhsa2006:14Z30(1) [must] registers of interests",
      "| (1) First line—",
      "note: A note.",
      "");

  private static String data(String entry) {
    return SOURCES + entry;
  }

  @Test
  void reads_a_well_formed_entry() {
    List<StatutoryDuty> duties = BuiltInDuties.parse("test", data(ENTRY));

    assertThat(duties).hasSize(1);
    StatutoryDuty duty = duties.get(0);
    assertThat(duty.id()).isEqualTo(DutyId.of("nhsa2006:14Z30"));
    assertThat(duty.shortTitle()).isEqualTo("Conflicts of interest");
    assertThat(duty.hasStatutoryShortTitle()).isFalse();
    assertThat(duty.provision().pinpoint()).isEqualTo("s.14Z30(1)");
    assertThat(duty.owedBy()).isEqualTo(DutyHolder.ICB);
    assertThat(duty.strength()).isEqualTo(DutyStrength.MUST);
    assertThat(duty.inForceFrom()).contains(LocalDate.of(2022, 7, 1));
    assertThat(duty.purposes()).containsExactly(CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE);
    assertThat(duty.text()).contains("(1) First line—\n(a) second line.");
    assertThat(duty.textVersion()).contains(TextVersion.AS_ENACTED);
    assertThat(duty.limbs()).singleElement().satisfies(limb -> {
      assertThat(limb.label()).isEqualTo("registers of interests");
      assertThat(limb.text()).isEqualTo("(1) First line—");
    });
    assertThat(duty.notes()).containsExactly("A note.");
  }

  @Test
  void a_statutory_short_title_is_its_own_field() {
    StatutoryDuty duty = BuiltInDuties.parse("test", data(ENTRY.replace("short-title:", "statutory-short-title:")))
        .get(0);

    assertThat(duty.hasStatutoryShortTitle()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      unknown field             | summary: Keep registers                | colour: red                       | test:8: unknown field "colour"
      field given twice         | strength: must                         | summary: again                    | test:8: "summary" is given twice
      unknown holder            | owed-by: icb                           | owed-by: the-moon                 | test:6: unknown
      bad date                  | in-force-from: 2022-07-01              | in-force-from: 1 July 2022        | test:9:
      field after the text      | note: A note.                          | strength: may                     | test:17: "strength" must come before the limbs
      text without bar          | "| (a) second line."                   | (a) second line.                  | test:14: expected "field: value"
      bar without space         | "| (a) second line."                   | "|(a) second line."               | test:14: a text line starts with "| "
      bar after a note          | note: A note.                          | "| stray"                         | test:17: a "|" line must follow
      trailing space            | summary: Keep registers                | "summary: Keep registers "        | test:8: trailing white space
      bad limb header           | limb: nhsa2006:14Z30(1) [must] registers of interests | limb: nhsa2006:14Z30(1) registers | test:15: expected "limb: LIMB-ID [STRENGTH] LABEL"
      limb of another duty      | limb: nhsa2006:14Z30(1) [must] registers of interests | limb: nhsa2006:14Z31(1) [must] registers | test:3: duty nhsa2006:14Z30: limb nhsa2006:14Z31(1) belongs to another duty
      text without version      | text-version: as-enacted               | # no version                      | test:3: duty nhsa2006:14Z30: "text-version" is given exactly when "text" is
      text without its source   | text-version: as-enacted               | text-version: revised             | test:3: duty nhsa2006:14Z30: no @source for nhsa2006 revised
      bad duty id               | == nhsa2006:14Z30                      | == nhsa2006 14Z30                 | test:3:
      """)
  void refuses_a_malformed_entry(String what, String line, String replacement, String message) {
    String broken = ENTRY.replace(line, replacement);
    assertThat(broken).as(what).isNotEqualTo(ENTRY);

    assertThatThrownBy(() -> BuiltInDuties.parse("test", data(broken)))
        .as(what)
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith(message.substring(0, message.indexOf(':', 5) + 1))
        .hasMessageContaining(message.substring(message.indexOf(':', 5) + 1).strip());
  }

  @Test
  void refuses_a_duty_without_a_title_or_with_two() {
    assertThatThrownBy(() -> BuiltInDuties.parse("test", data(ENTRY.replace("short-title: Conflicts of interest\n",
        ""))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("test:3: duty nhsa2006:14Z30 needs exactly one of \"short-title\" and \"statutory-short-title\"");
    assertThatThrownBy(() -> BuiltInDuties.parse("test", data(ENTRY.replace("provision: (1)",
        "statutory-short-title: Conflicts"))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("needs exactly one of");
  }

  @Test
  void refuses_a_duty_given_twice_and_fields_before_the_first_duty() {
    assertThatThrownBy(() -> BuiltInDuties.parse("test", data(ENTRY + "\n" + ENTRY)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("test:19: duty nhsa2006:14Z30 is given twice");
    assertThatThrownBy(() -> BuiltInDuties.parse("test", "summary: orphan\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("test:1: expected \"== DUTY-ID\"");
    assertThatThrownBy(() -> BuiltInDuties.parse("test", data(ENTRY) + "@source hsca2012 revised: late\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("test:18: @source lines come before the first duty");
  }

  @Test
  void the_built_in_data_is_in_statute_order_of_acts_and_every_text_has_a_version() {
    List<StatutoryDuty> duties = BuiltInDuties.all();
    List<Act> acts = duties.stream().map(duty -> duty.id().act()).distinct().collect(Collectors.toList());

    assertThat(acts).containsExactly(Act.NHS_ACT_2006, Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007,
        Act.HEALTH_AND_SOCIAL_CARE_ACT_2012);
    assertThat(duties).allSatisfy(duty -> assertThat(duty.text().isPresent()).isEqualTo(
        duty.textVersion().isPresent()));
    for (Act act : acts) {
      List<Boolean> inSchedule = duties.stream().filter(duty -> duty.id().act() == act)
          .map(duty -> duty.id().isScheduleParagraph()).collect(Collectors.toList());
      assertThat(inSchedule).as("sections before schedule paragraphs in " + act).isSorted();
    }
    assertThat(duties).isEqualTo(DutyCatalogue.builtIn().all());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"", "\n", "a", "a\n", "a\nb", "\n\nb\n",
      "s.14Z35 \u2014 \u201creduce inequalities\u201d\nplain\n", "\u00e9\n\n\u20ac"})
  void linesSplitTheBytesAsSplitSplitsTheText(String text) {
    assertThat(BuiltInDuties.lines(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .containsExactly(text.split("\n", -1));
  }

  @Test
  void theShippedDataReadLineByLineAsAWhole() throws Exception {
    byte[] shipped;
    try (java.io.InputStream in = BuiltInDuties.class.getResourceAsStream(BuiltInDuties.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    String whole = new String(shipped, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(whole).as("the data have characters beyond ASCII").matches("(?s).*[^\\x00-\\x7f].*");
    assertThat(BuiltInDuties.lines(shipped)).containsExactly(whole.split("\n", -1));
    assertThat(BuiltInDuties.all()).isEqualTo(BuiltInDuties.parse(BuiltInDuties.RESOURCE, whole));
  }
}
