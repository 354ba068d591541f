package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.BOOLEAN;
import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.DECIMAL;
import static io.github.icsmodel.json.Values.DUTY_ID;
import static io.github.icsmodel.json.Values.FINANCIAL_YEAR;
import static io.github.icsmodel.json.Values.GSS_CODE;
import static io.github.icsmodel.json.Values.INTEGER;
import static io.github.icsmodel.json.Values.JSON_POINTER;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.ODS_CODE;
import static io.github.icsmodel.json.Values.RULE_ID;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
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
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.CollaborativeOrientation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.Neighbourhood;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.system.SharedPost;
import io.github.icsmodel.validation.Waiver;
import java.util.List;

/**
 * The object types of format {@code icsmodel/1}, one table each. Every table lists the type's properties in the
 * order its accessors are declared, under the accessors' names: the format is the model, spelt in JSON.
 *
 * <p>Types used by others come first, so that each table can refer to the formats of its parts.
 */
final class Formats {
  private Formats() {}

  // organisation

  static final ObjectFormat<Organisation, Organisation.Builder> ORGANISATION =
      ObjectFormat.of("Organisation", Organisation.class, Organisation::builder, Organisation.Builder::build)
          .required("id", LOCAL_ID, Organisation::id, Organisation.Builder::id)
          .required("name", STRING, Organisation::name, Organisation.Builder::name)
          .required("kind", enumOf(OrganisationKind.class), Organisation::kind, Organisation.Builder::kind)
          .optional("odsCode", ODS_CODE, Organisation::odsCode, Organisation.Builder::odsCode)
          .optional("gssCode", GSS_CODE, Organisation::gssCode, Organisation.Builder::gssCode)
          .optional(
              "localAuthorityType",
              enumOf(LocalAuthorityType.class),
              Organisation::localAuthorityType,
              Organisation.Builder::localAuthorityType)
          .set(
              "services",
              enumOf(ProviderService.class),
              Organisation::services,
              Organisation.Builder::addAllServices)
          .set("areasServed", GSS_CODE, Organisation::areasServed, Organisation.Builder::addAllAreasServed)
          .optional("dissolvedOn", DATE, Organisation::dissolvedOn, Organisation.Builder::dissolvedOn)
          .extensions(Organisation::extensions, Organisation.Builder::extensions)
          .build();

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

  // system: the ICB

  static final ObjectFormat<IntegratedCareBoard, IntegratedCareBoard.Builder> INTEGRATED_CARE_BOARD =
      ObjectFormat.of(
              "IntegratedCareBoard",
              IntegratedCareBoard.class,
              IntegratedCareBoard::builder,
              IntegratedCareBoard.Builder::build)
          .required("id", LOCAL_ID, IntegratedCareBoard::id, IntegratedCareBoard.Builder::id)
          .required("name", STRING, IntegratedCareBoard::name, IntegratedCareBoard.Builder::name)
          .optional("odsCode", ODS_CODE, IntegratedCareBoard::odsCode, IntegratedCareBoard.Builder::odsCode)
          .optional("gssCode", GSS_CODE, IntegratedCareBoard::gssCode, IntegratedCareBoard.Builder::gssCode)
          .defaulted(
              "establishedOn",
              DATE,
              IntegratedCareBoard::establishedOn,
              IntegratedCareBoard.Builder::establishedOn)
          .optional(
              "dissolvedOn", DATE, IntegratedCareBoard::dissolvedOn, IntegratedCareBoard.Builder::dissolvedOn)
          .set(
              "predecessors",
              ODS_CODE,
              IntegratedCareBoard::predecessors,
              IntegratedCareBoard.Builder::addAllPredecessors)
          .optional(
              "successor", ODS_CODE, IntegratedCareBoard::successor, IntegratedCareBoard.Builder::successor)
          .optional(
              "constitutionPublished",
              BOOLEAN,
              IntegratedCareBoard::constitutionPublished,
              IntegratedCareBoard.Builder::constitutionPublished)
          .defaulted("board", BOARD, IntegratedCareBoard::board, IntegratedCareBoard.Builder::board)
          .list(
              "committees",
              COMMITTEE,
              IntegratedCareBoard::committees,
              IntegratedCareBoard.Builder::addAllCommittees,
              "id",
              Committee::id)
          .list(
              "registersOfInterests",
              REGISTER_OF_INTERESTS,
              IntegratedCareBoard::registersOfInterests,
              IntegratedCareBoard.Builder::addAllRegistersOfInterests,
              "id",
              RegisterOfInterests::id)
          .extensions(IntegratedCareBoard::extensions, IntegratedCareBoard.Builder::extensions)
          .build();

  // plan

