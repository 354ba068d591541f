package io.github.icsmodel.duty;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.law.LegalReference;
import org.immutables.value.Value;

/**
 * One limb of a statutory duty: a lettered or numbered part of the provision that states one of the things the
 * duty covers, such as the access limb of the duty as to reducing inequalities, NHS Act 2006 s.14Z35(a): "reduce
 * inequalities between persons with respect to their ability to access health services".
 *
 * <p>A limb is named by a {@link DutyId} with a subdivision ({@code nhsa2006:14Z35(a)}), has a short label in the
 * domain's words ("access") and the limb's text verbatim. The form of words can differ from limb to limb: in
 * s.14Z32 limb (a) is a duty to "act with a view to" and limb (b) a duty to "promote", so each limb has its own
 * {@link #strength()}.
 */
@Value.Immutable
public abstract class DutyLimb implements WithDutyLimb {

  /** Package-private: build through {@link #builder()}. */
  DutyLimb() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link DutyLimb} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDutyLimb.Builder {
    Builder() {}
  }

  /**
   * The id of the limb, such as {@code nhsa2006:14Z35(a)}; always a {@linkplain DutyId#isLimb() limb id}.
   *
   * @return the id
   */
  public abstract DutyId id();

  /**
   * A short label in the domain's words, such as "access" or "outcomes". Labels are the library's, not the Act's.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The limb's text, verbatim, including its own designator and trailing punctuation, such as "(a) reduce
   * inequalities between persons with respect to their ability to access health services, and". Where the limb
   * runs over several paragraphs of the source, they are separated by line breaks.
   *
   * @return the verbatim text
   */
  public abstract String text();

  /**
   * The form of words that binds the holder in this limb.
   *
   * @return the strength
   */
  public abstract DutyStrength strength();

  /**
   * The provision that states the limb, such as "NHS Act 2006 s.14Z35(a)".
   *
   * @return the legal reference
   */
  public final LegalReference provision() {
    return id().toLegalReference();
  }

  @Value.Check
  void check() {
    if (!id().isLimb()) {
      throw new InvalidValueException("limb " + id() + ": a limb id must name a subdivision, such as "
          + id() + "(a)");
    }
    if (Texts.isBlank(label())) {
      throw new InvalidValueException("limb " + id() + ": label must not be blank");
    }
    if (Texts.isBlank(text())) {
      throw new InvalidValueException("limb " + id() + ": text must not be blank");
    }
  }
}
