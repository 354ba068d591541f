package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sub-ICB location (SICBL): part of an integrated care board's area, which on 1 July 2022 took over the area
 * and the ODS code of a former clinical commissioning group, such as "NHS South Yorkshire ICB - 02P".
 *
 * <p>Each record belongs to one edition of the geography. Between the two editions two SICBLs were re-coded by ONS
 * (92A, Surrey Heartlands: E38000246 to E38000264; 70F, Sussex: E38000248 to E38000265), and the SICBLs of
 * Surrey Heartlands and Sussex now name those ICBs by their 2023 ONS codes. Some ODS codes have five characters,
 * such as {@code A3A8R}. Instances come from {@link EnglandReference}.
 */
@Value.Immutable
public abstract class SubIcbLocation implements Dated, WithSubIcbLocation {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SubIcbLocation} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSubIcbLocation.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  SubIcbLocation() {}

  /**
   * The edition of the geography this record belongs to.
   *
   * @return the edition
   */
  public abstract Geography edition();

  /**
   * The SICBL's ONS code in that edition.
   *
   * @return the GSS code, with prefix E38
   */
  public abstract GssCode onsCode();

  /**
   * The SICBL's ODS code, the code of the clinical commissioning group it replaced, such as {@code 02P}.
   *
   * @return the ODS code
   */
  public abstract OdsCode odsCode();

  /**
   * The SICBL's name, of the form "NHS &lt;ICB&gt; ICB - &lt;ODS code&gt;".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The integrated care board whose area the SICBL is part of.
   *
   * @return the ICB
   */
  public abstract ReferenceIcb icb();

  /**
   * Returns the first day of the record's edition.
   *
   * @return {@code edition().validFrom()}
   */
  @Override
  public final LocalDate validFrom() {
    return edition().validFrom();
  }

  /**
   * Returns the last day of the record's edition, if known.
   *
   * @return {@code edition().validTo()}
   */
  @Override
  public final Optional<LocalDate> validTo() {
    return edition().validTo();
  }

  /** Returns the name, ONS code and edition, such as {@code NHS South Yorkshire ICB - 02P (E38000006, JULY_2022)}. */
  @Override
  public String toString() {
    return name() + " (" + onsCode() + ", " + edition() + ")";
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("sub-ICB location " + odsCode() + ": name must not be blank");
    }
    if (!onsCode().is(GssEntity.SUB_ICB_LOCATION)) {
      throw new InvalidValueException("sub-ICB location " + odsCode() + ": ONS code " + onsCode()
          + " is not a sub-ICB location code (E38)");
    }
  }
}