  static final ObjectFormat<IntegratedCareStrategy, IntegratedCareStrategy.Builder>
      INTEGRATED_CARE_STRATEGY =
          ObjectFormat.of(
                  "IntegratedCareStrategy",
                  IntegratedCareStrategy.class,
                  IntegratedCareStrategy::builder,
                  IntegratedCareStrategy.Builder::build)
              .required("id", LOCAL_ID, IntegratedCareStrategy::id, IntegratedCareStrategy.Builder::id)
              .optional(
                  "preparedOn",
                  DATE,
                  IntegratedCareStrategy::preparedOn,
                  IntegratedCareStrategy.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  IntegratedCareStrategy::publishedOn,
                  IntegratedCareStrategy.Builder::publishedOn)
              .defaulted(
                  "healthwatchInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::healthwatchInvolved,
                  IntegratedCareStrategy.Builder::healthwatchInvolved)
              .defaulted(
                  "publicInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::publicInvolved,
                  IntegratedCareStrategy.Builder::publicInvolved)
              .defaulted(
                  "consideredSection75Arrangements",
                  BOOLEAN,
                  IntegratedCareStrategy::consideredSection75Arrangements,
                  IntegratedCareStrategy.Builder::consideredSection75Arrangements)
              .set(
                  "givenTo",
                  LOCAL_ID,
                  IntegratedCareStrategy::givenTo,
                  IntegratedCareStrategy.Builder::addAllGivenTo)
              .build();

  static final ObjectFormat<JointForwardPlan, JointForwardPlan.Builder> JOINT_FORWARD_PLAN =
      ObjectFormat.of(
              "JointForwardPlan",
              JointForwardPlan.class,
              JointForwardPlan::builder,
              JointForwardPlan.Builder::build)
          .required("id", LOCAL_ID, JointForwardPlan::id, JointForwardPlan.Builder::id)
          .required("firstYear", FINANCIAL_YEAR, JointForwardPlan::firstYear, JointForwardPlan.Builder::firstYear)
          .required("yearsCovered", INTEGER, JointForwardPlan::yearsCovered, JointForwardPlan.Builder::yearsCovered)
          .required("preparedOn", DATE, JointForwardPlan::preparedOn, JointForwardPlan.Builder::preparedOn)
          .optional("publishedOn", DATE, JointForwardPlan::publishedOn, JointForwardPlan.Builder::publishedOn)
          .defaulted(
              "givenToIntegratedCarePartnership",
              BOOLEAN,
              JointForwardPlan::givenToIntegratedCarePartnership,
              JointForwardPlan.Builder::givenToIntegratedCarePartnership)
          .set(
              "givenToHealthAndWellbeingBoards",
              LOCAL_ID,
              JointForwardPlan::givenToHealthAndWellbeingBoards,
              JointForwardPlan.Builder::addAllGivenToHealthAndWellbeingBoards)
          .defaulted(
              "givenToNhsEngland",
              BOOLEAN,
              JointForwardPlan::givenToNhsEngland,
              JointForwardPlan.Builder::givenToNhsEngland)
          .set(
              "explainsDuties",
              DUTY_ID,
              JointForwardPlan::explainsDuties,
              JointForwardPlan.Builder::addAllExplainsDuties)
          .defaulted(
              "coversJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              JointForwardPlan::coversJointLocalHealthAndWellbeingStrategies,
              JointForwardPlan.Builder::coversJointLocalHealthAndWellbeingStrategies)
          .defaulted(
              "coversUnder25s",
              BOOLEAN,
              JointForwardPlan::coversUnder25s,
              JointForwardPlan.Builder::coversUnder25s)
          .defaulted(
              "coversVictimsOfAbuse",
              BOOLEAN,
              JointForwardPlan::coversVictimsOfAbuse,
              JointForwardPlan.Builder::coversVictimsOfAbuse)
          .optional(
              "includesConsultationSummary",
              BOOLEAN,
              JointForwardPlan::includesConsultationSummary,
              JointForwardPlan.Builder::includesConsultationSummary)
          .optional(
              "statesHealthAndWellbeingBoardOpinions",
              BOOLEAN,
              JointForwardPlan::statesHealthAndWellbeingBoardOpinions,
              JointForwardPlan.Builder::statesHealthAndWellbeingBoardOpinions)
          .optional(
              "describesHealthServices",
              BOOLEAN,
              JointForwardPlan::describesHealthServices,
              JointForwardPlan.Builder::describesHealthServices)
          .build();

