package io.github.icsmodel.law;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a policy or guidance document, usually NHS England's, such as its guidance on ICB
 * constitutions and governance. Policy is not law: a departure from it is a warning, not an error.
 *
 * <p>The date is the publication date where it is known, as text ({@code "2021-08"}, {@code "2023-11-27"}) so
 * that a month known without its day is not given a false day. Instances are immutable and value-based.
 */
public final class PolicyReference implements Basis {
  private final String publisher;
  private final String title;
  private final String date;
  private final String part;
  private final LocalDate effectiveFrom;
  private final String transition;

  private PolicyReference(
      String publisher, String title, String date, String part, LocalDate effectiveFrom, String transition) {
    this.publisher = publisher;
    this.title = title;
    this.date = date;
    this.part = part;
    this.effectiveFrom = effectiveFrom;
    this.transition = transition;
  }

  /**
   * Refers to a document.
   *
   * @param publisher who published it, such as "NHS England"
   * @param title its title
   * @param date its publication date as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, or empty if unknown
   * @return the reference
   * @throws InvalidValueException if the publisher or title is blank or the date malformed
   */
  public static PolicyReference of(String publisher, String title, String date) {
    Objects.requireNonNull(date, "date");
    if (!date.isEmpty() && !date.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw new InvalidValueException("not a publication date: \"" + date + "\" (expected yyyy, yyyy-MM or yyyy-MM-dd)");
    }
    return new PolicyReference(nonBlank(publisher, "publisher"), nonBlank(title, "title"), date, "", null, "");
  }

  /**
   * Returns a reference to a part of this document, such as a section or paragraph.
   *
   * @param part the part, such as "s.2.1.5"
   * @return the narrower reference
   */
  public PolicyReference part(String part) {
    return new PolicyReference(publisher, title, date, nonBlank(part, "part"), effectiveFrom, transition);
  }

  /**
   * Returns a reference to this document with the transition period the document itself gives: it applies from
   * the day the transition ends, not from its publication.
   *
   * @param from the first day on which the document applies in full
   * @param transition the document's words for the transition, such as "mandatory from July 2022"
   * @return the reference with its transition
   * @throws InvalidValueException if the day is before the publication date or the description is blank
   */
  public PolicyReference effectiveFrom(LocalDate from, String transition) {
    Objects.requireNonNull(from, "from");
    Optional<LocalDate> published = publishedBy();
    if (published.isPresent() && from.isBefore(published.get())) {
      throw new InvalidValueException(
          "a document cannot apply (" + from + ") before it was certainly published (" + published.get() + ")");
    }
    return new PolicyReference(publisher, title, date, part, from, nonBlank(transition, "transition"));
  }

  /**
   * Returns the day by which the document had certainly been published: its publication date, or the first day
   * after the month or year when only those are known (so that guidance of "2021-08" is not applied before 1
   * September 2021, the day it had certainly been published).
   *
   * @return the day, empty if the publication date is unknown
   */
  public Optional<LocalDate> publishedBy() {
    switch (date.length()) {
      case 10:
        return Optional.of(LocalDate.parse(date));
      case 7:
        return Optional.of(YearMonth.parse(date).plusMonths(1).atDay(1));
      case 4:
        return Optional.of(LocalDate.of(Integer.parseInt(date) + 1, 1, 1));
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the day from which the document applies: the end of its transition where it gives one, or else the
   * day by which it had certainly been published ({@link #publishedBy()}); empty when its publication date is not
   * known (UNCONFIRMED), so that it is never applied from a date the library invented.
   *
   * @return the start date, if known
   */
  @Override
  public Optional<StartDate> startDate() {
    if (effectiveFrom != null) {
      return Optional.of(StartDate.of(effectiveFrom, citation() + ": " + transition));
    }
    return publishedBy().map(day -> StartDate.of(day, date.length() == 10
        ? "published " + date
        : "published " + date + "; applied from the first day it had certainly been published"));
  }

  private static String nonBlank(String text, String what) {
    Objects.requireNonNull(text, what);
    if (Texts.isBlank(text)) {
      throw new InvalidValueException(what + " must not be blank");
    }
    return text;
  }

  /**
   * Returns the publisher.
   *
   * @return the publisher
   */
  public String publisher() {
    return publisher;
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the publication date as text, if known.
   *
   * @return the date
   */
  public Optional<String> date() {
    return date.isEmpty() ? Optional.empty() : Optional.of(date);
  }

  /**
   * Returns the part of the document referred to, if any.
   *
   * @return the part
   */
  public Optional<String> part() {
    return part.isEmpty() ? Optional.empty() : Optional.of(part);
  }

  @Override
  public String citation() {
    StringBuilder text = new StringBuilder(publisher).append(", ").append(title);
    if (!date.isEmpty()) {
      text.append(" (").append(date).append(')');
    }
    if (!part.isEmpty()) {
      text.append(", ").append(part);
    }
    return text.toString();
  }

  @Override
  public boolean isStatutory() {
    return false;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PolicyReference)) {
      return false;
    }
    PolicyReference other = (PolicyReference) obj;
    return publisher.equals(other.publisher)
        && title.equals(other.title)
        && date.equals(other.date)
        && part.equals(other.part)
        && Objects.equals(effectiveFrom, other.effectiveFrom)
        && transition.equals(other.transition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(publisher, title, date, part, effectiveFrom, transition);
  }

  /** Returns the citation, as {@link #citation()}. */
  @Override
  public String toString() {
    return citation();
  }
}
