package io.github.icsmodel.interest;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * A declaration of a conflict or potential conflict of interest. Section 14Z30(3)(b) of the NHS Act 2006
 * requires it to be made "as soon as practicable after the person becomes aware of the conflict or potential
 * conflict and, in any event, within 28 days of the person becoming aware".
 */
@Value.Immutable
public abstract class Declaration implements WithDeclaration {

  Declaration() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Declaration} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDeclaration.Builder {
    Builder() {}
  }

  /**
   * The declaration's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Who declared, by id: a board member, committee member or employee.
   *
   * @return the person's id
   */
  public abstract LocalId person();

  /**
   * What the interest is.
   *
   * @return the description
   */
  public abstract String interest();

  /**
   * The kind of interest.
   *
   * @return the kind
   */
  public abstract InterestKind kind();

  /**
   * The date the person became aware of the conflict or potential conflict.
   *
   * @return the date
   */
  public abstract LocalDate becameAwareOn();

  /**
   * The date the declaration was made.
   *
   * @return the date
   */
  public abstract LocalDate declaredOn();

  /**
   * Returns the number of days between becoming aware and declaring.
   *
   * @return the days, never negative
   */
  public final long daysToDeclare() {
    return ChronoUnit.DAYS.between(becameAwareOn(), declaredOn());
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(interest())) {
      throw new InvalidValueException("declaration " + id() + ": interest must not be blank");
    }
    if (declaredOn().isBefore(becameAwareOn())) {
      throw new InvalidValueException(
          "declaration " + id() + ": declaredOn " + declaredOn() + " is before becameAwareOn " + becameAwareOn());
    }
  }
}
