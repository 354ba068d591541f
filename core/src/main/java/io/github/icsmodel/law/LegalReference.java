package io.github.icsmodel.law;

import io.github.icsmodel.InvalidValueException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a provision of an Act or statutory instrument: a section ({@code s.14Z35}) or a paragraph of a
 * schedule ({@code Sch. 1B para 8}), optionally narrowed to a subdivision such as {@code (2)(a)}.
 *
 * <p>Examples: {@code LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("(a)")} cites
 * "NHS Act 2006 s.14Z35(a)"; {@code LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "8")
 * .subdivision("(2)")} cites "NHS Act 2006 Sch. 1B para 8(2)". Instances are immutable and value-based.
 */
public final class LegalReference implements Basis {
  private static final Pattern NUMBER = Pattern.compile("[0-9]+[A-Z]*[0-9]*[A-Z]*");
  private static final Pattern SUBDIVISION = Pattern.compile("(\\([0-9A-Za-z]+\\))+");

  private final Act act;
  private final String schedule;
  private final String number;
  private final String subdivision;

  private LegalReference(Act act, String schedule, String number, String subdivision) {
    this.act = act;
    this.schedule = schedule;
    this.number = number;
    this.subdivision = subdivision;
  }

  /**
   * Refers to a section of an Act, or a regulation of a statutory instrument.
   *
   * @param act the Act
   * @param section the section number, such as {@code "14Z35"} or {@code "116ZA"}
   * @return the reference
   * @throws InvalidValueException if the section number is not a number with optional letters
   */
  public static LegalReference section(Act act, String section) {
    Objects.requireNonNull(act, "act");
    return new LegalReference(act, null, checkNumber(section), "");
  }

  /**
   * Refers to a paragraph of a schedule.
   *
   * @param act the Act
   * @param schedule the schedule number, such as {@code "1B"}
   * @param paragraph the paragraph number, such as {@code "8"}
   * @return the reference
   * @throws InvalidValueException if a number is malformed
   */
  public static LegalReference scheduleParagraph(Act act, String schedule, String paragraph) {
    Objects.requireNonNull(act, "act");
    return new LegalReference(act, checkNumber(schedule), checkNumber(paragraph), "");
  }

  /**
   * Returns a reference narrowed to a subdivision of this provision.
   *
   * @param subdivision one or more bracketed parts, such as {@code "(2)(a)"}
   * @return the narrower reference
   * @throws InvalidValueException if the subdivision is not in bracketed form
   */
  public LegalReference subdivision(String subdivision) {
    Objects.requireNonNull(subdivision, "subdivision");
    if (!SUBDIVISION.matcher(subdivision).matches()) {
      throw new InvalidValueException(
          "not a subdivision of a provision: \"" + subdivision + "\" (expected bracketed parts such as (2)(a))");
    }
    return new LegalReference(act, schedule, number, this.subdivision + subdivision);
  }

  private static String checkNumber(String number) {
    Objects.requireNonNull(number, "number");
    if (!NUMBER.matcher(number).matches()) {
      throw new InvalidValueException("not a section, schedule or paragraph number: \"" + number + "\"");
    }
    return number;
  }

  /**
   * Returns the Act or statutory instrument.
   *
   * @return the act
   */
  public Act act() {
    return act;
  }

  /**
   * Returns the schedule number, if this refers to a schedule paragraph.
   *
   * @return the schedule, such as {@code "1B"}
   */
  public Optional<String> schedule() {
    return Optional.ofNullable(schedule);
  }

  /**
   * Returns the section number, or the paragraph number for a schedule paragraph.
   *
   * @return the number, such as {@code "14Z35"}
   */
  public String number() {
    return number;
  }

  /**
   * Returns the subdivision, or an empty string for the whole provision.
   *
   * @return the subdivision, such as {@code "(2)(a)"}
   */
  public String subdivisionText() {
    return subdivision;
  }

  /**
   * Returns the provision without its subdivision.
   *
   * @return the whole section or paragraph
   */
  public LegalReference whole() {
    return subdivision.isEmpty() ? this : new LegalReference(act, schedule, number, "");
  }

  /**
   * Returns the citation without the Act, such as {@code "s.14Z35(a)"} or {@code "Sch. 1B para 8(2)"}.
   *
   * @return the pinpoint
   */
  public String pinpoint() {
    if (schedule != null) {
      return "Sch. " + schedule + " para " + number + subdivision;
    }
    String prefix = act.isStatutoryInstrument() ? "reg " : "s.";
    return prefix + number + subdivision;
  }

  @Override
  public String citation() {
    return act.shortTitle() + " " + pinpoint();
  }

  @Override
  public boolean isStatutory() {
    return true;
  }

  /**
   * Returns the commencement of the provision as the library's legal sources record it: 1 July 2022 for the
   * provisions of the NHS Act 2006 and LGPIHA 2007 inserted by the Health and Care Act 2022 and commenced by
   * S.I. 2022/734 (among them ss.14Z25 to 14Z64 and Schedule 1B); empty for a provision whose commencement is not
   * recorded.
   *
   * @return the commencement, if recorded
   */
  @Override
  public Optional<StartDate> startDate() {
    return Commencements.of(this);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LegalReference)) {
      return false;
    }
    LegalReference other = (LegalReference) obj;
    return act == other.act
        && Objects.equals(schedule, other.schedule)
        && number.equals(other.number)
        && subdivision.equals(other.subdivision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(act, schedule, number, subdivision);
  }

  /** Returns the citation, as {@link #citation()}. */
  @Override
  public String toString() {
    return citation();
  }
}
