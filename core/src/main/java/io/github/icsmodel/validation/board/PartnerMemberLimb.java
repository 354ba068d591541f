package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.NominatingConstituency;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.area.IcbArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A limb of Schedule 1B para 8(2): the partner-member kind it concerns, the constituency that nominates, and how a
 * nominating body of the configuration is judged against it.
 *
 * <p>What the library can judge from a configuration: the kind of each nominating body (an NHS trust or foundation
 * trust for (a), a provider of primary medical services for (b), a local authority for (c)) and, for (c), whether
 * the authority's area is known not to touch the ICB's area. What it cannot: whether a trust or provider is "of a
 * prescribed description" (regulations the library's sources do not contain: UNCONFIRMED), whether a trust
 * provides services within the area where the configuration does not record the areas it serves
 * ({@code areasServed}; where it does, a trust shown to serve only areas outside the footprint does not fit (a)), and the
 * exact meaning of "local authority" in para 8 (s.2B(5) of the Act, not retrieved: UNCONFIRMED).
 */
enum PartnerMemberLimb {
  /** Para 8(2)(a): the NHS trusts and NHS foundation trusts. */
  TRUSTS("(a)", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS, NominatingConstituency.TRUSTS_OF_THE_AREA,
      "the NHS trusts and NHS foundation trusts that provide services in the ICB's area",
      "the NHS trusts and NHS foundation trusts",
      "which of them are \"of a prescribed description\" (para 8(2)(a)(ii)) depends on regulations that are not in"
          + " the library's sources (UNCONFIRMED)"),
  /** Para 8(2)(b): the providers of primary medical services. */
  PRIMARY_MEDICAL_SERVICES("(b)", OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
      NominatingConstituency.PRIMARY_MEDICAL_SERVICES_PROVIDERS_OF_THE_AREA,
      "the providers of primary medical services in the ICB's area",
      "the providers of primary medical services",
      "which of them are \"of a prescribed description\" (para 8(2)(b)(ii)) depends on regulations that are not in"
          + " the library's sources (UNCONFIRMED)"),
  /** Para 8(2)(c): the local authorities. */
  LOCAL_AUTHORITIES("(c)", OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES,
      NominatingConstituency.LOCAL_AUTHORITIES_OF_THE_AREA,
      "the local authorities whose areas coincide with or overlap the ICB's area",
      "the responsible local authorities of the ICB's area",
      "\"local authority\" in para 8 has the meaning given by s.2B(5) of the Act, which is not in the library's"
          + " sources (UNCONFIRMED), so the library takes the responsible local authorities of s.103 of the Local"
          + " Government and Public Involvement in Health Act 2007 as the nearest guide");

  final String letter;
  final OrdinaryMemberKind kind;
  final NominatingConstituency constituency;
  final String description;
  final String constituencyWords;
  final String unconfirmed;

  PartnerMemberLimb(String letter, OrdinaryMemberKind kind, NominatingConstituency constituency, String description,
      String constituencyWords, String unconfirmed) {
    this.letter = letter;
    this.kind = kind;
    this.constituency = constituency;
    this.description = description;
    this.constituencyWords = constituencyWords;
    this.unconfirmed = unconfirmed;
  }

  /** Whether an organisation's kind fits the limb. */
  boolean fitsKind(Organisation organisation) {
    switch (this) {
      case TRUSTS:
        return organisation.kind() == OrganisationKind.NHS_TRUST
            || organisation.kind() == OrganisationKind.NHS_FOUNDATION_TRUST;
      case PRIMARY_MEDICAL_SERVICES:
        return organisation.kind() == OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER;
      default:
        return organisation.kind() == OrganisationKind.LOCAL_AUTHORITY;
    }
  }

