package io.github.icsmodel.internal;

import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.DutyLimb;
import io.github.icsmodel.duty.StatutoryDuty;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verbatim statute text for rule quotations, taken from the built-in {@link DutyCatalogue}, where each text is held
 * once. A quotation is the catalogue's text with its lines joined by a space. Internal: not part of the API.
 */
public final class Statute {
  /** A line that opens a numbered subsection or sub-paragraph, such as "(2) " or "(3A) ". */
  private static final Pattern NUMBERED = Pattern.compile("\\((\\d+[A-Z]*)\\) .*");

  private Statute() {}

  /**
   * Returns the verbatim text of a duty or of one of its limbs, on one line.
   *
   * @param id a duty id such as {@code "nhsa2006:14Z29"} or a limb id such as {@code "nhsa2006:14Z30(1)"}
   * @return the text
   * @throws IllegalStateException if the catalogue does not hold the text
   */
  public static String text(String id) {
    DutyId dutyId = DutyId.of(id);
    DutyCatalogue catalogue = DutyCatalogue.builtIn();
    String text = dutyId.isLimb()
        ? catalogue.findLimb(dutyId).map(DutyLimb::text).orElse(null)
        : catalogue.find(dutyId).flatMap(StatutoryDuty::text).orElse(null);
    if (text == null) {
      throw new IllegalStateException("the duty catalogue holds no text of " + id);
    }
    return oneLine(List.of(text.split("\n", -1)));
  }

  /**
   * Returns the verbatim text of a duty that the catalogue holds for one numbered subsection of its section, such
   * as s.72(1), on one line and led by that number, as the Act prints it.
   *
   * @param dutyId a duty id such as {@code "nhsa2006:72"}, whose provision is a subsection such as {@code (1)}
   * @return the text, such as {@code "(1) It is the duty of NHS bodies ..."}
   * @throws IllegalStateException if the catalogue holds no text of the duty or its provision is the whole section
   */
  public static String numbered(String dutyId) {
    StatutoryDuty duty = DutyCatalogue.builtIn().find(DutyId.of(dutyId)).orElseThrow(
        () -> new IllegalStateException("the duty catalogue holds no duty " + dutyId));
    String number = duty.provision().subdivisionText();
    if (number.isEmpty()) {
      throw new IllegalStateException("the duty " + dutyId + " is a whole section, not one subsection of it");
    }
    return number + " " + text(dutyId);
  }

  /**
   * Returns a numbered subsection (or, in a Schedule, sub-paragraph) of a duty's verbatim text, from the line that
   * opens it to the line before the next numbered one, on one line.
   *
   * @param dutyId a duty id such as {@code "nhsa2006:14Z52"}
   * @param number the number without brackets, such as {@code "2"}
   * @return the text, starting with {@code "(number) "}
   * @throws IllegalStateException if the catalogue does not hold the text or the text has no such subsection
   */
  public static String subsection(String dutyId, String number) {
    String text = DutyCatalogue.builtIn().find(DutyId.of(dutyId)).flatMap(StatutoryDuty::text).orElseThrow(
        () -> new IllegalStateException("the duty catalogue holds no text of " + dutyId));
    List<String> lines = new ArrayList<>();
    boolean inside = false;
    for (String line : text.split("\n", -1)) {
      Matcher numbered = NUMBERED.matcher(line);
      if (numbered.matches()) {
        inside = numbered.group(1).equals(number);
      }
      if (inside) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw new IllegalStateException("the text of " + dutyId + " in the duty catalogue has no (" + number + ")");
    }
    return oneLine(lines);
  }

  private static String oneLine(List<String> lines) {
    return String.join(" ", lines);
  }
}
