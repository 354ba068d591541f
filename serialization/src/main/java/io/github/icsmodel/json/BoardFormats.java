package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.BOOLEAN;
import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.DisqualificationGround;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.board.UnrecordedSeat;
import io.github.icsmodel.board.Vacancy;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.NominatingConstituency;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.board.Tenure;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterScope;

/**
 * The boards, committees and registers of interests of format {@code icsmodel/1}. Every table lists the type's
 * properties in the order its accessors are declared, under the accessors' names; types used by others come first,
 * so that each table can refer to the formats of its parts.
 */
final class BoardFormats {
  private BoardFormats() {}

  // board

  static final ObjectFormat<PrivateHealthcareInvolvement, PrivateHealthcareInvolvement.Builder>
      PRIVATE_HEALTHCARE_INVOLVEMENT =
          ObjectFormat.of(
                  "PrivateHealthcareInvolvement",
                  PrivateHealthcareInvolvement.class,
                  PrivateHealthcareInvolvement::builder,
                  PrivateHealthcareInvolvement.Builder::build)
              .required(
                  "description",
                  STRING,
                  PrivateHealthcareInvolvement::description,
                  PrivateHealthcareInvolvement.Builder::description)
              .optional(
                  "underminesIndependence",
                  BOOLEAN,
                  PrivateHealthcareInvolvement::underminesIndependence,
                  PrivateHealthcareInvolvement.Builder::underminesIndependence)
              .optional(
                  "assessedOn",
                  DATE,
                  PrivateHealthcareInvolvement::assessedOn,
                  PrivateHealthcareInvolvement.Builder::assessedOn)
              .build();

  static final ObjectFormat<OfficeHeld, OfficeHeld.Builder> OFFICE_HELD =
      ObjectFormat.of("OfficeHeld", OfficeHeld.class, OfficeHeld::builder, OfficeHeld.Builder::build)
          .required("organisation", LOCAL_ID, OfficeHeld::organisation, OfficeHeld.Builder::organisation)
          .required("title", STRING, OfficeHeld::title, OfficeHeld.Builder::title)
          .build();

  static final ObjectFormat<BoardMember, BoardMember.Builder> BOARD_MEMBER =
      ObjectFormat.of("BoardMember", BoardMember.class, BoardMember::builder, BoardMember.Builder::build)
          .required("id", LOCAL_ID, BoardMember::id, BoardMember.Builder::id)
          .required("name", STRING, BoardMember::name, BoardMember.Builder::name)
          .optional("person", LOCAL_ID, BoardMember::person, BoardMember.Builder::person)
          .optional("postTitle", STRING, BoardMember::postTitle, BoardMember.Builder::postTitle)
          .optional("tenure", enumOf(Tenure.class), BoardMember::tenure, BoardMember.Builder::tenure)
          .required("role", enumOf(MemberRole.class), BoardMember::role, BoardMember.Builder::role)
          .optional(
              "ordinaryMemberKind",
              enumOf(OrdinaryMemberKind.class),
              BoardMember::ordinaryMemberKind,
              BoardMember.Builder::ordinaryMemberKind)
          .set(
              "portfolios",
              enumOf(ExecutivePortfolio.class),
              BoardMember::portfolios,
              BoardMember.Builder::addAllPortfolios)
          .defaulted(
              "participation",
              enumOf(Participation.class),
              BoardMember::participation,
              BoardMember.Builder::participation)
          .optional(
              "appointedBy",
              enumOf(AppointingAuthority.class),
              BoardMember::appointedBy,
              BoardMember.Builder::appointedBy)
          .set(
              "approvedBy",
              enumOf(AppointingAuthority.class),
              BoardMember::approvedBy,
              BoardMember.Builder::addAllApprovedBy)
          .set("nominatedBy", LOCAL_ID, BoardMember::nominatedBy, BoardMember.Builder::addAllNominatedBy)
          .optional(
              "nominatingConstituency",
              enumOf(NominatingConstituency.class),
              BoardMember::nominatingConstituency,
              BoardMember.Builder::nominatingConstituency)
          .optional("nominatedOn", DATE, BoardMember::nominatedOn, BoardMember.Builder::nominatedOn)
          .optional("employedByIcb", BOOLEAN, BoardMember::employedByIcb, BoardMember.Builder::employedByIcb)
          .optional(
              "mentalHealthExpertise",
              BOOLEAN,
              BoardMember::mentalHealthExpertise,
              BoardMember.Builder::mentalHealthExpertise)
          .set(
              "disqualifications",
              enumOf(DisqualificationGround.class),
              BoardMember::disqualifications,
              BoardMember.Builder::addAllDisqualifications)
          .optional(
              "privateHealthcareInvolvement",
              PRIVATE_HEALTHCARE_INVOLVEMENT,
              BoardMember::privateHealthcareInvolvement,
              BoardMember.Builder::privateHealthcareInvolvement)
          .list("officesHeld", OFFICE_HELD, BoardMember::officesHeld, BoardMember.Builder::addAllOfficesHeld)
          .set(
              "designations",
              enumOf(Designation.class),
              BoardMember::designations,
              BoardMember.Builder::addAllDesignations)
          .optional("appointedOn", DATE, BoardMember::appointedOn, BoardMember.Builder::appointedOn)
          .optional("termEndsOn", DATE, BoardMember::termEndsOn, BoardMember.Builder::termEndsOn)
          .extensions(BoardMember::extensions, BoardMember.Builder::extensions)
          .build();

