package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One succession event: on {@link #date()} all or part of the area of one integrated care board (the
 * {@link #predecessor()}) passed to another (the {@link #successor()}), under an order of NHS England under
 * section 14Z25 of the National Health Service Act 2006 with a transfer scheme under section 14Z28.
 *
 * <p>The reference data hold the 16 events of 1 April 2026: nine predecessors passed whole to a new ICB; NHS
 * Hertfordshire and West Essex ICB (QM7), NHS Suffolk and North East Essex ICB (QJG) and NHS Frimley ICB (QNQ) were
 * split between two or three successors; and NHS Hampshire and Isle of Wight ICB (QRL), which continued with a new
 * ONS code, gained part of Frimley. An abolished ICB's successors together took over all of its area. Instances
 * come from {@link EnglandReference#successions()}.
 */
@Value.Immutable
public abstract class Succession implements WithSuccession {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Succession} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSuccession.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  Succession() {}

  /**
   * The first day on which the successor is responsible for the area.
   *
   * @return the date, such as 2026-04-01
   */
  public abstract LocalDate date();

  /**
   * The ICB whose area, or part of it, passed.
   *
   * @return the predecessor
   */
  public abstract ReferenceIcb predecessor();

  /**
   * The ICB that took over the area.
   *
   * @return the successor
   */
  public abstract ReferenceIcb successor();

  /**
   * Whether all of the predecessor's area passed to the successor.
   *
   * @return true for a whole succession, false for one part of a split
   */
  public abstract boolean isWhole();

  /**
   * The predecessor's sub-ICB locations, by ODS code as they were the day before {@link #date()}, whose area passed
   * to the successor: all of them for a whole succession. For NHS Frimley ICB's split, its one sub-ICB location
   * D4U1Y, which was itself divided.
   *
   * @return at least one ODS code
   */
  public abstract List<OdsCode> subIcbLocations();

  /**
   * For one part of a split, the counties and unitary authorities whose districts, as far as they were in the
   * predecessor's area, passed to the successor; empty for a whole succession.
   *
   * @return GSS codes of upper-tier local authorities
   */
  public abstract List<GssCode> upperTierAuthorities();

  /**
   * Whether the allocation of area in this event is a derivation of this library, not a published lookup: true for
   * the three parts of NHS Frimley ICB, allocated by county because the April 2026 LSOA lookup is not shipped.
   *
   * @return true if derived
   */
  public abstract boolean isDerived();

  /** Returns the event in words, such as {@code 2026-04-01: NHS Frimley ... (QNQ) -> ... (QRL), part}. */
  @Override
  public String toString() {
    return date() + ": " + predecessor() + " -> " + successor() + (isWhole() ? ", whole" : ", part")
        + (isDerived() ? " (derived)" : "");
  }

  @Value.Check
  void check() {
    if (predecessor().equals(successor())) {
      throw new InvalidValueException(this + ": an ICB cannot succeed itself");
    }
    if (subIcbLocations().isEmpty() || isWhole() != upperTierAuthorities().isEmpty()) {
      throw new InvalidValueException(this + ": needs sub-ICB locations, and upper-tier authorities exactly when"
          + " it is a part");
    }
    if (!successor().isValidOn(date()) || predecessor().isValidOn(date()) && isWhole()
        || !predecessor().isValidOn(date().minusDays(1))) {
      throw new InvalidValueException(this + ": the predecessor must exist the day before and the successor on the"
          + " day; a predecessor that passed whole must end");
    }
  }
}
