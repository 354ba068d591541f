package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableBiMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of a statutory duty, or of one limb of a duty, named after the provision that imposes it: an
 * Act code, a colon, the section number and, for a limb, the subdivision.
 *
 * <p>Examples: {@code nhsa2006:14Z35} is the duty of each integrated care board as to reducing inequalities
 * (National Health Service Act 2006 s.14Z35); {@code nhsa2006:14Z35(a)} is its access limb;
 * {@code lgpiha2007:116ZA} is the duty to establish an integrated care partnership (Local Government and Public
 * Involvement in Health Act 2007 s.116ZA); {@code hsca2012:194} is the duty of a relevant integrated care board
 * to co-operate with the Health and Wellbeing Board (Health and Social Care Act 2012 s.194(10)).
 *
 * <p>A whole duty is identified by its section alone, even where the duty sits in one subsection of it (the
 * duty's {@link StatutoryDuty#provision() provision} gives the subsection); a {@linkplain #isLimb() limb} adds
 * the subdivision that states the limb, such as {@code (a)} or {@code (1)(b)}. The Act codes are:
 *
 * <ul>
 *   <li>{@code nhsa2006}: the National Health Service Act 2006;
 *   <li>{@code lgpiha2007}: the Local Government and Public Involvement in Health Act 2007;
 *   <li>{@code hsca2012}: the Health and Social Care Act 2012.
 * </ul>
 *
 * <p>A duty imposed by a paragraph of a schedule is named {@code sch}, the schedule number, a dot and the paragraph
 * number: {@code nhsa2006:sch1B.13} is paragraph 13 of Schedule 1B to the NHS Act 2006 (the constitution's
 * conflict-of-interest arrangements), and {@code nhsa2006:sch1B.11(4)(a)} one limb of paragraph 11.
 *
 * <p>A section number is digits followed by capital letters and digits ({@code 72}, {@code 14Z35},
 * {@code 223GC}); a subdivision is one or more bracketed parts, each a number with optional capital letters
 * ({@code (1)}, {@code (1A)}) or lower-case letters ({@code (a)}, {@code (ii)}). The text is never normalised:
 * {@code of("nhsa2006:14z35")} is refused with a message that names the canonical form.
 *
 * <p>Instances are immutable, thread-safe and value-based; {@code DutyId.of(id.toString())} equals {@code id}.
 */
public final class DutyId implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LENGTH = 64;
  private static final ImmutableBiMap<String, Act> ACTS =
      ImmutableBiMap.of(
          "nhsa2006", Act.NHS_ACT_2006,
          "lgpiha2007", Act.LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007,
          "hsca2012", Act.HEALTH_AND_SOCIAL_CARE_ACT_2012);
  private static final Pattern FORM =
      Pattern.compile("([a-z]+[0-9]{4}):((?:sch[1-9][0-9]*[A-Z]*\\.)?[1-9][0-9]*[A-Z]*[0-9]*[A-Z]*)"
          + "((?:\\((?:[1-9][0-9]*[A-Z]*|[a-z]+)\\))*)");

  private final String actCode;
  private final String section;
  private final String subdivision;

  private DutyId(String actCode, String section, String subdivision) {
    this.actCode = actCode;
    this.section = section;
    this.subdivision = subdivision;
  }

  /**
   * Obtains a duty id from its canonical text.
   *
   * @param text the id, such as {@code "nhsa2006:14Z35"} or {@code "nhsa2006:14Z43(1)(a)"}
   * @return the id
   * @throws InvalidValueException if the text is not in the form described above or names an unknown Act code
   * @throws NullPointerException if text is null
   */
  public static DutyId of(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = text.length() <= MAX_LENGTH ? FORM.matcher(text) : null;
    if (matcher == null || !matcher.matches()) {
      throw new InvalidValueException("not a duty id: \"" + text + "\"" + hint(text));
    }
    String actCode = matcher.group(1);
    if (!ACTS.containsKey(actCode)) {
      throw new InvalidValueException(
          "not a duty id: \"" + text + "\" (unknown Act code \"" + actCode + "\"; expected one of: "
              + String.join(", ", ACTS.keySet()) + ")");
    }
    return new DutyId(actCode, matcher.group(2), matcher.group(3));
  }

  private static String hint(String text) {
    int colon = text.indexOf(':');
    if (colon > 0 && text.length() <= MAX_LENGTH) {
      int bracket = text.indexOf('(', colon);
      int sectionEnd = bracket < 0 ? text.length() : bracket;
      String fixed =
          text.substring(0, colon).strip().toLowerCase(Locale.ROOT)
              + ":"
              + text.substring(colon + 1, sectionEnd).strip().toUpperCase(Locale.ROOT)
              + text.substring(sectionEnd).strip();
      if (!fixed.equals(text) && FORM.matcher(fixed).matches()) {
        return " (did you mean \"" + fixed + "\"?)";
      }
    }
    return " (expected an Act code, a colon, a section number and optional bracketed subdivisions, such as"
        + " nhsa2006:14Z35 or nhsa2006:14Z35(a))";
  }

  /**
   * Returns the Act whose provision imposes the duty.
   *
   * @return the Act
   */
  public Act act() {
    return ACTS.get(actCode);
  }

  /**
   * Returns the section number, such as {@code "14Z35"}, or for a schedule paragraph the schedule and paragraph,
   * such as {@code "sch1B.13"}.
   *
   * @return the section
   */
  public String section() {
    return section;
  }

  /**
   * Returns whether the id names a paragraph of a schedule, such as {@code nhsa2006:sch1B.13}, rather than a
   * section.
   *
   * @return true for a schedule paragraph
   */
  public boolean isScheduleParagraph() {
    return section.startsWith("sch");
  }

  /**
   * Returns the subdivision that states a limb, such as {@code "(a)"} or {@code "(1)(b)"}, or an empty string
   * for a whole duty.
   *
   * @return the subdivision
   */
  public String subdivision() {
    return subdivision;
  }

  /**
   * Returns whether this identifies one limb of a duty, such as {@code nhsa2006:14Z35(a)}, rather than a whole
   * duty.
   *
   * @return true if there is a subdivision
   */
  public boolean isLimb() {
    return !subdivision.isEmpty();
  }

  /**
   * Returns the id of the whole duty: this id without its subdivision, such as {@code nhsa2006:14Z35} for
   * {@code nhsa2006:14Z35(a)}. A whole-duty id returns itself.
   *
   * @return the whole-duty id
   */
  public DutyId wholeDuty() {
    return isLimb() ? new DutyId(actCode, section, "") : this;
  }

  /**
   * Returns the provision this id names, such as "NHS Act 2006 s.14Z35(a)". For a whole duty this is the whole
   * section; the duty's own {@link StatutoryDuty#provision()} may be narrower.
   *
   * @return the legal reference
   */
  public LegalReference toLegalReference() {
    LegalReference reference = isScheduleParagraph()
        ? LegalReference.scheduleParagraph(act(), section.substring(3, section.indexOf('.')),
            section.substring(section.indexOf('.') + 1))
        : LegalReference.section(act(), section);
    return isLimb() ? reference.subdivision(subdivision) : reference;
  }

  /** Re-validates a deserialized id, so that a crafted stream cannot make an id {@link #of(String)} refuses. */
  private Object readResolve() {
    return of(toString());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof DutyId)) {
      return false;
    }
    DutyId other = (DutyId) obj;
    return actCode.equals(other.actCode) && section.equals(other.section) && subdivision.equals(other.subdivision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actCode, section, subdivision);
  }

  /**
   * Returns the canonical text of the id, such as {@code "nhsa2006:14Z35(a)"}, which {@link #of(String)} reads
   * back.
   */
  @Override
  public String toString() {
    return actCode + ":" + section + subdivision;
  }
}