  static final ObjectFormat<Vacancy, Vacancy.Builder> VACANCY =
      ObjectFormat.of("Vacancy", Vacancy.class, Vacancy::builder, Vacancy.Builder::build)
          .required("id", LOCAL_ID, Vacancy::id, Vacancy.Builder::id)
          .required("role", enumOf(MemberRole.class), Vacancy::role, Vacancy.Builder::role)
          .optional(
              "ordinaryMemberKind",
              enumOf(OrdinaryMemberKind.class),
              Vacancy::ordinaryMemberKind,
              Vacancy.Builder::ordinaryMemberKind)
          .optional("postTitle", STRING, Vacancy::postTitle, Vacancy.Builder::postTitle)
          .optional("vacantSince", DATE, Vacancy::vacantSince, Vacancy.Builder::vacantSince)
          .build();

  static final ObjectFormat<UnrecordedSeat, UnrecordedSeat.Builder> UNRECORDED_SEAT =
      ObjectFormat.of("UnrecordedSeat", UnrecordedSeat.class, UnrecordedSeat::builder, UnrecordedSeat.Builder::build)
          .required("id", LOCAL_ID, UnrecordedSeat::id, UnrecordedSeat.Builder::id)
          .required("role", enumOf(MemberRole.class), UnrecordedSeat::role, UnrecordedSeat.Builder::role)
          .optional(
              "ordinaryMemberKind",
              enumOf(OrdinaryMemberKind.class),
              UnrecordedSeat::ordinaryMemberKind,
              UnrecordedSeat.Builder::ordinaryMemberKind)
          .set(
              "portfolios",
              enumOf(ExecutivePortfolio.class),
              UnrecordedSeat::portfolios,
              UnrecordedSeat.Builder::addAllPortfolios)
          .optional("postTitle", STRING, UnrecordedSeat::postTitle, UnrecordedSeat.Builder::postTitle)
          .build();

  static final ObjectFormat<Board, Board.Builder> BOARD =
      ObjectFormat.of("Board", Board.class, Board::builder, Board.Builder::build)
          .list("members", BOARD_MEMBER, Board::members, Board.Builder::addAllMembers, "id", BoardMember::id)
          .list("vacancies", VACANCY, Board::vacancies, Board.Builder::addAllVacancies, "id", Vacancy::id)
          .list("unrecordedSeats", UNRECORDED_SEAT, Board::unrecordedSeats, Board.Builder::addAllUnrecordedSeats,
              "id", UnrecordedSeat::id)
          .build();

