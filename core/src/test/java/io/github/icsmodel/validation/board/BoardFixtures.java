package io.github.icsmodel.validation.board;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A fictional integrated care system, Northshire, whose board, committees and registers of interests meet every
 * board, committee and conflicts-of-interest rule, and ways to break it one thing at a time.
 *
 * <p>Board members, in order (so {@code /icb/board/members/i}): 0 {@code chair}, 1 {@code ceo}, 2
 * {@code partner-trusts}, 3 {@code partner-primary-care}, 4 {@code partner-council}, 5 {@code ned-deputy} (deputy
 * chair and senior non-executive member, mental-health expertise), 6 {@code ned-audit} (audit committee chair,
 * private involvement assessed as harmless), 7 {@code cfo}, 8 {@code medical-director}, 9 {@code nursing-director},
 * 10 {@code deputy-ceo} (a non-voting participant whose appointment is not recorded). Committees: 0 {@code audit}
 * (chaired by {@code ned-audit}), 1 {@code primary-care-commissioning} (exercises commissioning functions; members
 * {@code ned-deputy} and {@code gp-adviser}). One register of interests covering every group, published, holding a
 * declaration made exactly 28 days after awareness.
 */
public final class BoardFixtures {
  private BoardFixtures() {}

  /** A date on which the fixture is validated. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

  /** The fixture's member ids, in board order. */
  public static final List<String> MEMBER_IDS = ImmutableList.of(
      "chair", "ceo", "partner-trusts", "partner-primary-care", "partner-council", "ned-deputy", "ned-audit",
      "cfo", "medical-director", "nursing-director", "deputy-ceo");