  static final ObjectFormat<JointCapitalResourceUsePlan, JointCapitalResourceUsePlan.Builder>
      JOINT_CAPITAL_RESOURCE_USE_PLAN =
          ObjectFormat.of(
                  "JointCapitalResourceUsePlan",
                  JointCapitalResourceUsePlan.class,
                  JointCapitalResourceUsePlan::builder,
                  JointCapitalResourceUsePlan.Builder::build)
              .required("id", LOCAL_ID, JointCapitalResourceUsePlan::id, JointCapitalResourceUsePlan.Builder::id)
              .required(
                  "financialYear",
                  FINANCIAL_YEAR,
                  JointCapitalResourceUsePlan::financialYear,
                  JointCapitalResourceUsePlan.Builder::financialYear)
              .required(
                  "preparedOn",
                  DATE,
                  JointCapitalResourceUsePlan::preparedOn,
                  JointCapitalResourceUsePlan.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  JointCapitalResourceUsePlan::publishedOn,
                  JointCapitalResourceUsePlan.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToIntegratedCarePartnership,
                  JointCapitalResourceUsePlan.Builder::givenToIntegratedCarePartnership)
              .set(
                  "givenToHealthAndWellbeingBoards",
                  LOCAL_ID,
                  JointCapitalResourceUsePlan::givenToHealthAndWellbeingBoards,
                  JointCapitalResourceUsePlan.Builder::addAllGivenToHealthAndWellbeingBoards)
              .defaulted(
                  "givenToNhsEngland",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToNhsEngland,
                  JointCapitalResourceUsePlan.Builder::givenToNhsEngland)
              .build();

  static final ObjectFormat<AnnualReport, AnnualReport.Builder> ANNUAL_REPORT =
      ObjectFormat.of("AnnualReport", AnnualReport.class, AnnualReport::builder, AnnualReport.Builder::build)
          .required("id", LOCAL_ID, AnnualReport::id, AnnualReport.Builder::id)
          .required(
              "financialYear", FINANCIAL_YEAR, AnnualReport::financialYear, AnnualReport.Builder::financialYear)
          .optional("publishedOn", DATE, AnnualReport::publishedOn, AnnualReport.Builder::publishedOn)
          .defaulted(
              "givenToNhsEngland", BOOLEAN, AnnualReport::givenToNhsEngland, AnnualReport.Builder::givenToNhsEngland)
          .set("explainsDuties", DUTY_ID, AnnualReport::explainsDuties, AnnualReport.Builder::addAllExplainsDuties)
          .defaulted("reviewsPlans", BOOLEAN, AnnualReport::reviewsPlans, AnnualReport.Builder::reviewsPlans)
          .defaulted(
              "reviewsInequalitiesStatement",
              BOOLEAN,
              AnnualReport::reviewsInequalitiesStatement,
              AnnualReport.Builder::reviewsInequalitiesStatement)
          .defaulted(
              "reviewsJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              AnnualReport::reviewsJointLocalHealthAndWellbeingStrategies,
              AnnualReport.Builder::reviewsJointLocalHealthAndWellbeingStrategies)
          .optional(
              "consultedHealthAndWellbeingBoards",
              BOOLEAN,
              AnnualReport::consultedHealthAndWellbeingBoards,
              AnnualReport.Builder::consultedHealthAndWellbeingBoards)
          .optional(
              "mentalHealthExpenditure",
              DECIMAL,
              AnnualReport::mentalHealthExpenditure,
              AnnualReport.Builder::mentalHealthExpenditure)
          .optional(
              "mentalHealthProportion",
              DECIMAL,
              AnnualReport::mentalHealthProportion,
              AnnualReport.Builder::mentalHealthProportion)
          .defaulted(
              "explainsMentalHealthExpenditure",
              BOOLEAN,
              AnnualReport::explainsMentalHealthExpenditure,
              AnnualReport.Builder::explainsMentalHealthExpenditure)
          .build();

  static final ObjectFormat<JointStrategicNeedsAssessment, JointStrategicNeedsAssessment.Builder>
      JOINT_STRATEGIC_NEEDS_ASSESSMENT =
          ObjectFormat.of(
                  "JointStrategicNeedsAssessment",
                  JointStrategicNeedsAssessment.class,
                  JointStrategicNeedsAssessment::builder,
                  JointStrategicNeedsAssessment.Builder::build)
              .required(
                  "id", LOCAL_ID, JointStrategicNeedsAssessment::id, JointStrategicNeedsAssessment.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointStrategicNeedsAssessment::localAuthority,
                  JointStrategicNeedsAssessment.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointStrategicNeedsAssessment::publishedOn,
                  JointStrategicNeedsAssessment.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointStrategicNeedsAssessment::givenToIntegratedCarePartnership,
                  JointStrategicNeedsAssessment.Builder::givenToIntegratedCarePartnership)
              .optional(
                  "strategyRevisionConsidered",
                  BOOLEAN,
                  JointStrategicNeedsAssessment::strategyRevisionConsidered,
                  JointStrategicNeedsAssessment.Builder::strategyRevisionConsidered)
              .build();

