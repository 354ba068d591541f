package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.purpose.CorePurpose;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the data of the built-in {@link DutyCatalogue}, the resource {@value #RESOURCE} beside this class: every
 * duty, its provision, holder, form of words and, where held, its verbatim text with its limbs, text version and
 * source. The format is described at the head of the resource. Reading is strict: an unknown field, a field given
 * twice or out of place, a text without its source or a value that does not parse stops the read with the line
 * number and the reason.
 */
final class BuiltInDuties {
  /** The name of the resource, beside this class. */
  static final String RESOURCE = "statutory-duties.txt";

  private static final Pattern FIELD = Pattern.compile("([a-z][a-z-]*):(?: (.*))?");
  private static final Pattern SOURCE = Pattern.compile("@source ([a-z0-9]+) ([a-z-]+): (\\S.*)");
  private static final Pattern LIMB = Pattern.compile("(\\S+) \\[([a-z-]+)\\] (\\S.*)");
  private static final List<String> DUTY_FIELDS = List.of(
      "short-title", "statutory-short-title", "provision", "owed-by", "strength", "summary", "in-force-from",
      "purposes", "text-version");

  private BuiltInDuties() {}

  static ImmutableList<StatutoryDuty> all() {
    try (InputStream in = BuiltInDuties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + RESOURCE + " is missing beside " + BuiltInDuties.class);
      }
      return new Reader(RESOURCE).read(lines(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses duty data in the format of {@value #RESOURCE}.
   *
   * @param name the name of the data, for messages
   * @param data the text
   * @return the duties, in the order given
   * @throws InvalidValueException with {@code name:line:} and the reason, if the data is malformed
   */
  static ImmutableList<StatutoryDuty> parse(String name, String data) {
    return new Reader(name).read(List.of(data.split("\n", -1)));
  }

  /**
   * Splits UTF-8 text into its lines, as {@code split("\n", -1)} splits the decoded text, decoding each line on its
   * own: most lines are ASCII, which Java copies without decoding, while decoding the whole text at once decodes
   * every character of it, one by one, for the few that are not (about a fifth of the catalogue's first read in a
   * fresh process; issue 22).
   *
   * @param utf8 the text
   * @return its lines, the text after the last line feed included (empty if the text ends with one)
   */
  static List<String> lines(byte[] utf8) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '\n') {
        lines.add(new String(utf8, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    lines.add(new String(utf8, start, utf8.length - start, StandardCharsets.UTF_8));
    return lines;
  }

  /** The stages of a duty entry, in the order they must come. */
  private enum Stage {
    FIELDS, TEXT, LIMBS, NOTES
  }

  /** A limb read but not yet built: its fields as written, its text lines and the line it starts on. */
  private record PendingLimb(String id, String strength, String label, List<String> lines, int line) {}

  /** One pass over the data; not reused. */
  private static final class Reader {
    private final String name;
    private final Map<String, String> sources = new HashMap<>();
    private final Set<DutyId> seen = new HashSet<>();
    private final ImmutableList.Builder<StatutoryDuty> duties = ImmutableList.builder();
    private int lineNumber;
    // The duty being read.
    private DutyId id;
    private int idLine;
    private Map<String, String> fields;
    private Map<String, Integer> fieldLines;
    private Stage stage;
    private List<String> text;
    private List<PendingLimb> limbs;
    private List<String> notes;
    /** The lines that "| " lines add to: the text or the last limb's; null when none may follow. */
    private List<String> open;

    Reader(String name) {
      this.name = name;
    }

    ImmutableList<StatutoryDuty> read(List<String> lines) {
      for (int i = 0; i < lines.size(); i++) {
        lineNumber = i + 1;
        line(lines.get(i));
      }
      finish();
      return duties.build();
    }

    private InvalidValueException error(int line, String reason) {
      return new InvalidValueException(name + ":" + line + ": " + reason);
    }

    private InvalidValueException error(String reason) {
      return error(lineNumber, reason);
    }

    private void line(String line) {
      if (line.endsWith(" ") || line.endsWith("\t") || line.endsWith("\r")) {
        throw error("trailing white space");
      }
      if (line.startsWith("|")) {
        textLine(line);
        return;
      }
      open = null;
      if (line.isEmpty() || line.startsWith("#")) {
        return;
      }
      if (line.startsWith("@source")) {
        source(line);
      } else if (line.startsWith("== ")) {
        finish();
        start(line.substring(3));
      } else if (id == null) {
        throw error("expected \"== DUTY-ID\", \"@source\" or a comment before the first duty, found \"" + line + "\"");
      } else {
        Matcher field = FIELD.matcher(line);
        if (!field.matches()) {
          throw error("expected \"field: value\", \"| text\" or \"== DUTY-ID\", found \"" + line + "\"");
        }
        field(field.group(1), field.group(2) == null ? "" : field.group(2));
      }
    }

    private void textLine(String line) {
      if (open == null) {
        throw error("a \"|\" line must follow \"text:\", \"limb:\" or another \"|\" line");
      }
      if (line.length() > 1 && !line.startsWith("| ")) {
        throw error("a text line starts with \"| \" (a bar and a space)");
      }
      open.add(line.length() > 1 ? line.substring(2) : "");
    }

    private void source(String line) {
      if (id != null) {
        throw error("@source lines come before the first duty");
      }
      Matcher source = SOURCE.matcher(line);
      if (!source.matches()) {
        throw error("expected \"@source ACT VERSION: TEXT\", found \"" + line + "\"");
      }
      TextVersion version = parse(() -> TextVersion.of(source.group(2)));
      String key = source.group(1) + " " + version.jsonName();
      if (sources.put(key, source.group(3)) != null) {
        throw error("a second @source for " + key);
      }
    }

    private void start(String header) {
      id = parse(() -> DutyId.of(header));
      idLine = lineNumber;
      if (!seen.add(id)) {
        throw error("duty " + id + " is given twice");
      }
      fields = new LinkedHashMap<>();
      fieldLines = new HashMap<>();
      stage = Stage.FIELDS;
      text = null;
      limbs = new ArrayList<>();
      notes = new ArrayList<>();
    }

    private void field(String key, String value) {
      if (DUTY_FIELDS.contains(key)) {
        requireStage(Stage.FIELDS, key);
        requireValue(key, value);
        if (fields.put(key, value) != null) {
          throw error("\"" + key + "\" is given twice for " + id);
        }
        fieldLines.put(key, lineNumber);
        return;
      }
      switch (key) {
        case "text":
          requireStage(Stage.TEXT, key);
          if (!value.isEmpty() || text != null) {
            throw error(text != null ? "\"text\" is given twice for " + id : "the text starts on the next line");
          }
          text = new ArrayList<>();
          open = text;
          break;
        case "limb":
          requireStage(Stage.LIMBS, key);
          requireValue(key, value);
          Matcher limb = LIMB.matcher(value);
          if (!limb.matches()) {
            throw error("expected \"limb: LIMB-ID [STRENGTH] LABEL\", found \"limb: " + value + "\"");
          }
          List<String> lines = new ArrayList<>();
          limbs.add(new PendingLimb(limb.group(1), limb.group(2), limb.group(3), lines, lineNumber));
          open = lines;
          break;
        case "note":
          requireStage(Stage.NOTES, key);
          requireValue(key, value);
          notes.add(value);
          break;
        default:
          throw error("unknown field \"" + key + "\"; expected one of " + String.join(", ", DUTY_FIELDS)
              + ", text, limb, note");
      }
    }

    private void requireStage(Stage wanted, String key) {
      if (stage.compareTo(wanted) > 0) {
        throw error("\"" + key + "\" must come before the " + stage.name().toLowerCase(Locale.ROOT)
            + " of " + id);
      }
      stage = wanted;
    }

    private void requireValue(String key, String value) {
      if (value.isBlank()) {
        throw error("\"" + key + "\" needs a value");
      }
    }

    private String required(String key) {
      String value = fields.get(key);
      if (value == null) {
        throw error(idLine, "duty " + id + " has no \"" + key + "\"");
      }
      return value;
    }

    private int lineOf(String key) {
      return fieldLines.getOrDefault(key, idLine);
    }

    private void finish() {
      if (id == null) {
        return;
      }
      int line = idLine;
      String statutoryTitle = fields.get("statutory-short-title");
      String title = fields.get("short-title");
      if ((statutoryTitle == null) == (title == null)) {
        throw error(line, "duty " + id + " needs exactly one of \"short-title\" and \"statutory-short-title\"");
      }
      StatutoryDuty.Builder duty = StatutoryDuty.builder()
          .id(id)
          .shortTitle(statutoryTitle != null ? statutoryTitle : title)
          .hasStatutoryShortTitle(statutoryTitle != null)
          .owedBy(parse(lineOf("owed-by"), () -> DutyHolder.of(required("owed-by"))))
          .strength(parse(lineOf("strength"), () -> DutyStrength.of(required("strength"))))
          .summary(required("summary"))
          .addAllNotes(notes);
      String provision = fields.get("provision");
      duty.provision(provision == null
          ? id.toLegalReference()
          : parse(lineOf("provision"), () -> id.toLegalReference().subdivision(provision)));
      String inForce = fields.get("in-force-from");
      if (inForce != null) {
        duty.inForceFrom(parse(lineOf("in-force-from"), () -> LocalDate.parse(inForce)));
      }
      String purposes = fields.get("purposes");
      if (purposes != null) {
        for (String purpose : purposes.split(", ", -1)) {
          duty.addPurposes(parse(lineOf("purposes"), () -> CorePurpose.of(purpose)));
        }
      }
      String version = fields.get("text-version");
      if ((version == null) != (text == null)) {
        throw error(line, "duty " + id + ": \"text-version\" is given exactly when \"text\" is");
      }
      if (text != null) {
        TextVersion textVersion = parse(lineOf("text-version"), () -> TextVersion.of(version));
        String act = id.toString().substring(0, id.toString().indexOf(':'));
        if (!sources.containsKey(act + " " + textVersion.jsonName())) {
          throw error(line, "duty " + id + ": no @source for " + act + " " + textVersion.jsonName());
        }
        duty.text(joined(line, text, "text")).textVersion(textVersion);
      }
      for (PendingLimb limb : limbs) {
        duty.addLimbs(parse(limb.line(), () -> DutyLimb.builder()
            .id(DutyId.of(limb.id()))
            .strength(DutyStrength.of(limb.strength()))
            .label(limb.label())
            .text(joined(limb.line(), limb.lines(), "limb"))
            .build()));
      }
      duties.add(parse(line, duty::build));
      id = null;
      open = null;
    }

    private String joined(int line, List<String> lines, String what) {
      if (lines.isEmpty()) {
        throw error(line, "the " + what + " of " + id + " has no \"| \" lines");
      }
      return String.join("\n", lines);
    }

    private <T> T parse(Supplier<T> parser) {
      return parse(lineNumber, parser);
    }

    private <T> T parse(int line, Supplier<T> parser) {
      try {
        return parser.get();
      } catch (InvalidValueException | DateTimeParseException | IllegalStateException e) {
        throw error(line, e.getMessage());
      }
    }
  }
}