  /**
   * Why a nominating organisation cannot nominate under the limb, or empty if the configuration does not show that
   * it cannot.
   */
  Optional<String> misfit(Organisation organisation, IcbArea area) {
    if (!fitsKind(organisation)) {
      return Optional.of(BoardPaths.describe(organisation) + ", " + BoardPaths.kindWords(organisation.kind()));
    }
    // A trust recorded as providing services only in areas the footprint shows to be outside the ICB's area is not
    // among the trusts para 8(2)(a)(i) names; areas not recorded, or no footprint, show nothing either way.
    if (this == TRUSTS && !organisation.areasServed().isEmpty() && !area.mayIncludeAnyOf(organisation.areasServed())) {
      return Optional.of(BoardPaths.describe(organisation) + ", a trust recorded as providing services only in "
          + organisation.areasServed().stream().map(Object::toString).sorted()
              .collect(java.util.stream.Collectors.joining(", "))
          + ", which by the configuration's footprint lie outside the ICB's area (para 8(2)(a)(i): trusts that"
          + " \"provide services for the purposes of the health service within the integrated care board's"
          + " area\")");
    }
    // Without a footprint the ICB's area is not recorded, and not recorded is not false.
    if (this == LOCAL_AUTHORITIES && !area.footprintAuthorities().isEmpty() && !area.mayInclude(organisation)) {
      return Optional.of(BoardPaths.describe(organisation) + ", a local authority whose area, by the"
          + " configuration's footprint, neither coincides with nor includes any part of the ICB's area");
    }
    return Optional.empty();
  }

  /**
   * Why each recorded nominating body of a member that the configuration holds cannot nominate under the limb
   * ({@link #misfit}), in the member's order; empty if the configuration shows none that cannot.
   */
  List<String> misfits(BoardMember member, RuleContext context, IcbArea area) {
    List<String> misfits = new ArrayList<>();
    for (io.github.icsmodel.identifier.LocalId nominator : member.nominatedBy()) {
      context.system().organisation(nominator).flatMap(organisation -> misfit(organisation, area))
          .ifPresent(misfits::add);
    }
    return misfits;
  }

  /**
   * The organisations of the configuration that the configuration shows to belong to the limb's constituency, and
   * so to be expected among joint nominators: every trust (a), every provider of primary medical services (b), or
   * every responsible local authority found for the area (c); a trust the configuration shows to serve only areas
   * outside the ICB's area is left out.
   */
  List<Organisation> constituency(RuleContext context, IcbArea area) {
    if (this == LOCAL_AUTHORITIES) {
      return new ArrayList<>(area.responsibleAuthorities().values());
    }
    List<Organisation> members = new ArrayList<>();
    for (Organisation organisation : context.system().organisations()) {
      // A trust recorded as serving only areas outside the ICB's area is not of the constituency (para 8(2)(a)(i)).
      if (fitsKind(organisation) && misfit(organisation, area).isEmpty()) {
        members.add(organisation);
      }
    }
    return members;
  }

  /** The limb a partner member of a kind is nominated under. */
  static Optional<PartnerMemberLimb> of(OrdinaryMemberKind kind) {
    for (PartnerMemberLimb limb : values()) {
      if (limb.kind == kind) {
        return Optional.of(limb);
      }
    }
    return Optional.empty();
  }

  /** The limb of a partner member, if the member is one. */
  static Optional<PartnerMemberLimb> of(BoardMember member) {
    for (PartnerMemberLimb limb : values()) {
      if (member.ordinaryMemberKind().equals(Optional.of(limb.kind))) {
        return Optional.of(limb);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a member is a voting partner member of this limb who sits on the validation date
   * ({@link BoardPaths#sits}).
   */
  boolean sits(BoardMember member, RuleContext context) {
    return BoardPaths.sits(member, context) && member.isVotingOrdinaryMember(kind);
  }

  /** The limb of a partner member who sits on the validation date ({@link #sits}), if the member is one. */
  static Optional<PartnerMemberLimb> ofSitting(BoardMember member, RuleContext context) {
    return of(member).filter(limb -> limb.sits(member, context));
  }

  /** The ICB's area. */
  static IcbArea area(RuleContext context, Map<GssCode, GssCode> districtCounties) {
    return IcbArea.of(context.system(), districtCounties);
  }
}