  static final ObjectFormat<JointLocalHealthAndWellbeingStrategy, JointLocalHealthAndWellbeingStrategy.Builder>
      JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY =
          ObjectFormat.of(
                  "JointLocalHealthAndWellbeingStrategy",
                  JointLocalHealthAndWellbeingStrategy.class,
                  JointLocalHealthAndWellbeingStrategy::builder,
                  JointLocalHealthAndWellbeingStrategy.Builder::build)
              .required(
                  "id",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::id,
                  JointLocalHealthAndWellbeingStrategy.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::localAuthority,
                  JointLocalHealthAndWellbeingStrategy.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointLocalHealthAndWellbeingStrategy::publishedOn,
                  JointLocalHealthAndWellbeingStrategy.Builder::publishedOn)
              .build();

  // system: the ICP

  static final ObjectFormat<IcpMember, IcpMember.Builder> ICP_MEMBER =
      ObjectFormat.of("IcpMember", IcpMember.class, IcpMember::builder, IcpMember.Builder::build)
          .required("id", LOCAL_ID, IcpMember::id, IcpMember.Builder::id)
          .required("name", STRING, IcpMember::name, IcpMember.Builder::name)
          .required(
              "appointedBy", enumOf(IcpAppointer.class), IcpMember::appointedBy, IcpMember.Builder::appointedBy)
          .optional(
              "appointingAuthority",
              LOCAL_ID,
              IcpMember::appointingAuthority,
              IcpMember.Builder::appointingAuthority)
          .optional("organisation", LOCAL_ID, IcpMember::organisation, IcpMember.Builder::organisation)
          .optional("person", LOCAL_ID, IcpMember::person, IcpMember.Builder::person)
          .build();

  static final ObjectFormat<IntegratedCarePartnership, IntegratedCarePartnership.Builder>
      INTEGRATED_CARE_PARTNERSHIP =
          ObjectFormat.of(
                  "IntegratedCarePartnership",
                  IntegratedCarePartnership.class,
                  IntegratedCarePartnership::builder,
                  IntegratedCarePartnership.Builder::build)
              .required(
                  "name", STRING, IntegratedCarePartnership::name, IntegratedCarePartnership.Builder::name)
              .list(
                  "members",
                  ICP_MEMBER,
                  IntegratedCarePartnership::members,
                  IntegratedCarePartnership.Builder::addAllMembers,
                  "id",
                  IcpMember::id)
              .optional(
                  "strategy",
                  INTEGRATED_CARE_STRATEGY,
                  IntegratedCarePartnership::strategy,
                  IntegratedCarePartnership.Builder::strategy)
              .extensions(
                  IntegratedCarePartnership::extensions, IntegratedCarePartnership.Builder::extensions)
              .build();

  // system: footprint, places, collaboratives, PCNs, neighbourhoods

  static final ObjectFormat<FootprintArea, FootprintArea.Builder> FOOTPRINT_AREA =
      ObjectFormat.of("FootprintArea", FootprintArea.class, FootprintArea::builder, FootprintArea.Builder::build)
          .required(
              "localAuthority", LOCAL_ID, FootprintArea::localAuthority, FootprintArea.Builder::localAuthority)
          .optional("share", DECIMAL, FootprintArea::share, FootprintArea.Builder::share)
          .build();

  static final ObjectFormat<PlaceBasedPartnership, PlaceBasedPartnership.Builder> PLACE_BASED_PARTNERSHIP =
      ObjectFormat.of(
              "PlaceBasedPartnership",
              PlaceBasedPartnership.class,
              PlaceBasedPartnership::builder,
              PlaceBasedPartnership.Builder::build)
          .required("id", LOCAL_ID, PlaceBasedPartnership::id, PlaceBasedPartnership.Builder::id)
          .required("name", STRING, PlaceBasedPartnership::name, PlaceBasedPartnership.Builder::name)
          .set(
              "localAuthorities",
              LOCAL_ID,
              PlaceBasedPartnership::localAuthorities,
              PlaceBasedPartnership.Builder::addAllLocalAuthorities)
          .set(
              "members",
              LOCAL_ID,
              PlaceBasedPartnership::members,
              PlaceBasedPartnership.Builder::addAllMembers)
          .extensions(PlaceBasedPartnership::extensions, PlaceBasedPartnership.Builder::extensions)
          .build();

