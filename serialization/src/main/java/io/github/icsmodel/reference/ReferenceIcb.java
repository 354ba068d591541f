package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An integrated care board of England as the reference data describe it, with the dates it existed: one of the 42
 * established on 1 July 2022 under section 14Z25 of the National Health Service Act 2006 or one of the six
 * established on 1 April 2026; its ODS code, its ONS codes with their dates, its name and its NHS England region.
 *
 * <p>The ODS code is the stable key: no ICB's ODS code has changed. The ONS code has changed for three ICBs: NHS
 * Surrey Heartlands ICB (QXU) was E54000052 until 31 March 2023 and then E54000063, and NHS Sussex ICB (QNX) was
 * E54000053 and then E54000064, after the Integrated Care Boards (Establishment) (Variation) Order 2023 moved four
 * LSOAs of Chichester between them; NHS Hampshire and Isle of Wight ICB (QRL) was E54000042 until 31 March 2026
 * and is E54000067 from 1 April 2026, when it gained part of NHS Frimley ICB's area. Twelve ICBs were abolished at
 * the end of 31 March 2026 ({@link #validTo()}); {@link EnglandReference#successorsOf(ReferenceIcb)} names who took
 * over their areas. Instances come from {@link EnglandReference}.
 */
@Value.Immutable
public abstract class ReferenceIcb implements Dated, WithReferenceIcb {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReferenceIcb} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableReferenceIcb.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  ReferenceIcb() {}

  /**
   * The ICB's ODS code, such as {@code QYG}.
   *
   * @return the ODS code
   */
  public abstract OdsCode odsCode();

  /**
   * The ICB's name, such as "NHS Cheshire and Merseyside Integrated Care Board". The names did not change
   * between the 2022 and 2024 editions.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The NHS England region the ICB is in, from the ONS July 2022 lookup.
   *
   * @return the region
   */
  public abstract NhsRegion region();

  /**
   * Every ONS code the ICB has had, oldest first, with their dates; consecutive and without gaps from
   * 1 July 2022.
   *
   * @return one code for most ICBs, two for Surrey Heartlands, Sussex and Hampshire and Isle of Wight
   */
  public abstract List<DatedGssCode> onsCodes();

  /**
   * Returns the ICB's ONS code in an edition of the geography.
   *
   * @param edition the edition
   * @return the code in that edition, such as E54000052 for Surrey Heartlands in {@link Geography#JULY_2022}
   * @throws InvalidValueException if the ICB did not exist on the first day of that edition
   * @throws NullPointerException if edition is null
   */
  public final GssCode onsCode(Geography edition) {
    Objects.requireNonNull(edition, "edition");
    return onsCodeOn(edition.validFrom()).orElseThrow(
        () -> new InvalidValueException(this + " is not an ICB of the " + edition + " edition"));
  }

  /**
   * Returns the ICB's latest ONS code: its code today if it exists, its last code if it was abolished.
   *
   * @return the last of {@link #onsCodes()}
   */
  public final GssCode latestOnsCode() {
    return onsCodes().get(onsCodes().size() - 1).code();
  }

  /**
   * Returns the ICB's ONS code on a given day.
   *
   * @param date the day
   * @return the code, or empty for a day on which the ICB did not exist
   * @throws NullPointerException if date is null
   */
  public final Optional<GssCode> onsCodeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return onsCodes().stream().filter(code -> code.isValidOn(date)).map(DatedGssCode::code).findFirst();
  }

  /**
   * Returns whether the code is one of the ICB's ONS codes, of any date.
   *
   * @param code an ONS code
   * @return true if the code names or named this ICB
   * @throws NullPointerException if code is null
   */
  public final boolean hasOnsCode(GssCode code) {
    Objects.requireNonNull(code, "code");
    return onsCodes().stream().anyMatch(dated -> dated.code().equals(code));
  }

  /**
   * Returns the day the ICB was established: 1 July 2022, when the Health and Care Act 2022 abolished clinical
   * commissioning groups, or 1 April 2026 for the six ICBs established then.
   *
   * @return {@link #validFrom()}
   */
  public final LocalDate established() {
    return validFrom();
  }

  /**
   * Returns the day the ICB was established.
   *
   * @return 1 July 2022 or 1 April 2026
   */
  @Override
  public abstract LocalDate validFrom();

  /**
   * Returns the ICB's last day, if it was abolished: 31 March 2026 for the twelve ICBs abolished when their areas
   * passed to other ICBs on 1 April 2026. Changes announced for later dates that are not confirmed are not in the
   * data, so an empty value means only that the data know of no end.
   *
   * @return the last day, inclusive, or empty
   */
  @Override
  public abstract Optional<LocalDate> validTo();

  /** Returns the name and ODS code, such as {@code NHS Sussex Integrated Care Board (QNX)}. */
  @Override
  public String toString() {
    return name() + " (" + odsCode() + ")";
  }

  @Value.Check
  void check() {
    if (validTo().isPresent() && validTo().get().isBefore(validFrom())) {
      throw new InvalidValueException("ICB " + odsCode() + ": ends " + validTo().get() + " before it begins "
          + validFrom());
    }
    if (name().isBlank()) {
      throw new InvalidValueException("ICB " + odsCode() + ": name must not be blank");
    }
    if (onsCodes().isEmpty()) {
      throw new InvalidValueException("ICB " + odsCode() + ": must have at least one ONS code");
    }
    LocalDate next = validFrom();
    for (int i = 0; i < onsCodes().size(); i++) {
      DatedGssCode code = onsCodes().get(i);
      boolean last = i == onsCodes().size() - 1;
      if (!code.code().is(GssEntity.INTEGRATED_CARE_BOARD)
          || !code.validFrom().equals(Optional.of(next))
          || !last && code.validTo().isEmpty()
          || last && !code.validTo().equals(validTo())) {
        throw new InvalidValueException("ICB " + odsCode() + ": ONS codes " + onsCodes()
            + " must be E54 codes that follow each other without gaps from " + validFrom()
            + ", the last one ending when the ICB ends");
      }
      next = code.validTo().map(to -> to.plusDays(1)).orElse(null);
    }
  }
}
