package io.github.icsmodel.reference;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.identifier.OdsCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the seven regions of NHS England, such as North West (ODS code Y62, ONS code E40000010), each of which
 * contains whole integrated care boards.
 *
 * <p>The record describes the region as ONS coded it from 1 July 2022, when ICBs were established. On that date
 * ONS re-coded two regions whose boundaries changed with the new ICBs: Midlands (Y60) was E40000008 and is
 * E40000011; North East and Yorkshire (Y63) was E40000009 and is E40000012. Those earlier codes are its
 * {@link #formerOnsCodes()}. The April 2026 ONS lookup gives two regions new codes, East of England (Y61)
 * E40000013 instead of E40000007 and North West (Y62) E40000014 instead of E40000010, with no boundary change; when
 * ONS made that change is not known, so the codes are given as each edition of the geography gives them
 * ({@link #onsCode(Geography)}). No region boundary changed on 1 April 2026. Instances come from
 * {@link EnglandReference}.
 */
@Value.Immutable
public abstract class NhsRegion implements Dated, WithNhsRegion {

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NhsRegion} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableNhsRegion.Builder {
    Builder() {}
  }

  /** Package-private: instances come from the reference data. */
  NhsRegion() {}

  /**
   * The region's ONS code from 1 July 2022, as the July 2022 edition gives it; see {@link #onsCode(Geography)} for
   * the code in a later edition.
   *
   * @return the GSS code, with prefix E40
   */
  public abstract GssCode onsCode();

  /** The codes of editions that give the region a code other than {@link #onsCode()}. */
  abstract Map<Geography, GssCode> editionOnsCodes();

  /**
   * Returns the region's ONS code as an edition of the geography gives it: E40000007 for East of England in the
   * July 2022 edition, E40000013 in the April 2026 edition. The April 2024 files carry no region code; the July
   * 2022 code stands for that edition.
   *
   * @param edition the edition
   * @return the GSS code
   * @throws NullPointerException if edition is null
   */
  public final GssCode onsCode(Geography edition) {
    return editionOnsCodes().getOrDefault(Objects.requireNonNull(edition, "edition"), onsCode());
  }

  /**
   * The region's ODS code, such as {@code Y62}.
   *
   * @return the ODS code
   */
  public abstract OdsCode odsCode();

  /**
   * The region's name, such as "North West".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The ONS codes the region had before 1 July 2022, if different, with their dates.
   *
   * @return the former codes; empty for the five regions whose code did not change
   */
  public abstract List<DatedGssCode> formerOnsCodes();

  /**
   * Returns whether the code is the region's ONS code in any edition or one of its former codes.
   *
   * @param code an ONS code
   * @return true if the code names or named this region
   * @throws NullPointerException if code is null
   */
  public final boolean hasOnsCode(GssCode code) {
    Objects.requireNonNull(code, "code");
    return onsCode().equals(code) || editionOnsCodes().containsValue(code)
        || formerOnsCodes().stream().anyMatch(former -> former.code().equals(code));
  }

  /**
   * Returns 1 July 2022: the record describes the region from the establishment of ICBs.
   *
   * @return 1 July 2022
   */
  @Override
  public final LocalDate validFrom() {
    return Geography.JULY_2022.validFrom();
  }

  /**
   * Returns empty: no end date is known.
   *
   * @return empty
   */
  @Override
  public final Optional<LocalDate> validTo() {
    return Optional.empty();
  }

  /** Returns the name and ODS code, such as {@code North West (Y62)}. */
  @Override
  public String toString() {
    return name() + " (" + odsCode() + ")";
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidValueException("NHS region " + odsCode() + ": name must not be blank");
    }
    if (!onsCode().is(GssEntity.NHS_REGION)) {
      throw new InvalidValueException("NHS region " + odsCode() + ": ONS code " + onsCode()
          + " is not an NHS region code (E40)");
    }
    for (GssCode code : editionOnsCodes().values()) {
      if (!code.is(GssEntity.NHS_REGION)) {
        throw new InvalidValueException("NHS region " + odsCode() + ": ONS code " + code
            + " is not an NHS region code (E40)");
      }
    }
    for (DatedGssCode former : formerOnsCodes()) {
      if (!former.code().is(GssEntity.NHS_REGION) || former.code().equals(onsCode())
          || former.validTo().map(to -> !to.isBefore(validFrom())).orElse(true)) {
        throw new InvalidValueException("NHS region " + odsCode() + ": former ONS code " + former
            + " must be another E40 code that ended before " + validFrom());
      }
    }
  }
}