  static final ObjectFormat<ProviderCollaborative, ProviderCollaborative.Builder> PROVIDER_COLLABORATIVE =
      ObjectFormat.of(
              "ProviderCollaborative",
              ProviderCollaborative.class,
              ProviderCollaborative::builder,
              ProviderCollaborative.Builder::build)
          .required("id", LOCAL_ID, ProviderCollaborative::id, ProviderCollaborative.Builder::id)
          .required("name", STRING, ProviderCollaborative::name, ProviderCollaborative.Builder::name)
          .optional(
              "orientation",
              enumOf(CollaborativeOrientation.class),
              ProviderCollaborative::orientation,
              ProviderCollaborative.Builder::orientation)
          .set(
              "members",
              LOCAL_ID,
              ProviderCollaborative::members,
              ProviderCollaborative.Builder::addAllMembers)
          .optional("lead", LOCAL_ID, ProviderCollaborative::lead, ProviderCollaborative.Builder::lead)
          .extensions(ProviderCollaborative::extensions, ProviderCollaborative.Builder::extensions)
          .build();

  static final ObjectFormat<PrimaryCareNetwork, PrimaryCareNetwork.Builder> PRIMARY_CARE_NETWORK =
      ObjectFormat.of(
              "PrimaryCareNetwork",
              PrimaryCareNetwork.class,
              PrimaryCareNetwork::builder,
              PrimaryCareNetwork.Builder::build)
          .required("id", LOCAL_ID, PrimaryCareNetwork::id, PrimaryCareNetwork.Builder::id)
          .required("name", STRING, PrimaryCareNetwork::name, PrimaryCareNetwork.Builder::name)
          .optional("odsCode", ODS_CODE, PrimaryCareNetwork::odsCode, PrimaryCareNetwork.Builder::odsCode)
          .set(
              "practices",
              LOCAL_ID,
              PrimaryCareNetwork::practices,
              PrimaryCareNetwork.Builder::addAllPractices)
          .optional("place", LOCAL_ID, PrimaryCareNetwork::place, PrimaryCareNetwork.Builder::place)
          .build();

  static final ObjectFormat<Neighbourhood, Neighbourhood.Builder> NEIGHBOURHOOD =
      ObjectFormat.of("Neighbourhood", Neighbourhood.class, Neighbourhood::builder, Neighbourhood.Builder::build)
          .required("id", LOCAL_ID, Neighbourhood::id, Neighbourhood.Builder::id)
          .required("name", STRING, Neighbourhood::name, Neighbourhood.Builder::name)
          .optional("place", LOCAL_ID, Neighbourhood::place, Neighbourhood.Builder::place)
          .set(
              "primaryCareNetworks",
              LOCAL_ID,
              Neighbourhood::primaryCareNetworks,
              Neighbourhood.Builder::addAllPrimaryCareNetworks)
          .optionalInt("population", Neighbourhood::population, Neighbourhood.Builder::population)
          .build();

  // purpose and inequality

  static final ObjectFormat<MeasuredValue, MeasuredValue.Builder> MEASURED_VALUE =
      ObjectFormat.of(
              "MeasuredValue", MeasuredValue.class, MeasuredValue::builder, MeasuredValue.Builder::build)
          .required("value", DECIMAL, MeasuredValue::value, MeasuredValue.Builder::value)
          .required("date", DATE, MeasuredValue::date, MeasuredValue.Builder::date)
          .build();

  static final ObjectFormat<Measure, Measure.Builder> MEASURE =
      ObjectFormat.of("Measure", Measure.class, Measure::builder, Measure.Builder::build)
          .required("indicator", LOCAL_ID, Measure::indicator, Measure.Builder::indicator)
          .optional("baseline", MEASURED_VALUE, Measure::baseline, Measure.Builder::baseline)
          .optional("target", MEASURED_VALUE, Measure::target, Measure.Builder::target)
          .list("measurements", MEASURED_VALUE, Measure::measurements, Measure.Builder::addAllMeasurements)
          .build();

  static final ObjectFormat<Objective, Objective.Builder> OBJECTIVE =
      ObjectFormat.of("Objective", Objective.class, Objective::builder, Objective.Builder::build)
          .required("id", LOCAL_ID, Objective::id, Objective.Builder::id)
          .required("title", STRING, Objective::title, Objective.Builder::title)
          .set("purposes", enumOf(CorePurpose.class), Objective::purposes, Objective.Builder::addAllPurposes)
          .list("measures", MEASURE, Objective::measures, Objective.Builder::addAllMeasures)
          .extensions(Objective::extensions, Objective.Builder::extensions)
          .build();