  /**
   * Returns the compliant system.
   *
   * @return Northshire
   */
  public static IntegratedCareSystem compliantSystem() {
    return IntegratedCareSystem.builder()
        .id(id("northshire"))
        .name("Northshire Integrated Care System")
        .icb(IntegratedCareBoard.builder()
            .id(id("northshire-icb"))
            .name("NHS Northshire Integrated Care Board")
            .constitutionPublished(true)
            .board(Board.builder().members(compliantMembers()).build())
            .addCommittees(auditCommittee(), commissioningCommittee())
            .addRegistersOfInterests(register())
            .build())
        .addOrganisations(
            Organisation.builder().id(id("trust-north")).name("Northshire Hospitals NHS Foundation Trust")
                .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
                .addAreasServed(io.github.icsmodel.identifier.GssCode.of("E10000099")).build(),
            Organisation.builder().id(id("northshire-cc")).name("Northshire County Council")
                .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(LocalAuthorityType.COUNTY_COUNCIL).build(),
            Organisation.builder().id(id("practice-riverside")).name("Riverside Surgery")
                .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER).build())
        .build();
  }

  /**
   * Returns the compliant board's members.
   *
   * @return the members, in board order
   */
  public static List<BoardMember> compliantMembers() {
    return ImmutableList.of(
        BoardMember.builder().id(id("chair")).name("Alex Chair").role(MemberRole.CHAIR)
            .appointedBy(AppointingAuthority.NHS_ENGLAND).addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
            .build(),
        BoardMember.builder().id(id("ceo")).name("Bo Chief").role(MemberRole.CHIEF_EXECUTIVE)
            .appointedBy(AppointingAuthority.ICB_CHAIR).addApprovedBy(AppointingAuthority.NHS_ENGLAND)
            .employedByIcb(true).build(),
        ordinary("partner-trusts", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS).addNominatedBy(id("trust-north"))
            .appointedBy(AppointingAuthority.NOMINATING_BODIES).build(),
        ordinary("partner-primary-care", OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES)
            .addNominatedBy(id("practice-riverside")).build(),
        ordinary("partner-council", OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES)
            .addNominatedBy(id("northshire-cc")).build(),
        ordinary("ned-deputy", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER).mentalHealthExpertise(true)
            .addDesignations(Designation.DEPUTY_CHAIR, Designation.SENIOR_NON_EXECUTIVE_MEMBER).build(),
        ordinary("ned-audit", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
            .addDesignations(Designation.AUDIT_COMMITTEE_CHAIR)
            .privateHealthcareInvolvement(involvement("Shareholder in a private physiotherapy clinic", false))
            .build(),
        ordinary("cfo", OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(ExecutivePortfolio.FINANCE)
            .employedByIcb(true).build(),
        ordinary("medical-director", OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(ExecutivePortfolio.MEDICAL)
            .employedByIcb(true).build(),
        ordinary("nursing-director", OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(ExecutivePortfolio.NURSING)
            .employedByIcb(true).build(),
        BoardMember.builder().id(id("deputy-ceo")).name("Deputy Chief").role(MemberRole.ORDINARY_MEMBER)
            .ordinaryMemberKind(OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(ExecutivePortfolio.OTHER)
            .participation(Participation.NON_VOTING_PARTICIPANT).employedByIcb(true).build());
  }

  private static BoardMember.Builder ordinary(String id, OrdinaryMemberKind kind) {
    return BoardMember.builder().id(id(id)).name("Member " + id).role(MemberRole.ORDINARY_MEMBER)
        .ordinaryMemberKind(kind).addApprovedBy(AppointingAuthority.ICB_CHAIR);
  }

  private static Committee auditCommittee() {
    return Committee.builder().id(id("audit")).name("Audit Committee").kind(CommitteeKind.AUDIT)
        .chair(id("ned-audit"))
        .addMembers(CommitteeMember.ofBoardMember(id("ned-audit")), CommitteeMember.ofBoardMember(id("ned-deputy")))
        .addMembers(CommitteeMember.builder().id(id("lay-auditor")).name("Lay Auditor").build())
        .build();
  }

  private static Committee commissioningCommittee() {
    return Committee.builder().id(id("primary-care-commissioning")).name("Primary Care Commissioning Committee")
        .kind(CommitteeKind.OTHER).exercisesCommissioningFunctions(true).chair(id("ned-deputy"))
        .addMembers(CommitteeMember.ofBoardMember(id("ned-deputy")))
        .addMembers(CommitteeMember.builder().id(id("gp-adviser")).name("GP Adviser")
            .privateHealthcareInvolvement(involvement("Sessional work for a private GP service", false)).build())
        .build();
  }

  private static RegisterOfInterests register() {
    return RegisterOfInterests.builder().id(id("register"))
        .addCovers(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS, RegisterScope.EMPLOYEES)
        .access(RegisterAccess.PUBLISHED).url("https://northshire.icb.example/register-of-interests")
        .addDeclarations(declaration("declaration-1", 28))
        .build();
  }

  /**
   * Returns a declaration by the chief executive, made a number of days after becoming aware.
   *
   * @param id the declaration's id
   * @param days the days between becoming aware and declaring
   * @return the declaration
   */
  public static Declaration declaration(String id, int days) {
    LocalDate aware = LocalDate.of(2025, 1, 10);
    return Declaration.builder().id(id(id)).person(id("ceo")).interest("Spouse is a partner at Riverside Surgery")
        .kind(InterestKind.INDIRECT).becameAwareOn(aware).declaredOn(aware.plusDays(days)).build();
  }

  /**
   * Returns an involvement with the private healthcare sector, assessed as undermining independence or not.
   *
   * @param description what it is
   * @param undermines the assessment
   * @return the involvement
   */
  public static PrivateHealthcareInvolvement involvement(String description, boolean undermines) {
    return PrivateHealthcareInvolvement.builder().description(description).underminesIndependence(undermines)
        .assessedOn(LocalDate.of(2024, 3, 1)).build();
  }

  /**
   * Returns an involvement with the private healthcare sector that nobody has assessed.
   *
   * @param description what it is
   * @return the involvement
   */
  public static PrivateHealthcareInvolvement unassessed(String description) {
    return PrivateHealthcareInvolvement.builder().description(description).build();
  }

  /** Shorthand for {@link LocalId#of(String)}. */
  static LocalId id(String id) {
    return LocalId.of(id);
  }

  // Ways to break the fixture.

  /** Changes the ICB. */
  public static IntegratedCareSystem withIcb(
      IntegratedCareSystem system, UnaryOperator<IntegratedCareBoard> change) {
    return system
        .withIcb(change.apply(system.icb()));
  }

  /** Changes one board member of the compliant system. */
  public static IntegratedCareSystem withMember(String id, UnaryOperator<BoardMember> change) {
    return withMembers(members -> members.stream()
        .map(m -> m.id().toString().equals(id) ? change.apply(m) : m)
        .collect(ImmutableList.toImmutableList()));
  }

  /** Removes the board members of the compliant system that match a condition. */
  public static IntegratedCareSystem withoutMembers(Predicate<BoardMember> condition) {
    return withMembers(members -> members.stream().filter(condition.negate())
        .collect(ImmutableList.toImmutableList()));
  }

  /** Removes one board member of the compliant system. */
  public static IntegratedCareSystem withoutMember(String id) {
    return withoutMembers(m -> m.id().toString().equals(id));
  }

  /** Adds a board member to the compliant system. */
  public static IntegratedCareSystem withExtraMember(BoardMember member) {
    return withMembers(members -> ImmutableList.<BoardMember>builder().addAll(members).add(member).build());
  }

  /** Replaces the compliant board's members. */
  public static IntegratedCareSystem withMembers(UnaryOperator<List<BoardMember>> change) {
    return withIcb(compliantSystem(),
        icb -> icb.withBoard(Board.builder().members(change.apply(compliantMembers())).build()));
  }

  /** Changes one committee of the compliant system, by index. */
  public static IntegratedCareSystem withCommittee(int index, UnaryOperator<Committee> change) {
    return withIcb(compliantSystem(), icb -> {
      List<Committee> committees = new java.util.ArrayList<>(icb.committees());
      committees.set(index, change.apply(committees.get(index)));
      return icb.withCommittees(committees);
    });
  }

  /** Changes the register of interests of the compliant system. */
  public static IntegratedCareSystem withRegister(UnaryOperator<RegisterOfInterests> change) {
    return withIcb(compliantSystem(), icb -> icb.withRegistersOfInterests(
        change.apply(icb.registersOfInterests().get(0))));
  }
}
