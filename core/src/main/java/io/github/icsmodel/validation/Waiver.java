package io.github.icsmodel.validation;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A recorded, approved decision to accept a departure from a rule at one place in a configuration, until an
 * expiry date. A waived finding is still reported, marked as waived.
 *
 * <p>Only policy and advice can be waived: the law cannot be waived locally, so a waiver of a statutory rule is
 * refused and is itself reported as a finding; so are expired waivers and waivers that match nothing.
 */
@Value.Immutable
public abstract class Waiver implements WithWaiver {

  Waiver() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Waiver} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }

  /**
   * The rule waived.
   *
   * @return the rule's id
   */
  public abstract RuleId rule();

  /**
   * Where: the JSON Pointer of the element whose findings are waived (findings at or inside it).
   *
   * @return the path
   */
  public abstract JsonPointer path();

  /**
   * Why the departure is acceptable.
   *
   * @return the justification
   */
  public abstract String justification();

  /**
   * Who approved the waiver, such as "ICB board, 12 March 2026".
   *
   * @return the approver
   */
  public abstract String approvedBy();

  /**
   * The last day the waiver applies.
   *
   * @return the expiry date
   */
  public abstract LocalDate expiresOn();

  /**
   * Returns whether the waiver applies on a date.
   *
   * @param date the date
   * @return true if not expired on that date
   */
  public final boolean isInForceOn(LocalDate date) {
    return !date.isAfter(expiresOn());
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(justification())) {
      throw new InvalidValueException("waiver of " + rule() + ": justification must not be blank");
    }
    if (Texts.isBlank(approvedBy())) {
      throw new InvalidValueException("waiver of " + rule() + ": approvedBy must not be blank");
    }
  }
}
