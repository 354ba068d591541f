package io.github.icsmodel.duty;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.purpose.CorePurpose;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A duty that an Act imposes on a body in an integrated care system, such as the duty of each integrated care
 * board as to reducing inequalities (NHS Act 2006 s.14Z35): "Each integrated care board must, in the exercise of
 * its functions, have regard to the need to— (a) reduce inequalities between persons with respect to their
 * ability to access health services, and (b) reduce inequalities between patients with respect to the outcomes
 * achieved for them by the provision of health services (including the outcomes described in section 14Z34(3))."
 *
 * <p>A duty records the provision that imposes it, who owes it, the form of words that binds them, the statutory
 * text where the library holds it, when it came into force where that is confirmed, and its limbs. What is not
 * confirmed is left empty and explained in {@link #notes()}: an empty {@link #inForceFrom()} means the date is
 * not recorded, not that the duty is not in force.
 *
 * <p>The built-in duties are in {@link DutyCatalogue#builtIn()}. The builder refuses a duty that cannot be
 * represented (a limb of another duty, a provision in another section, a blank title) with
 * {@link InvalidValueException}.
 */
@Value.Immutable
public abstract class StatutoryDuty implements WithStatutoryDuty {

  /** Package-private: build through {@link #builder()}. */
  StatutoryDuty() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatutoryDuty} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableStatutoryDuty.Builder {
    Builder() {}
  }

  /**
   * The id of the duty, named after its section, such as {@code nhsa2006:14Z35}; never a limb id.
   *
   * @return the id
   */
  public abstract DutyId id();

  /**
   * A short title, such as "reducing inequalities". Where {@link #hasStatutoryShortTitle()} is true, the title is
   * the Act's own words for the provision (a heading, or the words in brackets with which another section of the
   * Act cites it); otherwise it is a descriptive label of the library's.
   *
   * @return the short title
   */
  public abstract String shortTitle();

  /**
   * Whether the {@link #shortTitle()} is the Act's own label for the provision rather than a descriptive label.
   * For example, s.14Z59(3)(b) cites "section 14Z35 (reducing inequalities)", so that title is statutory; the
   * heading of s.14Z33 could not be confirmed, so its title "Effectiveness, efficiency and economy" is descriptive.
   *
   * @return true for a statutory label
   */
  public abstract boolean hasStatutoryShortTitle();

  /**
   * The provision that imposes the duty: its section, or the subsection where the duty is in one subsection, such
   * as "NHS Act 2006 s.223L(2)". Always within the section named by {@link #id()}.
   *
   * @return the legal reference
   */
  public abstract LegalReference provision();

  /**
   * The text of the {@link #provision()}, verbatim, where the library holds it. Subsections and paragraphs are
   * separated by line breaks where the source sets them on separate lines. Where a long section is held only in
   * part, {@link #notes()} say which part is left out. {@link #textVersion()} says which version it is.
   *
   * @return the verbatim text
   */
  public abstract Optional<String> text();

  /**
   * Which version of the provision {@link #text()} reproduces; present exactly when the text is.
   *
   * @return the text version
   */
  public abstract Optional<TextVersion> textVersion();

  /**
   * A one-line summary of the duty in the domain's words, such as "Have regard to the need to reduce inequalities
   * in access and in outcomes". It is an abridgement, not the law.
   *
   * @return the summary
   */
  public abstract String summary();

  /**
   * Who owes the duty.
   *
   * @return the holder
   */
  public abstract DutyHolder owedBy();

  /**
   * The form of words that binds the holder. Where the limbs differ (as in s.14Z32), this is the form of the
   * first limb and each {@link DutyLimb#strength()} gives its own.
   *
   * @return the strength
   */
  public abstract DutyStrength strength();

  /**
   * The date from which the provision has been in force, where it is confirmed; empty where it is not, which does
   * not mean the duty is not in force (see {@link #notes()}).
   *
   * @return the commencement date
   */
  public abstract Optional<LocalDate> inForceFrom();

  /**
   * The limbs of the duty, in the order of the provision; empty for a duty that the library does not divide.
   *
   * @return the limbs
   */
  public abstract List<DutyLimb> limbs();

  /**
   * The core purposes of an integrated care system that the duty serves. This mapping is the library's own
   * classification, not law: no Act links a duty to the purposes, which are NHS England policy. A governance duty
   * that serves the purposes only indirectly (keeping registers of interests, making an annual report) serves
   * none here.
   *
   * @return the purposes
   */
  public abstract Set<CorePurpose> purposes();

  /**
   * Caveats a reader must know: later amendments, commencement that could not be confirmed, parts of the text
   * left out, related provisions. Each note is one or more sentences.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * Returns the limb with a given id.
   *
   * @param limbId the limb id, such as {@code nhsa2006:14Z35(a)}
   * @return the limb, or empty if this duty has no such limb
   * @throws NullPointerException if limbId is null
   */
  public final Optional<DutyLimb> limb(DutyId limbId) {
    Objects.requireNonNull(limbId, "limbId");
    return limbs().stream().filter(limb -> limb.id().equals(limbId)).findFirst();
  }

  /**
   * Returns whether the duty serves a core purpose, in the library's classification (see {@link #purposes()}).
   *
   * @param purpose the purpose
   * @return true if it does
   * @throws NullPointerException if purpose is null
   */
  public final boolean serves(CorePurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    return purposes().contains(purpose);
  }

  @Value.Check
  void check() {
    if (id().isLimb()) {
      throw new InvalidValueException(
          "duty " + id() + ": a duty id names a section only; use " + id().wholeDuty() + " and put "
              + id() + " among its limbs");
    }
    if (!provision().whole().equals(id().toLegalReference())) {
      throw new InvalidValueException(
          "duty " + id() + ": provision " + provision() + " is not in " + id().toLegalReference());
    }
    requireText(shortTitle(), "shortTitle");
    requireText(summary(), "summary");
    if (summary().indexOf('\n') >= 0) {
      throw new InvalidValueException("duty " + id() + ": summary must be one line");
    }
    text().ifPresent(text -> requireText(text, "text"));
    if (text().isPresent() != textVersion().isPresent()) {
      throw new InvalidValueException("duty " + id() + ": textVersion must be given exactly when text is");
    }
    Set<DutyId> limbIds = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (DutyLimb limb : limbs()) {
      if (!limb.id().wholeDuty().equals(id())) {
        throw new InvalidValueException("duty " + id() + ": limb " + limb.id() + " belongs to another duty");
      }
      if (!limbIds.add(limb.id())) {
        throw new InvalidValueException("duty " + id() + ": limb " + limb.id() + " is listed twice");
      }
      if (!labels.add(limb.label())) {
        throw new InvalidValueException("duty " + id() + ": two limbs are labelled \"" + limb.label() + "\"");
      }
    }
    for (String note : notes()) {
      requireText(note, "note");
    }
  }

  private void requireText(String text, String what) {
    if (Texts.isBlank(text)) {
      throw new InvalidValueException("duty " + id() + ": " + what + " must not be blank");
    }
  }
}
