package io.github.icsmodel.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to the law that is proposed but not law: a Bill before Parliament. The library records it so that users
 * can see what is coming, and applies nothing of it: no rule has a pending change as its basis, and none will until
 * the change is enacted and in force, when its provisions become {@link LegalReference}s with their own
 * commencement dates.
 *
 * <p>The one pending change recorded is {@link #HEALTH_BILL}. Instances are immutable.
 */
public final class PendingChange {

  /**
   * The Health Bill (Session 2026–27), called the "NHS Modernisation Bill" in the King's Speech of 13 May 2026 and
   * introduced in the House of Commons on 14 May 2026. As introduced (according to several law firms' briefings and
   * the Nuffield Trust), it abolishes NHS England (omitting Chapter A1 of Part 2 of, and Schedule 1A to, the NHS Act
   * 2006), transfers its functions to the Secretary of State (commissioning of primary care, dentistry, pharmacy and
   * ophthalmology to ICBs), gives the Secretary of State a power to direct ICBs (new s.7B) and abolishes Healthwatch.
   * The government's target is abolition "by March 2027, subject to Parliamentary approval" (DHSC impact assessment
   * summary, 14 May 2026).
   *
   * <p>NOT law as far as the library's sources go (reorganisation notes, December 2026): the Commons Public Bill
   * Committee sat from 18 June to at least 2 July 2026; report stage, the Lords stages, Royal Assent, the Act's title
   * and any commencement regulations were not found, nor the amending text of Sch. 1B paras 5 to 7 and 15. So
   * NHS England still appoints the chair (Sch. 1B para 5) and approves the chief executive (para 7(1)), and the
   * rules say so.
   */
  public static final PendingChange HEALTH_BILL = new PendingChange(
      "Health Bill (Session 2026–27)",
      LocalDate.of(2026, 5, 14),
      "As introduced, according to law firms' briefings and the Nuffield Trust (secondary sources), the Bill would"
          + " abolish NHS England and transfer its functions to the Secretary of State and to integrated care boards,"
          + " would give the Secretary of State a new power to direct ICBs (s.7B), and would abolish Healthwatch.",
      "Introduced in the House of Commons on 14 May 2026; Public Bill Committee from 18 June 2026. Royal Assent"
          + " not found: not law.",
      List.of(
          "https://www.burges-salmon.com/articles/102n4xa/health-bill-transfer-of-powers-integrated-health-organisations-and-transitional",
          "https://www.brownejacobson.com/insights/briefing-note-key-changes-introduced-by-the-health-bill-to-the-national-health-service-act-2006",
          "https://www.nuffieldtrust.org.uk/resource/whats-in-the-new-health-bill",
          "https://parallelparliament.co.uk/bills/2026-27/health/debates"));

  private final String title;
  private final LocalDate introducedOn;
  private final String effect;
  private final String status;
  private final List<String> sources;

  private PendingChange(String title, LocalDate introducedOn, String effect, String status, List<String> sources) {
    this.title = title;
    this.introducedOn = introducedOn;
    this.effect = effect;
    this.status = status;
    this.sources = List.copyOf(sources);
  }

  /**
   * Returns every pending change the library records.
   *
   * @return the pending changes
   */
  public static List<PendingChange> all() {
    return List.of(HEALTH_BILL);
  }

  /**
   * The Bill's title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The day the Bill was introduced in Parliament.
   *
   * @return the date
   */
  public LocalDate introducedOn() {
    return introducedOn;
  }

  /**
   * What the Bill, as introduced, would change.
   *
   * @return the effect
   */
  public String effect() {
    return effect;
  }

  /**
   * Its progress as far as the library's sources go.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * Where the description comes from.
   *
   * @return the sources
   */
  public List<String> sources() {
    return sources;
  }

  /**
   * The day from which the change is law: never, while it is pending. A pending change applies from no date; when
   * it is enacted the library records its provisions as law instead.
   *
   * @return empty
   */
  public Optional<StartDate> startDate() {
    return Optional.empty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PendingChange && title.equals(((PendingChange) obj).title)
        && introducedOn.equals(((PendingChange) obj).introducedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, introducedOn);
  }

  /** Returns the title and status. */
  @Override
  public String toString() {
    return title + ": " + status;
  }
}
