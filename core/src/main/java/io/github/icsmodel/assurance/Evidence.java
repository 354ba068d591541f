package io.github.icsmodel.assurance;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A piece of evidence that a duty is being discharged: a document, the section of it that matters, and its date.
 * Evidence may say which limbs of a duty it covers, such as the access limb (a) and the outcomes limb (b) of
 * s.14Z35 of the NHS Act 2006.
 */
@Value.Immutable
public abstract class Evidence implements WithEvidence {

  Evidence() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evidence} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }

  /**
   * The document, such as "Health inequalities annual report 2024/25".
   *
   * @return the document
   */
  public abstract String document();

  /**
   * The section of the document, if the evidence is one part of it.
   *
   * @return the section
   */
  public abstract Optional<String> section();

  /**
   * The date of the document.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The limbs of the duty this evidence covers, by limb id (such as {@code nhsa2006:14Z35(a)}). Empty means the
   * duty as a whole, without limb detail.
   *
   * @return the limbs covered
   */
  public abstract Set<DutyId> limbs();

  @Value.Check
  void check() {
    if (Texts.isBlank(document())) {
      throw new InvalidValueException("evidence: document must not be blank");
    }
  }
}