  static final ObjectFormat<IndicatorValue, IndicatorValue.Builder> INDICATOR_VALUE =
      ObjectFormat.of(
              "IndicatorValue", IndicatorValue.class, IndicatorValue::builder, IndicatorValue.Builder::build)
          .required("period", STRING, IndicatorValue::period, IndicatorValue.Builder::period)
          .required("periodEnd", DATE, IndicatorValue::periodEnd, IndicatorValue.Builder::periodEnd)
          .optional(
              "dimension",
              enumOf(BreakdownDimension.class),
              IndicatorValue::dimension,
              IndicatorValue.Builder::dimension)
          .optional("group", STRING, IndicatorValue::group, IndicatorValue.Builder::group)
          .required("value", DECIMAL, IndicatorValue::value, IndicatorValue.Builder::value)
          .optional("numerator", DECIMAL, IndicatorValue::numerator, IndicatorValue.Builder::numerator)
          .optional("denominator", DECIMAL, IndicatorValue::denominator, IndicatorValue.Builder::denominator)
          .optional("lowerLimit", DECIMAL, IndicatorValue::lowerLimit, IndicatorValue.Builder::lowerLimit)
          .optional("upperLimit", DECIMAL, IndicatorValue::upperLimit, IndicatorValue.Builder::upperLimit)
          .build();

  static final ObjectFormat<Indicator, Indicator.Builder> INDICATOR =
      ObjectFormat.of("Indicator", Indicator.class, Indicator::builder, Indicator.Builder::build)
          .required("id", LOCAL_ID, Indicator::id, Indicator.Builder::id)
          .required("name", STRING, Indicator::name, Indicator.Builder::name)
          .required("domain", enumOf(IndicatorDomain.class), Indicator::domain, Indicator.Builder::domain)
          .required(
              "valueType", enumOf(IndicatorValueType.class), Indicator::valueType, Indicator.Builder::valueType)
          .defaulted("multiplier", DECIMAL, Indicator::multiplier, Indicator.Builder::multiplier)
          .optional("higherIsBetter", BOOLEAN, Indicator::higherIsBetter, Indicator.Builder::higherIsBetter)
          .optional("source", STRING, Indicator::source, Indicator.Builder::source)
          .list("values", INDICATOR_VALUE, Indicator::values, Indicator.Builder::addAllValues)
          .extensions(Indicator::extensions, Indicator.Builder::extensions)
          .build();

  // cooperation

  static final ObjectFormat<CooperationArrangement, CooperationArrangement.Builder> COOPERATION_ARRANGEMENT =
      ObjectFormat.of(
              "CooperationArrangement",
              CooperationArrangement.class,
              CooperationArrangement::builder,
              CooperationArrangement.Builder::build)
          .required("id", LOCAL_ID, CooperationArrangement::id, CooperationArrangement.Builder::id)
          .required(
              "kind",
              enumOf(ArrangementKind.class),
              CooperationArrangement::kind,
              CooperationArrangement.Builder::kind)
          .optional("name", STRING, CooperationArrangement::name, CooperationArrangement.Builder::name)
          .set("parties", LOCAL_ID, CooperationArrangement::parties, CooperationArrangement.Builder::addAllParties)
          .optional(
              "effectiveFrom",
              DATE,
              CooperationArrangement::effectiveFrom,
              CooperationArrangement.Builder::effectiveFrom)
          .optional(
              "effectiveTo",
              DATE,
              CooperationArrangement::effectiveTo,
              CooperationArrangement.Builder::effectiveTo)
          .extensions(CooperationArrangement::extensions, CooperationArrangement.Builder::extensions)
          .build();

  // assurance and waivers

  static final ObjectFormat<Evidence, Evidence.Builder> EVIDENCE =
      ObjectFormat.of("Evidence", Evidence.class, Evidence::builder, Evidence.Builder::build)
          .required("document", STRING, Evidence::document, Evidence.Builder::document)
          .optional("section", STRING, Evidence::section, Evidence.Builder::section)
          .required("date", DATE, Evidence::date, Evidence.Builder::date)
          .set("limbs", DUTY_ID, Evidence::limbs, Evidence.Builder::addAllLimbs)
          .build();

  static final ObjectFormat<DutyAssurance, DutyAssurance.Builder> DUTY_ASSURANCE =
      ObjectFormat.of("DutyAssurance", DutyAssurance.class, DutyAssurance::builder, DutyAssurance.Builder::build)
          .required("duty", DUTY_ID, DutyAssurance::duty, DutyAssurance.Builder::duty)
          .optional(
              "accountableLead",
              LOCAL_ID,
              DutyAssurance::accountableLead,
              DutyAssurance.Builder::accountableLead)
          .list("evidence", EVIDENCE, DutyAssurance::evidence, DutyAssurance.Builder::addAllEvidence)
          .build();

  static final ObjectFormat<Waiver, Waiver.Builder> WAIVER =
      ObjectFormat.of("Waiver", Waiver.class, Waiver::builder, Waiver.Builder::build)
          .required("rule", RULE_ID, Waiver::rule, Waiver.Builder::rule)
          .required("path", JSON_POINTER, Waiver::path, Waiver.Builder::path)
          .required("justification", STRING, Waiver::justification, Waiver.Builder::justification)
          .required("approvedBy", STRING, Waiver::approvedBy, Waiver.Builder::approvedBy)
          .required("expiresOn", DATE, Waiver::expiresOn, Waiver.Builder::expiresOn)
          .build();