  static final ObjectFormat<CommitteeMember, CommitteeMember.Builder> COMMITTEE_MEMBER =
      ObjectFormat.of(
              "CommitteeMember",
              CommitteeMember.class,
              CommitteeMember::builder,
              CommitteeMember.Builder::build)
          .required("id", LOCAL_ID, CommitteeMember::id, CommitteeMember.Builder::id)
          .optional("name", STRING, CommitteeMember::name, CommitteeMember.Builder::name)
          .optional("boardMember", LOCAL_ID, CommitteeMember::boardMember, CommitteeMember.Builder::boardMember)
          .optional("person", LOCAL_ID, CommitteeMember::person, CommitteeMember.Builder::person)
          .optional(
              "employedByIcb", BOOLEAN, CommitteeMember::employedByIcb, CommitteeMember.Builder::employedByIcb)
          .optional(
              "privateHealthcareInvolvement",
              PRIVATE_HEALTHCARE_INVOLVEMENT,
              CommitteeMember::privateHealthcareInvolvement,
              CommitteeMember.Builder::privateHealthcareInvolvement)
          .optional(
              "approvedByChair",
              BOOLEAN,
              CommitteeMember::approvedByChair,
              CommitteeMember.Builder::approvedByChair)
          .build();

  static final ObjectFormat<Committee, Committee.Builder> COMMITTEE =
      ObjectFormat.of("Committee", Committee.class, Committee::builder, Committee.Builder::build)
          .required("id", LOCAL_ID, Committee::id, Committee.Builder::id)
          .required("name", STRING, Committee::name, Committee.Builder::name)
          .required("kind", enumOf(CommitteeKind.class), Committee::kind, Committee.Builder::kind)
          .defaulted(
              "exercisesCommissioningFunctions",
              BOOLEAN,
              Committee::exercisesCommissioningFunctions,
              Committee.Builder::exercisesCommissioningFunctions)
          .optional("chair", LOCAL_ID, Committee::chair, Committee.Builder::chair)
          .list(
              "members",
              COMMITTEE_MEMBER,
              Committee::members,
              Committee.Builder::addAllMembers,
              "id",
              CommitteeMember::id)
          .build();

  // interest

  static final ObjectFormat<Declaration, Declaration.Builder> DECLARATION =
      ObjectFormat.of("Declaration", Declaration.class, Declaration::builder, Declaration.Builder::build)
          .required("id", LOCAL_ID, Declaration::id, Declaration.Builder::id)
          .required("person", LOCAL_ID, Declaration::person, Declaration.Builder::person)
          .required("interest", STRING, Declaration::interest, Declaration.Builder::interest)
          .required("kind", enumOf(InterestKind.class), Declaration::kind, Declaration.Builder::kind)
          .required("becameAwareOn", DATE, Declaration::becameAwareOn, Declaration.Builder::becameAwareOn)
          .required("declaredOn", DATE, Declaration::declaredOn, Declaration.Builder::declaredOn)
          .build();

  static final ObjectFormat<RegisterOfInterests, RegisterOfInterests.Builder> REGISTER_OF_INTERESTS =
      ObjectFormat.of(
              "RegisterOfInterests",
              RegisterOfInterests.class,
              RegisterOfInterests::builder,
              RegisterOfInterests.Builder::build)
          .required("id", LOCAL_ID, RegisterOfInterests::id, RegisterOfInterests.Builder::id)
          .set(
              "covers",
              enumOf(RegisterScope.class),
              RegisterOfInterests::covers,
              RegisterOfInterests.Builder::addAllCovers)
          .required(
              "access",
              enumOf(RegisterAccess.class),
              RegisterOfInterests::access,
              RegisterOfInterests.Builder::access)
          .optional("url", STRING, RegisterOfInterests::url, RegisterOfInterests.Builder::url)
          .list(
              "declarations",
              DECLARATION,
              RegisterOfInterests::declarations,
              RegisterOfInterests.Builder::addAllDeclarations,
              "id",
              Declaration::id)
          .build();
}
