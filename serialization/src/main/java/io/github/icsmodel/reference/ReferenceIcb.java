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
 * One of the 42 integrated care boards established in England on 1 July 2022 under section 14Z25 of the National
 * Health Service Act 2006, as the reference data describe it: its ODS code, its ONS codes with their dates, its
 * name and its NHS England region.
 *
 * <p>The ODS code is the stable key: it has not changed since 2022. The ONS code has changed for two ICBs: NHS
 * Surrey Heartlands ICB (QXU) was E54000052 until 31 March 2023 and is E54000063 from 1 April 2023, and NHS Sussex
 * ICB (QNX) was E54000053 and is E54000064, after the Integrated Care Boards (Establishment) (Variation) Order
 * 2023 moved four LSOAs of Chichester between them. Instances come from {@link EnglandReference}.
 */
@Value.Immutable
public abstract class ReferenceIcb implements Dated {

  private static final LocalDate ESTABLISHED = LocalDate.of(2022, 7, 1);

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
   * @return one code for 40 ICBs, two for Surrey Heartlands and Sussex
   */
  public abstract List<DatedGssCode> onsCodes();

  /**
   * Returns the ICB's ONS code in an edition of the geography.
   *
   * @param edition the edition
   * @return the code in that edition, such as E54000052 for Surrey Heartlands in {@link Geography#JULY_2022}
   * @throws NullPointerException if edition is null
   */
  public final GssCode onsCode(Geography edition) {
    Objects.requireNonNull(edition, "edition");
    return onsCodeOn(edition.validFrom()).orElseThrow(
        () -> new IllegalStateException(this + " has no ONS code on " + edition.validFrom()));
  }

  /**
   * Returns the ICB's ONS code on a given day.
   *
   * @param date the day
   * @return the code, or empty for a day before 1 July 2022
   * @throws NullPointerException if date is null
   */
  public final Optional<GssCode> onsCodeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return onsCodes().stream().filter(code -> code.isValidOn(date)).map(DatedGssCode::code).findFirst();
  }

  /**
   * Returns whether the code is one of the ICB's ONS codes, in either edition.
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
   * Returns the day the ICB was established, 1 July 2022, when the Health and Care Act 2022 abolished clinical
   * commissioning groups.
   *
   * @return 1 July 2022
   */
  public final LocalDate established() {
    return ESTABLISHED;
  }

  /**
   * Returns the day the ICB was established, 1 July 2022.
   *
   * @return 1 July 2022
   */
  @Override
  public final LocalDate validFrom() {
    return ESTABLISHED;
  }

  /**
   * Returns empty: the data know of no end date. From 1 April 2026 some ICBs merge; that is not in the data.
   *
   * @return empty
   */
  @Override
  public final Optional<LocalDate> validTo() {
    return Optional.empty();
  }

  /** Returns the name and ODS code, such as {@code NHS Sussex Integrated Care Board (QNX)}. */
  @Override
  public String toString() {
    return name() + " (" + odsCode() + ")";
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("ICB " + odsCode() + ": name must not be blank");
    }
    if (onsCodes().isEmpty()) {
      throw new InvalidValueException("ICB " + odsCode() + ": must have at least one ONS code");
    }
    LocalDate next = ESTABLISHED;
    for (int i = 0; i < onsCodes().size(); i++) {
      DatedGssCode code = onsCodes().get(i);
      boolean last = i == onsCodes().size() - 1;
      if (!code.code().is(GssEntity.INTEGRATED_CARE_BOARD)
          || !code.validFrom().equals(Optional.of(next))
          || code.validTo().isPresent() == last) {
        throw new InvalidValueException("ICB " + odsCode() + ": ONS codes " + onsCodes()
            + " must be E54 codes that follow each other without gaps from " + ESTABLISHED
            + ", the last one open-ended");
      }
      next = code.validTo().map(to -> to.plusDays(1)).orElse(null);
    }
  }
}