  // the system, and the nation

  static final ObjectFormat<IntegratedCareSystem, IntegratedCareSystem.Builder> INTEGRATED_CARE_SYSTEM =
      ObjectFormat.of(
              "IntegratedCareSystem",
              IntegratedCareSystem.class,
              IntegratedCareSystem::builder,
              IntegratedCareSystem.Builder::build)
          .document()
          .hint("systems", "this is a national configuration's property: read the document with readNational")
          .hint("clusters", "this is a national configuration's property: read the document with readNational")
          .required("id", LOCAL_ID, IntegratedCareSystem::id, IntegratedCareSystem.Builder::id)
          .required("name", STRING, IntegratedCareSystem::name, IntegratedCareSystem.Builder::name)
          .required("icb", INTEGRATED_CARE_BOARD, IntegratedCareSystem::icb, IntegratedCareSystem.Builder::icb)
          .optional(
              "icp", INTEGRATED_CARE_PARTNERSHIP, IntegratedCareSystem::icp, IntegratedCareSystem.Builder::icp)
          .list(
              "footprint",
              FOOTPRINT_AREA,
              IntegratedCareSystem::footprint,
              IntegratedCareSystem.Builder::addAllFootprint,
              "localAuthority",
              FootprintArea::localAuthority)
          .list(
              "organisations",
              ORGANISATION,
              IntegratedCareSystem::organisations,
              IntegratedCareSystem.Builder::addAllOrganisations,
              "id",
              Organisation::id)
          .list(
              "places",
              PLACE_BASED_PARTNERSHIP,
              IntegratedCareSystem::places,
              IntegratedCareSystem.Builder::addAllPlaces,
              "id",
              PlaceBasedPartnership::id)
          .list(
              "providerCollaboratives",
              PROVIDER_COLLABORATIVE,
              IntegratedCareSystem::providerCollaboratives,
              IntegratedCareSystem.Builder::addAllProviderCollaboratives,
              "id",
              ProviderCollaborative::id)
          .list(
              "primaryCareNetworks",
              PRIMARY_CARE_NETWORK,
              IntegratedCareSystem::primaryCareNetworks,
              IntegratedCareSystem.Builder::addAllPrimaryCareNetworks,
              "id",
              PrimaryCareNetwork::id)
          .list(
              "neighbourhoods",
              NEIGHBOURHOOD,
              IntegratedCareSystem::neighbourhoods,
              IntegratedCareSystem.Builder::addAllNeighbourhoods,
              "id",
              Neighbourhood::id)
          .list(
              "objectives",
              OBJECTIVE,
              IntegratedCareSystem::objectives,
              IntegratedCareSystem.Builder::addAllObjectives,
              "id",
              Objective::id)
          .list(
              "indicators",
              INDICATOR,
              IntegratedCareSystem::indicators,
              IntegratedCareSystem.Builder::addAllIndicators,
              "id",
              Indicator::id)
          .list(
              "arrangements",
              COOPERATION_ARRANGEMENT,
              IntegratedCareSystem::arrangements,
              IntegratedCareSystem.Builder::addAllArrangements,
              "id",
              CooperationArrangement::id)
          .list(
              "jointForwardPlans",
              JOINT_FORWARD_PLAN,
              IntegratedCareSystem::jointForwardPlans,
              IntegratedCareSystem.Builder::addAllJointForwardPlans,
              "id",
              JointForwardPlan::id)
          .list(
              "capitalResourceUsePlans",
              JOINT_CAPITAL_RESOURCE_USE_PLAN,
              IntegratedCareSystem::capitalResourceUsePlans,
              IntegratedCareSystem.Builder::addAllCapitalResourceUsePlans,
              "id",
              JointCapitalResourceUsePlan::id)
          .list(
              "annualReports",
              ANNUAL_REPORT,
              IntegratedCareSystem::annualReports,
              IntegratedCareSystem.Builder::addAllAnnualReports,
              "id",
              AnnualReport::id)
          .list(
              "needsAssessments",
              JOINT_STRATEGIC_NEEDS_ASSESSMENT,
              IntegratedCareSystem::needsAssessments,
              IntegratedCareSystem.Builder::addAllNeedsAssessments,
              "id",
              JointStrategicNeedsAssessment::id)
          .list(
              "healthAndWellbeingStrategies",
              JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY,
              IntegratedCareSystem::healthAndWellbeingStrategies,
              IntegratedCareSystem.Builder::addAllHealthAndWellbeingStrategies,
              "id",
              JointLocalHealthAndWellbeingStrategy::id)
          .set(
              "recordedSections",
              enumOf(RecordedSection.class),
              IntegratedCareSystem::recordedSections,
              IntegratedCareSystem.Builder::addAllRecordedSections)
          .list(
              "dutyAssurances",
              DUTY_ASSURANCE,
              IntegratedCareSystem::dutyAssurances,
              IntegratedCareSystem.Builder::addAllDutyAssurances)
          .list("waivers", WAIVER, IntegratedCareSystem::waivers, IntegratedCareSystem.Builder::addAllWaivers)
          .extensions(IntegratedCareSystem::extensions, IntegratedCareSystem.Builder::extensions)
          .build();

