package io.github.icsmodel.organisation;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A body that takes part in an integrated care system: an NHS trust, a local authority, a GP practice, a VCSE
 * organisation and so on, with its national codes where it has them.
 *
 * <p>Every organisation has an {@link #id()} unique within its configuration, by which places, collaboratives,
 * arrangements and board members refer to it. A local authority must say its {@link #localAuthorityType()}; only
 * providers may list {@link #services()}.
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation {

  /** Package-private: build through {@link #builder()}. */
  Organisation() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organisation} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * The organisation's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The organisation's name, such as "Northshire County Council".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What kind of body it is.
   *
   * @return the kind
   */
  public abstract OrganisationKind kind();

  /**
   * Its Organisation Data Service code, if it has one.
   *
   * @return the ODS code
   */
  public abstract Optional<OdsCode> odsCode();

  /**
   * Its ONS GSS code, if it has one (local authorities, ICBs, regions).
   *
   * @return the GSS code
   */
  public abstract Optional<GssCode> gssCode();

  /**
   * For a local authority, its type; empty for every other kind of body.
   *
   * @return the local authority type
   */
  public abstract Optional<LocalAuthorityType> localAuthorityType();

  /**
   * For a provider, the services it delivers in the system's area.
   *
   * @return the services
   */
  public abstract Set<ProviderService> services();

  /**
   * For an NHS trust or NHS foundation trust, the local authority areas, by GSS code, in which it provides services
   * for the purposes of the health service; empty when the configuration does not record them (a trust provides
   * services somewhere, so an empty set never means "nowhere"). Schedule 1B para 8(2)(a)(i) to the NHS Act 2006
   * limits the trusts that nominate a partner member to those that "provide services for the purposes of the health
   * service within the integrated care board's area", and s.14Z48(3)(a) defines a partner trust the same way; see
   * {@code board.partner-member-trusts}.
   *
   * @return the areas served, empty if not recorded
   */
  public abstract Set<GssCode> areasServed();

  /**
   * The day the organisation ceased to exist (a trust dissolved or merged, a council abolished), if it has. From
   * that day on it nominates, co-operates and counts for nothing in any rule.
   *
   * @return the date, empty if it still exists
   */
  public abstract Optional<LocalDate> dissolvedOn();

  /**
   * Returns whether the organisation exists on a date: before its dissolution, if it has one.
   *
   * @param date the date
   * @return true if it has not been dissolved on or before the date
   */
  public final boolean existsOn(LocalDate date) {
    return dissolvedOn().map(date::isBefore).orElse(true);
  }

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns whether this is an NHS body within s.275(1) of the NHS Act 2006 (see
   * {@link OrganisationKind#isNhsBody()}).
   *
   * @return true for NHS bodies
   */
  public final boolean isNhsBody() {
    return kind().isNhsBody();
  }

  /**
   * Returns whether this is a local authority.
   *
   * @return true for local authorities
   */
  public final boolean isLocalAuthority() {
    return kind() == OrganisationKind.LOCAL_AUTHORITY;
  }

  /**
   * Returns whether this is a responsible local authority under s.103 of the Local Government and Public
   * Involvement in Health Act 2007 (see {@link LocalAuthorityType#isResponsibleLocalAuthority()}).
   *
   * @return true for a local authority of a responsible type
   */
  public final boolean isResponsibleLocalAuthority() {
    return localAuthorityType().map(LocalAuthorityType::isResponsibleLocalAuthority).orElse(false);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("organisation " + id() + ": name must not be blank");
    }
    if (isLocalAuthority() != localAuthorityType().isPresent()) {
      throw new InvalidValueException(
          "organisation " + id() + ": a local authority must have a localAuthorityType, and only a local authority"
              + " may have one");
    }
    if (!areasServed().isEmpty() && kind() != OrganisationKind.NHS_TRUST
        && kind() != OrganisationKind.NHS_FOUNDATION_TRUST) {
      throw new InvalidValueException(
          "organisation " + id() + ": only an NHS trust or NHS foundation trust may list areasServed, not a "
              + kind());
    }
    if (!services().isEmpty() && !kind().isProvider()) {
      throw new InvalidValueException(
          "organisation " + id() + ": only providers may list services, not a " + kind());
    }
  }
}