  static final ObjectFormat<SharedPost, SharedPost.Builder> SHARED_POST =
      ObjectFormat.of("SharedPost", SharedPost.class, SharedPost::builder, SharedPost.Builder::build)
          .required("role", enumOf(MemberRole.class), SharedPost::role, SharedPost.Builder::role)
          .required("member", LOCAL_ID, SharedPost::member, SharedPost.Builder::member)
          .required("sharedFrom", DATE, SharedPost::sharedFrom, SharedPost.Builder::sharedFrom)
          .optional("sharedUntil", DATE, SharedPost::sharedUntil, SharedPost.Builder::sharedUntil)
          .build();

  static final ObjectFormat<IcbCluster, IcbCluster.Builder> ICB_CLUSTER =
      ObjectFormat.of("IcbCluster", IcbCluster.class, IcbCluster::builder, IcbCluster.Builder::build)
          .required("id", LOCAL_ID, IcbCluster::id, IcbCluster.Builder::id)
          .required("name", STRING, IcbCluster::name, IcbCluster.Builder::name)
          .set("systems", LOCAL_ID, IcbCluster::systems, IcbCluster.Builder::addAllSystems)
          .set("sharedLeaders", LOCAL_ID, IcbCluster::sharedLeaders, IcbCluster.Builder::addAllSharedLeaders)
          .list("sharedPosts", SHARED_POST, IcbCluster::sharedPosts, IcbCluster.Builder::addAllSharedPosts)
          .required("startedOn", DATE, IcbCluster::startedOn, IcbCluster.Builder::startedOn)
          .optional("endedOn", DATE, IcbCluster::endedOn, IcbCluster.Builder::endedOn)
          .build();

  static final ObjectFormat<NationalConfiguration, NationalConfiguration.Builder> NATIONAL_CONFIGURATION =
      ObjectFormat.of(
              "NationalConfiguration",
              NationalConfiguration.class,
              NationalConfiguration::builder,
              NationalConfiguration.Builder::build)
          .document()
          .hint("icb", "this is a system's property: read the document with readSystem")
          .hint("id", "this is a system's property: read the document with readSystem")
          .list(
              "systems",
              INTEGRATED_CARE_SYSTEM,
              NationalConfiguration::systems,
              NationalConfiguration.Builder::addAllSystems,
              "id",
              IntegratedCareSystem::id)
          .list(
              "clusters",
              ICB_CLUSTER,
              NationalConfiguration::clusters,
              NationalConfiguration.Builder::addAllClusters,
              "id",
              IcbCluster::id)
          .build();

  /** Every object format, parts before wholes. */
  static final List<ObjectFormat<?, ?>> ALL =
      ImmutableList.of(
          ORGANISATION,
          PRIVATE_HEALTHCARE_INVOLVEMENT,
          OFFICE_HELD,
          BOARD_MEMBER,
          VACANCY,
          UNRECORDED_SEAT,
          BOARD,
          COMMITTEE_MEMBER,
          COMMITTEE,
          DECLARATION,
          REGISTER_OF_INTERESTS,
          INTEGRATED_CARE_BOARD,
          INTEGRATED_CARE_STRATEGY,
          JOINT_FORWARD_PLAN,
          JOINT_CAPITAL_RESOURCE_USE_PLAN,
          ANNUAL_REPORT,
          JOINT_STRATEGIC_NEEDS_ASSESSMENT,
          JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY,
          ICP_MEMBER,
          INTEGRATED_CARE_PARTNERSHIP,
          FOOTPRINT_AREA,
          PLACE_BASED_PARTNERSHIP,
          PROVIDER_COLLABORATIVE,
          PRIMARY_CARE_NETWORK,
          NEIGHBOURHOOD,
          MEASURED_VALUE,
          MEASURE,
          OBJECTIVE,
          INDICATOR_VALUE,
          INDICATOR,
          COOPERATION_ARRANGEMENT,
          EVIDENCE,
          DUTY_ASSURANCE,
          WAIVER,
          INTEGRATED_CARE_SYSTEM,
          SHARED_POST,
          ICB_CLUSTER,
          NATIONAL_CONFIGURATION);
}
