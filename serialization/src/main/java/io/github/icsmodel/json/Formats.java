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
import io.github.icsmodel.assurance.ImmutableDutyAssurance;
import io.github.icsmodel.assurance.ImmutableEvidence;
import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.DisqualificationGround;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.ImmutableBoard;
import io.github.icsmodel.board.ImmutableBoardMember;
import io.github.icsmodel.board.ImmutableCommittee;
import io.github.icsmodel.board.ImmutableCommitteeMember;
import io.github.icsmodel.board.ImmutableOfficeHeld;
import io.github.icsmodel.board.ImmutableVacancy;
import io.github.icsmodel.board.ImmutablePrivateHealthcareInvolvement;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.NominatingConstituency;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.board.Tenure;
import io.github.icsmodel.board.Vacancy;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.cooperation.ImmutableCooperationArrangement;
import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.ImmutableIndicator;
import io.github.icsmodel.inequality.ImmutableIndicatorValue;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.ImmutableDeclaration;
import io.github.icsmodel.interest.ImmutableRegisterOfInterests;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.ImmutableOrganisation;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.ImmutableAnnualReport;
import io.github.icsmodel.plan.ImmutableIntegratedCareStrategy;
import io.github.icsmodel.plan.ImmutableJointCapitalResourceUsePlan;
import io.github.icsmodel.plan.ImmutableJointForwardPlan;
import io.github.icsmodel.plan.ImmutableJointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.ImmutableJointStrategicNeedsAssessment;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.ImmutableMeasure;
import io.github.icsmodel.purpose.ImmutableMeasuredValue;
import io.github.icsmodel.purpose.ImmutableObjective;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.CollaborativeOrientation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.ImmutableFootprintArea;
import io.github.icsmodel.system.ImmutableIcbCluster;
import io.github.icsmodel.system.ImmutableIcpMember;
import io.github.icsmodel.system.ImmutableIntegratedCareBoard;
import io.github.icsmodel.system.ImmutableIntegratedCarePartnership;
import io.github.icsmodel.system.ImmutableIntegratedCareSystem;
import io.github.icsmodel.system.ImmutableNationalConfiguration;
import io.github.icsmodel.system.ImmutableNeighbourhood;
import io.github.icsmodel.system.ImmutablePlaceBasedPartnership;
import io.github.icsmodel.system.ImmutablePrimaryCareNetwork;
import io.github.icsmodel.system.ImmutableProviderCollaborative;
import io.github.icsmodel.system.ImmutableSharedPost;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.Neighbourhood;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.system.SharedPost;
import io.github.icsmodel.validation.ImmutableWaiver;
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

  static final ObjectFormat<Organisation, ImmutableOrganisation.Builder> ORGANISATION =
      ObjectFormat.of("Organisation", Organisation.class, Organisation::builder, ImmutableOrganisation.Builder::build)
          .required("id", LOCAL_ID, Organisation::id, ImmutableOrganisation.Builder::id)
          .required("name", STRING, Organisation::name, ImmutableOrganisation.Builder::name)
          .required("kind", enumOf(OrganisationKind.class), Organisation::kind, ImmutableOrganisation.Builder::kind)
          .optional("odsCode", ODS_CODE, Organisation::odsCode, ImmutableOrganisation.Builder::odsCode)
          .optional("gssCode", GSS_CODE, Organisation::gssCode, ImmutableOrganisation.Builder::gssCode)
          .optional(
              "localAuthorityType",
              enumOf(LocalAuthorityType.class),
              Organisation::localAuthorityType,
              ImmutableOrganisation.Builder::localAuthorityType)
          .set(
              "services",
              enumOf(ProviderService.class),
              Organisation::services,
              ImmutableOrganisation.Builder::addAllServices)
          .optional("dissolvedOn", DATE, Organisation::dissolvedOn, ImmutableOrganisation.Builder::dissolvedOn)
          .extensions(Organisation::extensions, ImmutableOrganisation.Builder::extensions)
          .build();

  // board

  static final ObjectFormat<PrivateHealthcareInvolvement, ImmutablePrivateHealthcareInvolvement.Builder>
      PRIVATE_HEALTHCARE_INVOLVEMENT =
          ObjectFormat.of(
                  "PrivateHealthcareInvolvement",
                  PrivateHealthcareInvolvement.class,
                  PrivateHealthcareInvolvement::builder,
                  ImmutablePrivateHealthcareInvolvement.Builder::build)
              .required(
                  "description",
                  STRING,
                  PrivateHealthcareInvolvement::description,
                  ImmutablePrivateHealthcareInvolvement.Builder::description)
              .optional(
                  "underminesIndependence",
                  BOOLEAN,
                  PrivateHealthcareInvolvement::underminesIndependence,
                  ImmutablePrivateHealthcareInvolvement.Builder::underminesIndependence)
              .optional(
                  "assessedOn",
                  DATE,
                  PrivateHealthcareInvolvement::assessedOn,
                  ImmutablePrivateHealthcareInvolvement.Builder::assessedOn)
              .build();

  static final ObjectFormat<OfficeHeld, ImmutableOfficeHeld.Builder> OFFICE_HELD =
      ObjectFormat.of("OfficeHeld", OfficeHeld.class, OfficeHeld::builder, ImmutableOfficeHeld.Builder::build)
          .required("organisation", LOCAL_ID, OfficeHeld::organisation, ImmutableOfficeHeld.Builder::organisation)
          .required("title", STRING, OfficeHeld::title, ImmutableOfficeHeld.Builder::title)
          .build();

  static final ObjectFormat<BoardMember, ImmutableBoardMember.Builder> BOARD_MEMBER =
      ObjectFormat.of("BoardMember", BoardMember.class, BoardMember::builder, ImmutableBoardMember.Builder::build)
          .required("id", LOCAL_ID, BoardMember::id, ImmutableBoardMember.Builder::id)
          .required("name", STRING, BoardMember::name, ImmutableBoardMember.Builder::name)
          .optional("person", LOCAL_ID, BoardMember::person, ImmutableBoardMember.Builder::person)
          .optional("postTitle", STRING, BoardMember::postTitle, ImmutableBoardMember.Builder::postTitle)
          .optional("tenure", enumOf(Tenure.class), BoardMember::tenure, ImmutableBoardMember.Builder::tenure)
          .required("role", enumOf(MemberRole.class), BoardMember::role, ImmutableBoardMember.Builder::role)
          .optional(
              "ordinaryMemberKind",
              enumOf(OrdinaryMemberKind.class),
              BoardMember::ordinaryMemberKind,
              ImmutableBoardMember.Builder::ordinaryMemberKind)
          .set(
              "portfolios",
              enumOf(ExecutivePortfolio.class),
              BoardMember::portfolios,
              ImmutableBoardMember.Builder::addAllPortfolios)
          .defaulted(
              "participation",
              enumOf(Participation.class),
              BoardMember::participation,
              ImmutableBoardMember.Builder::participation)
          .optional(
              "appointedBy",
              enumOf(AppointingAuthority.class),
              BoardMember::appointedBy,
              ImmutableBoardMember.Builder::appointedBy)
          .set(
              "approvedBy",
              enumOf(AppointingAuthority.class),
              BoardMember::approvedBy,
              ImmutableBoardMember.Builder::addAllApprovedBy)
          .set("nominatedBy", LOCAL_ID, BoardMember::nominatedBy, ImmutableBoardMember.Builder::addAllNominatedBy)
          .optional(
              "nominatingConstituency",
              enumOf(NominatingConstituency.class),
              BoardMember::nominatingConstituency,
              ImmutableBoardMember.Builder::nominatingConstituency)
          .optional("nominatedOn", DATE, BoardMember::nominatedOn, ImmutableBoardMember.Builder::nominatedOn)
          .optional("employedByIcb", BOOLEAN, BoardMember::employedByIcb, ImmutableBoardMember.Builder::employedByIcb)
          .optional(
              "mentalHealthExpertise",
              BOOLEAN,
              BoardMember::mentalHealthExpertise,
              ImmutableBoardMember.Builder::mentalHealthExpertise)
          .set(
              "disqualifications",
              enumOf(DisqualificationGround.class),
              BoardMember::disqualifications,
              ImmutableBoardMember.Builder::addAllDisqualifications)
          .optional(
              "privateHealthcareInvolvement",
              PRIVATE_HEALTHCARE_INVOLVEMENT,
              BoardMember::privateHealthcareInvolvement,
              ImmutableBoardMember.Builder::privateHealthcareInvolvement)
          .list("officesHeld", OFFICE_HELD, BoardMember::officesHeld, ImmutableBoardMember.Builder::addAllOfficesHeld)
          .set(
              "designations",
              enumOf(Designation.class),
              BoardMember::designations,
              ImmutableBoardMember.Builder::addAllDesignations)
          .optional("appointedOn", DATE, BoardMember::appointedOn, ImmutableBoardMember.Builder::appointedOn)
          .optional("termEndsOn", DATE, BoardMember::termEndsOn, ImmutableBoardMember.Builder::termEndsOn)
          .extensions(BoardMember::extensions, ImmutableBoardMember.Builder::extensions)
          .build();

  static final ObjectFormat<Vacancy, ImmutableVacancy.Builder> VACANCY =
      ObjectFormat.of("Vacancy", Vacancy.class, Vacancy::builder, ImmutableVacancy.Builder::build)
          .required("id", LOCAL_ID, Vacancy::id, ImmutableVacancy.Builder::id)
          .required("role", enumOf(MemberRole.class), Vacancy::role, ImmutableVacancy.Builder::role)
          .optional(
              "ordinaryMemberKind",
              enumOf(OrdinaryMemberKind.class),
              Vacancy::ordinaryMemberKind,
              ImmutableVacancy.Builder::ordinaryMemberKind)
          .optional("postTitle", STRING, Vacancy::postTitle, ImmutableVacancy.Builder::postTitle)
          .optional("vacantSince", DATE, Vacancy::vacantSince, ImmutableVacancy.Builder::vacantSince)
          .build();

  static final ObjectFormat<Board, ImmutableBoard.Builder> BOARD =
      ObjectFormat.of("Board", Board.class, Board::builder, ImmutableBoard.Builder::build)
          .list("members", BOARD_MEMBER, Board::members, ImmutableBoard.Builder::addAllMembers, "id", BoardMember::id)
          .list("vacancies", VACANCY, Board::vacancies, ImmutableBoard.Builder::addAllVacancies, "id", Vacancy::id)
          .build();

  static final ObjectFormat<CommitteeMember, ImmutableCommitteeMember.Builder> COMMITTEE_MEMBER =
      ObjectFormat.of(
              "CommitteeMember",
              CommitteeMember.class,
              CommitteeMember::builder,
              ImmutableCommitteeMember.Builder::build)
          .required("id", LOCAL_ID, CommitteeMember::id, ImmutableCommitteeMember.Builder::id)
          .optional("name", STRING, CommitteeMember::name, ImmutableCommitteeMember.Builder::name)
          .optional("boardMember", LOCAL_ID, CommitteeMember::boardMember, ImmutableCommitteeMember.Builder::boardMember)
          .optional("person", LOCAL_ID, CommitteeMember::person, ImmutableCommitteeMember.Builder::person)
          .optional(
              "employedByIcb", BOOLEAN, CommitteeMember::employedByIcb, ImmutableCommitteeMember.Builder::employedByIcb)
          .optional(
              "privateHealthcareInvolvement",
              PRIVATE_HEALTHCARE_INVOLVEMENT,
              CommitteeMember::privateHealthcareInvolvement,
              ImmutableCommitteeMember.Builder::privateHealthcareInvolvement)
          .optional(
              "approvedByChair",
              BOOLEAN,
              CommitteeMember::approvedByChair,
              ImmutableCommitteeMember.Builder::approvedByChair)
          .build();

  static final ObjectFormat<Committee, ImmutableCommittee.Builder> COMMITTEE =
      ObjectFormat.of("Committee", Committee.class, Committee::builder, ImmutableCommittee.Builder::build)
          .required("id", LOCAL_ID, Committee::id, ImmutableCommittee.Builder::id)
          .required("name", STRING, Committee::name, ImmutableCommittee.Builder::name)
          .required("kind", enumOf(CommitteeKind.class), Committee::kind, ImmutableCommittee.Builder::kind)
          .defaulted(
              "exercisesCommissioningFunctions",
              BOOLEAN,
              Committee::exercisesCommissioningFunctions,
              ImmutableCommittee.Builder::exercisesCommissioningFunctions)
          .optional("chair", LOCAL_ID, Committee::chair, ImmutableCommittee.Builder::chair)
          .list(
              "members",
              COMMITTEE_MEMBER,
              Committee::members,
              ImmutableCommittee.Builder::addAllMembers,
              "id",
              CommitteeMember::id)
          .build();

  // interest

  static final ObjectFormat<Declaration, ImmutableDeclaration.Builder> DECLARATION =
      ObjectFormat.of("Declaration", Declaration.class, Declaration::builder, ImmutableDeclaration.Builder::build)
          .required("id", LOCAL_ID, Declaration::id, ImmutableDeclaration.Builder::id)
          .required("person", LOCAL_ID, Declaration::person, ImmutableDeclaration.Builder::person)
          .required("interest", STRING, Declaration::interest, ImmutableDeclaration.Builder::interest)
          .required("kind", enumOf(InterestKind.class), Declaration::kind, ImmutableDeclaration.Builder::kind)
          .required("becameAwareOn", DATE, Declaration::becameAwareOn, ImmutableDeclaration.Builder::becameAwareOn)
          .required("declaredOn", DATE, Declaration::declaredOn, ImmutableDeclaration.Builder::declaredOn)
          .build();

  static final ObjectFormat<RegisterOfInterests, ImmutableRegisterOfInterests.Builder> REGISTER_OF_INTERESTS =
      ObjectFormat.of(
              "RegisterOfInterests",
              RegisterOfInterests.class,
              RegisterOfInterests::builder,
              ImmutableRegisterOfInterests.Builder::build)
          .required("id", LOCAL_ID, RegisterOfInterests::id, ImmutableRegisterOfInterests.Builder::id)
          .set(
              "covers",
              enumOf(RegisterScope.class),
              RegisterOfInterests::covers,
              ImmutableRegisterOfInterests.Builder::addAllCovers)
          .required(
              "access",
              enumOf(RegisterAccess.class),
              RegisterOfInterests::access,
              ImmutableRegisterOfInterests.Builder::access)
          .optional("url", STRING, RegisterOfInterests::url, ImmutableRegisterOfInterests.Builder::url)
          .list(
              "declarations",
              DECLARATION,
              RegisterOfInterests::declarations,
              ImmutableRegisterOfInterests.Builder::addAllDeclarations,
              "id",
              Declaration::id)
          .build();

  // system: the ICB

  static final ObjectFormat<IntegratedCareBoard, ImmutableIntegratedCareBoard.Builder> INTEGRATED_CARE_BOARD =
      ObjectFormat.of(
              "IntegratedCareBoard",
              IntegratedCareBoard.class,
              IntegratedCareBoard::builder,
              ImmutableIntegratedCareBoard.Builder::build)
          .required("id", LOCAL_ID, IntegratedCareBoard::id, ImmutableIntegratedCareBoard.Builder::id)
          .required("name", STRING, IntegratedCareBoard::name, ImmutableIntegratedCareBoard.Builder::name)
          .optional("odsCode", ODS_CODE, IntegratedCareBoard::odsCode, ImmutableIntegratedCareBoard.Builder::odsCode)
          .optional("gssCode", GSS_CODE, IntegratedCareBoard::gssCode, ImmutableIntegratedCareBoard.Builder::gssCode)
          .defaulted(
              "establishedOn",
              DATE,
              IntegratedCareBoard::establishedOn,
              ImmutableIntegratedCareBoard.Builder::establishedOn)
          .optional(
              "dissolvedOn", DATE, IntegratedCareBoard::dissolvedOn, ImmutableIntegratedCareBoard.Builder::dissolvedOn)
          .set(
              "predecessors",
              ODS_CODE,
              IntegratedCareBoard::predecessors,
              ImmutableIntegratedCareBoard.Builder::addAllPredecessors)
          .optional(
              "successor", ODS_CODE, IntegratedCareBoard::successor, ImmutableIntegratedCareBoard.Builder::successor)
          .defaulted(
              "constitutionPublished",
              BOOLEAN,
              IntegratedCareBoard::constitutionPublished,
              ImmutableIntegratedCareBoard.Builder::constitutionPublished)
          .defaulted("board", BOARD, IntegratedCareBoard::board, ImmutableIntegratedCareBoard.Builder::board)
          .list(
              "committees",
              COMMITTEE,
              IntegratedCareBoard::committees,
              ImmutableIntegratedCareBoard.Builder::addAllCommittees,
              "id",
              Committee::id)
          .list(
              "registersOfInterests",
              REGISTER_OF_INTERESTS,
              IntegratedCareBoard::registersOfInterests,
              ImmutableIntegratedCareBoard.Builder::addAllRegistersOfInterests,
              "id",
              RegisterOfInterests::id)
          .extensions(IntegratedCareBoard::extensions, ImmutableIntegratedCareBoard.Builder::extensions)
          .build();

  // plan

  static final ObjectFormat<IntegratedCareStrategy, ImmutableIntegratedCareStrategy.Builder>
      INTEGRATED_CARE_STRATEGY =
          ObjectFormat.of(
                  "IntegratedCareStrategy",
                  IntegratedCareStrategy.class,
                  IntegratedCareStrategy::builder,
                  ImmutableIntegratedCareStrategy.Builder::build)
              .required("id", LOCAL_ID, IntegratedCareStrategy::id, ImmutableIntegratedCareStrategy.Builder::id)
              .optional(
                  "preparedOn",
                  DATE,
                  IntegratedCareStrategy::preparedOn,
                  ImmutableIntegratedCareStrategy.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  IntegratedCareStrategy::publishedOn,
                  ImmutableIntegratedCareStrategy.Builder::publishedOn)
              .defaulted(
                  "healthwatchInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::healthwatchInvolved,
                  ImmutableIntegratedCareStrategy.Builder::healthwatchInvolved)
              .defaulted(
                  "publicInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::publicInvolved,
                  ImmutableIntegratedCareStrategy.Builder::publicInvolved)
              .defaulted(
                  "consideredSection75Arrangements",
                  BOOLEAN,
                  IntegratedCareStrategy::consideredSection75Arrangements,
                  ImmutableIntegratedCareStrategy.Builder::consideredSection75Arrangements)
              .set(
                  "givenTo",
                  LOCAL_ID,
                  IntegratedCareStrategy::givenTo,
                  ImmutableIntegratedCareStrategy.Builder::addAllGivenTo)
              .build();

  static final ObjectFormat<JointForwardPlan, ImmutableJointForwardPlan.Builder> JOINT_FORWARD_PLAN =
      ObjectFormat.of(
              "JointForwardPlan",
              JointForwardPlan.class,
              JointForwardPlan::builder,
              ImmutableJointForwardPlan.Builder::build)
          .required("id", LOCAL_ID, JointForwardPlan::id, ImmutableJointForwardPlan.Builder::id)
          .required("firstYear", FINANCIAL_YEAR, JointForwardPlan::firstYear, ImmutableJointForwardPlan.Builder::firstYear)
          .required("yearsCovered", INTEGER, JointForwardPlan::yearsCovered, ImmutableJointForwardPlan.Builder::yearsCovered)
          .required("preparedOn", DATE, JointForwardPlan::preparedOn, ImmutableJointForwardPlan.Builder::preparedOn)
          .optional("publishedOn", DATE, JointForwardPlan::publishedOn, ImmutableJointForwardPlan.Builder::publishedOn)
          .defaulted(
              "givenToIntegratedCarePartnership",
              BOOLEAN,
              JointForwardPlan::givenToIntegratedCarePartnership,
              ImmutableJointForwardPlan.Builder::givenToIntegratedCarePartnership)
          .set(
              "givenToHealthAndWellbeingBoards",
              LOCAL_ID,
              JointForwardPlan::givenToHealthAndWellbeingBoards,
              ImmutableJointForwardPlan.Builder::addAllGivenToHealthAndWellbeingBoards)
          .defaulted(
              "givenToNhsEngland",
              BOOLEAN,
              JointForwardPlan::givenToNhsEngland,
              ImmutableJointForwardPlan.Builder::givenToNhsEngland)
          .set(
              "explainsDuties",
              DUTY_ID,
              JointForwardPlan::explainsDuties,
              ImmutableJointForwardPlan.Builder::addAllExplainsDuties)
          .defaulted(
              "coversJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              JointForwardPlan::coversJointLocalHealthAndWellbeingStrategies,
              ImmutableJointForwardPlan.Builder::coversJointLocalHealthAndWellbeingStrategies)
          .defaulted(
              "coversUnder25s",
              BOOLEAN,
              JointForwardPlan::coversUnder25s,
              ImmutableJointForwardPlan.Builder::coversUnder25s)
          .defaulted(
              "coversVictimsOfAbuse",
              BOOLEAN,
              JointForwardPlan::coversVictimsOfAbuse,
              ImmutableJointForwardPlan.Builder::coversVictimsOfAbuse)
          .optional(
              "includesConsultationSummary",
              BOOLEAN,
              JointForwardPlan::includesConsultationSummary,
              ImmutableJointForwardPlan.Builder::includesConsultationSummary)
          .optional(
              "statesHealthAndWellbeingBoardOpinions",
              BOOLEAN,
              JointForwardPlan::statesHealthAndWellbeingBoardOpinions,
              ImmutableJointForwardPlan.Builder::statesHealthAndWellbeingBoardOpinions)
          .build();

  static final ObjectFormat<JointCapitalResourceUsePlan, ImmutableJointCapitalResourceUsePlan.Builder>
      JOINT_CAPITAL_RESOURCE_USE_PLAN =
          ObjectFormat.of(
                  "JointCapitalResourceUsePlan",
                  JointCapitalResourceUsePlan.class,
                  JointCapitalResourceUsePlan::builder,
                  ImmutableJointCapitalResourceUsePlan.Builder::build)
              .required("id", LOCAL_ID, JointCapitalResourceUsePlan::id, ImmutableJointCapitalResourceUsePlan.Builder::id)
              .required(
                  "financialYear",
                  FINANCIAL_YEAR,
                  JointCapitalResourceUsePlan::financialYear,
                  ImmutableJointCapitalResourceUsePlan.Builder::financialYear)
              .required(
                  "preparedOn",
                  DATE,
                  JointCapitalResourceUsePlan::preparedOn,
                  ImmutableJointCapitalResourceUsePlan.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  JointCapitalResourceUsePlan::publishedOn,
                  ImmutableJointCapitalResourceUsePlan.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToIntegratedCarePartnership,
                  ImmutableJointCapitalResourceUsePlan.Builder::givenToIntegratedCarePartnership)
              .set(
                  "givenToHealthAndWellbeingBoards",
                  LOCAL_ID,
                  JointCapitalResourceUsePlan::givenToHealthAndWellbeingBoards,
                  ImmutableJointCapitalResourceUsePlan.Builder::addAllGivenToHealthAndWellbeingBoards)
              .defaulted(
                  "givenToNhsEngland",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToNhsEngland,
                  ImmutableJointCapitalResourceUsePlan.Builder::givenToNhsEngland)
              .build();

  static final ObjectFormat<AnnualReport, ImmutableAnnualReport.Builder> ANNUAL_REPORT =
      ObjectFormat.of("AnnualReport", AnnualReport.class, AnnualReport::builder, ImmutableAnnualReport.Builder::build)
          .required("id", LOCAL_ID, AnnualReport::id, ImmutableAnnualReport.Builder::id)
          .required(
              "financialYear", FINANCIAL_YEAR, AnnualReport::financialYear, ImmutableAnnualReport.Builder::financialYear)
          .optional("publishedOn", DATE, AnnualReport::publishedOn, ImmutableAnnualReport.Builder::publishedOn)
          .defaulted(
              "givenToNhsEngland", BOOLEAN, AnnualReport::givenToNhsEngland, ImmutableAnnualReport.Builder::givenToNhsEngland)
          .set("explainsDuties", DUTY_ID, AnnualReport::explainsDuties, ImmutableAnnualReport.Builder::addAllExplainsDuties)
          .defaulted("reviewsPlans", BOOLEAN, AnnualReport::reviewsPlans, ImmutableAnnualReport.Builder::reviewsPlans)
          .defaulted(
              "reviewsInequalitiesStatement",
              BOOLEAN,
              AnnualReport::reviewsInequalitiesStatement,
              ImmutableAnnualReport.Builder::reviewsInequalitiesStatement)
          .defaulted(
              "reviewsJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              AnnualReport::reviewsJointLocalHealthAndWellbeingStrategies,
              ImmutableAnnualReport.Builder::reviewsJointLocalHealthAndWellbeingStrategies)
          .optional(
              "consultedHealthAndWellbeingBoards",
              BOOLEAN,
              AnnualReport::consultedHealthAndWellbeingBoards,
              ImmutableAnnualReport.Builder::consultedHealthAndWellbeingBoards)
          .optional(
              "mentalHealthExpenditure",
              DECIMAL,
              AnnualReport::mentalHealthExpenditure,
              ImmutableAnnualReport.Builder::mentalHealthExpenditure)
          .optional(
              "mentalHealthProportion",
              DECIMAL,
              AnnualReport::mentalHealthProportion,
              ImmutableAnnualReport.Builder::mentalHealthProportion)
          .defaulted(
              "explainsMentalHealthExpenditure",
              BOOLEAN,
              AnnualReport::explainsMentalHealthExpenditure,
              ImmutableAnnualReport.Builder::explainsMentalHealthExpenditure)
          .build();

  static final ObjectFormat<JointStrategicNeedsAssessment, ImmutableJointStrategicNeedsAssessment.Builder>
      JOINT_STRATEGIC_NEEDS_ASSESSMENT =
          ObjectFormat.of(
                  "JointStrategicNeedsAssessment",
                  JointStrategicNeedsAssessment.class,
                  JointStrategicNeedsAssessment::builder,
                  ImmutableJointStrategicNeedsAssessment.Builder::build)
              .required(
                  "id", LOCAL_ID, JointStrategicNeedsAssessment::id, ImmutableJointStrategicNeedsAssessment.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointStrategicNeedsAssessment::localAuthority,
                  ImmutableJointStrategicNeedsAssessment.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointStrategicNeedsAssessment::publishedOn,
                  ImmutableJointStrategicNeedsAssessment.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointStrategicNeedsAssessment::givenToIntegratedCarePartnership,
                  ImmutableJointStrategicNeedsAssessment.Builder::givenToIntegratedCarePartnership)
              .build();

  static final ObjectFormat<JointLocalHealthAndWellbeingStrategy, ImmutableJointLocalHealthAndWellbeingStrategy.Builder>
      JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY =
          ObjectFormat.of(
                  "JointLocalHealthAndWellbeingStrategy",
                  JointLocalHealthAndWellbeingStrategy.class,
                  JointLocalHealthAndWellbeingStrategy::builder,
                  ImmutableJointLocalHealthAndWellbeingStrategy.Builder::build)
              .required(
                  "id",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::id,
                  ImmutableJointLocalHealthAndWellbeingStrategy.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::localAuthority,
                  ImmutableJointLocalHealthAndWellbeingStrategy.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointLocalHealthAndWellbeingStrategy::publishedOn,
                  ImmutableJointLocalHealthAndWellbeingStrategy.Builder::publishedOn)
              .build();

  // system: the ICP

  static final ObjectFormat<IcpMember, ImmutableIcpMember.Builder> ICP_MEMBER =
      ObjectFormat.of("IcpMember", IcpMember.class, IcpMember::builder, ImmutableIcpMember.Builder::build)
          .required("id", LOCAL_ID, IcpMember::id, ImmutableIcpMember.Builder::id)
          .required("name", STRING, IcpMember::name, ImmutableIcpMember.Builder::name)
          .required(
              "appointedBy", enumOf(IcpAppointer.class), IcpMember::appointedBy, ImmutableIcpMember.Builder::appointedBy)
          .optional(
              "appointingAuthority",
              LOCAL_ID,
              IcpMember::appointingAuthority,
              ImmutableIcpMember.Builder::appointingAuthority)
          .optional("organisation", LOCAL_ID, IcpMember::organisation, ImmutableIcpMember.Builder::organisation)
          .optional("person", LOCAL_ID, IcpMember::person, ImmutableIcpMember.Builder::person)
          .build();

  static final ObjectFormat<IntegratedCarePartnership, ImmutableIntegratedCarePartnership.Builder>
      INTEGRATED_CARE_PARTNERSHIP =
          ObjectFormat.of(
                  "IntegratedCarePartnership",
                  IntegratedCarePartnership.class,
                  IntegratedCarePartnership::builder,
                  ImmutableIntegratedCarePartnership.Builder::build)
              .required(
                  "name", STRING, IntegratedCarePartnership::name, ImmutableIntegratedCarePartnership.Builder::name)
              .list(
                  "members",
                  ICP_MEMBER,
                  IntegratedCarePartnership::members,
                  ImmutableIntegratedCarePartnership.Builder::addAllMembers,
                  "id",
                  IcpMember::id)
              .optional(
                  "strategy",
                  INTEGRATED_CARE_STRATEGY,
                  IntegratedCarePartnership::strategy,
                  ImmutableIntegratedCarePartnership.Builder::strategy)
              .extensions(
                  IntegratedCarePartnership::extensions, ImmutableIntegratedCarePartnership.Builder::extensions)
              .build();

  // system: footprint, places, collaboratives, PCNs, neighbourhoods

  static final ObjectFormat<FootprintArea, ImmutableFootprintArea.Builder> FOOTPRINT_AREA =
      ObjectFormat.of("FootprintArea", FootprintArea.class, FootprintArea::builder, ImmutableFootprintArea.Builder::build)
          .required(
              "localAuthority", LOCAL_ID, FootprintArea::localAuthority, ImmutableFootprintArea.Builder::localAuthority)
          .optional("share", DECIMAL, FootprintArea::share, ImmutableFootprintArea.Builder::share)
          .build();

  static final ObjectFormat<PlaceBasedPartnership, ImmutablePlaceBasedPartnership.Builder> PLACE_BASED_PARTNERSHIP =
      ObjectFormat.of(
              "PlaceBasedPartnership",
              PlaceBasedPartnership.class,
              PlaceBasedPartnership::builder,
              ImmutablePlaceBasedPartnership.Builder::build)
          .required("id", LOCAL_ID, PlaceBasedPartnership::id, ImmutablePlaceBasedPartnership.Builder::id)
          .required("name", STRING, PlaceBasedPartnership::name, ImmutablePlaceBasedPartnership.Builder::name)
          .set(
              "localAuthorities",
              LOCAL_ID,
              PlaceBasedPartnership::localAuthorities,
              ImmutablePlaceBasedPartnership.Builder::addAllLocalAuthorities)
          .set(
              "members",
              LOCAL_ID,
              PlaceBasedPartnership::members,
              ImmutablePlaceBasedPartnership.Builder::addAllMembers)
          .extensions(PlaceBasedPartnership::extensions, ImmutablePlaceBasedPartnership.Builder::extensions)
          .build();

  static final ObjectFormat<ProviderCollaborative, ImmutableProviderCollaborative.Builder> PROVIDER_COLLABORATIVE =
      ObjectFormat.of(
              "ProviderCollaborative",
              ProviderCollaborative.class,
              ProviderCollaborative::builder,
              ImmutableProviderCollaborative.Builder::build)
          .required("id", LOCAL_ID, ProviderCollaborative::id, ImmutableProviderCollaborative.Builder::id)
          .required("name", STRING, ProviderCollaborative::name, ImmutableProviderCollaborative.Builder::name)
          .optional(
              "orientation",
              enumOf(CollaborativeOrientation.class),
              ProviderCollaborative::orientation,
              ImmutableProviderCollaborative.Builder::orientation)
          .set(
              "members",
              LOCAL_ID,
              ProviderCollaborative::members,
              ImmutableProviderCollaborative.Builder::addAllMembers)
          .optional("lead", LOCAL_ID, ProviderCollaborative::lead, ImmutableProviderCollaborative.Builder::lead)
          .extensions(ProviderCollaborative::extensions, ImmutableProviderCollaborative.Builder::extensions)
          .build();

  static final ObjectFormat<PrimaryCareNetwork, ImmutablePrimaryCareNetwork.Builder> PRIMARY_CARE_NETWORK =
      ObjectFormat.of(
              "PrimaryCareNetwork",
              PrimaryCareNetwork.class,
              PrimaryCareNetwork::builder,
              ImmutablePrimaryCareNetwork.Builder::build)
          .required("id", LOCAL_ID, PrimaryCareNetwork::id, ImmutablePrimaryCareNetwork.Builder::id)
          .required("name", STRING, PrimaryCareNetwork::name, ImmutablePrimaryCareNetwork.Builder::name)
          .optional("odsCode", ODS_CODE, PrimaryCareNetwork::odsCode, ImmutablePrimaryCareNetwork.Builder::odsCode)
          .set(
              "practices",
              LOCAL_ID,
              PrimaryCareNetwork::practices,
              ImmutablePrimaryCareNetwork.Builder::addAllPractices)
          .optional("place", LOCAL_ID, PrimaryCareNetwork::place, ImmutablePrimaryCareNetwork.Builder::place)
          .build();

  static final ObjectFormat<Neighbourhood, ImmutableNeighbourhood.Builder> NEIGHBOURHOOD =
      ObjectFormat.of("Neighbourhood", Neighbourhood.class, Neighbourhood::builder, ImmutableNeighbourhood.Builder::build)
          .required("id", LOCAL_ID, Neighbourhood::id, ImmutableNeighbourhood.Builder::id)
          .required("name", STRING, Neighbourhood::name, ImmutableNeighbourhood.Builder::name)
          .optional("place", LOCAL_ID, Neighbourhood::place, ImmutableNeighbourhood.Builder::place)
          .set(
              "primaryCareNetworks",
              LOCAL_ID,
              Neighbourhood::primaryCareNetworks,
              ImmutableNeighbourhood.Builder::addAllPrimaryCareNetworks)
          .optionalInt("population", Neighbourhood::population, ImmutableNeighbourhood.Builder::population)
          .build();

  // purpose and inequality

  static final ObjectFormat<MeasuredValue, ImmutableMeasuredValue.Builder> MEASURED_VALUE =
      ObjectFormat.of(
              "MeasuredValue", MeasuredValue.class, ImmutableMeasuredValue::builder, ImmutableMeasuredValue.Builder::build)
          .required("value", DECIMAL, MeasuredValue::value, ImmutableMeasuredValue.Builder::value)
          .required("date", DATE, MeasuredValue::date, ImmutableMeasuredValue.Builder::date)
          .build();

  static final ObjectFormat<Measure, ImmutableMeasure.Builder> MEASURE =
      ObjectFormat.of("Measure", Measure.class, Measure::builder, ImmutableMeasure.Builder::build)
          .required("indicator", LOCAL_ID, Measure::indicator, ImmutableMeasure.Builder::indicator)
          .optional("baseline", MEASURED_VALUE, Measure::baseline, ImmutableMeasure.Builder::baseline)
          .optional("target", MEASURED_VALUE, Measure::target, ImmutableMeasure.Builder::target)
          .list("measurements", MEASURED_VALUE, Measure::measurements, ImmutableMeasure.Builder::addAllMeasurements)
          .build();

  static final ObjectFormat<Objective, ImmutableObjective.Builder> OBJECTIVE =
      ObjectFormat.of("Objective", Objective.class, Objective::builder, ImmutableObjective.Builder::build)
          .required("id", LOCAL_ID, Objective::id, ImmutableObjective.Builder::id)
          .required("title", STRING, Objective::title, ImmutableObjective.Builder::title)
          .set("purposes", enumOf(CorePurpose.class), Objective::purposes, ImmutableObjective.Builder::addAllPurposes)
          .list("measures", MEASURE, Objective::measures, ImmutableObjective.Builder::addAllMeasures)
          .extensions(Objective::extensions, ImmutableObjective.Builder::extensions)
          .build();

  static final ObjectFormat<IndicatorValue, ImmutableIndicatorValue.Builder> INDICATOR_VALUE =
      ObjectFormat.of(
              "IndicatorValue", IndicatorValue.class, IndicatorValue::builder, ImmutableIndicatorValue.Builder::build)
          .required("period", STRING, IndicatorValue::period, ImmutableIndicatorValue.Builder::period)
          .required("periodEnd", DATE, IndicatorValue::periodEnd, ImmutableIndicatorValue.Builder::periodEnd)
          .optional(
              "dimension",
              enumOf(BreakdownDimension.class),
              IndicatorValue::dimension,
              ImmutableIndicatorValue.Builder::dimension)
          .optional("group", STRING, IndicatorValue::group, ImmutableIndicatorValue.Builder::group)
          .required("value", DECIMAL, IndicatorValue::value, ImmutableIndicatorValue.Builder::value)
          .optional("numerator", DECIMAL, IndicatorValue::numerator, ImmutableIndicatorValue.Builder::numerator)
          .optional("denominator", DECIMAL, IndicatorValue::denominator, ImmutableIndicatorValue.Builder::denominator)
          .optional("lowerLimit", DECIMAL, IndicatorValue::lowerLimit, ImmutableIndicatorValue.Builder::lowerLimit)
          .optional("upperLimit", DECIMAL, IndicatorValue::upperLimit, ImmutableIndicatorValue.Builder::upperLimit)
          .build();

  static final ObjectFormat<Indicator, ImmutableIndicator.Builder> INDICATOR =
      ObjectFormat.of("Indicator", Indicator.class, Indicator::builder, ImmutableIndicator.Builder::build)
          .required("id", LOCAL_ID, Indicator::id, ImmutableIndicator.Builder::id)
          .required("name", STRING, Indicator::name, ImmutableIndicator.Builder::name)
          .required("domain", enumOf(IndicatorDomain.class), Indicator::domain, ImmutableIndicator.Builder::domain)
          .required(
              "valueType", enumOf(IndicatorValueType.class), Indicator::valueType, ImmutableIndicator.Builder::valueType)
          .defaulted("multiplier", DECIMAL, Indicator::multiplier, ImmutableIndicator.Builder::multiplier)
          .optional("higherIsBetter", BOOLEAN, Indicator::higherIsBetter, ImmutableIndicator.Builder::higherIsBetter)
          .optional("source", STRING, Indicator::source, ImmutableIndicator.Builder::source)
          .list("values", INDICATOR_VALUE, Indicator::values, ImmutableIndicator.Builder::addAllValues)
          .extensions(Indicator::extensions, ImmutableIndicator.Builder::extensions)
          .build();

  // cooperation

  static final ObjectFormat<CooperationArrangement, ImmutableCooperationArrangement.Builder> COOPERATION_ARRANGEMENT =
      ObjectFormat.of(
              "CooperationArrangement",
              CooperationArrangement.class,
              CooperationArrangement::builder,
              ImmutableCooperationArrangement.Builder::build)
          .required("id", LOCAL_ID, CooperationArrangement::id, ImmutableCooperationArrangement.Builder::id)
          .required(
              "kind",
              enumOf(ArrangementKind.class),
              CooperationArrangement::kind,
              ImmutableCooperationArrangement.Builder::kind)
          .optional("name", STRING, CooperationArrangement::name, ImmutableCooperationArrangement.Builder::name)
          .set("parties", LOCAL_ID, CooperationArrangement::parties, ImmutableCooperationArrangement.Builder::addAllParties)
          .optional(
              "effectiveFrom",
              DATE,
              CooperationArrangement::effectiveFrom,
              ImmutableCooperationArrangement.Builder::effectiveFrom)
          .optional(
              "effectiveTo",
              DATE,
              CooperationArrangement::effectiveTo,
              ImmutableCooperationArrangement.Builder::effectiveTo)
          .extensions(CooperationArrangement::extensions, ImmutableCooperationArrangement.Builder::extensions)
          .build();

  // assurance and waivers

  static final ObjectFormat<Evidence, ImmutableEvidence.Builder> EVIDENCE =
      ObjectFormat.of("Evidence", Evidence.class, Evidence::builder, ImmutableEvidence.Builder::build)
          .required("document", STRING, Evidence::document, ImmutableEvidence.Builder::document)
          .optional("section", STRING, Evidence::section, ImmutableEvidence.Builder::section)
          .required("date", DATE, Evidence::date, ImmutableEvidence.Builder::date)
          .set("limbs", DUTY_ID, Evidence::limbs, ImmutableEvidence.Builder::addAllLimbs)
          .build();

  static final ObjectFormat<DutyAssurance, ImmutableDutyAssurance.Builder> DUTY_ASSURANCE =
      ObjectFormat.of("DutyAssurance", DutyAssurance.class, DutyAssurance::builder, ImmutableDutyAssurance.Builder::build)
          .required("duty", DUTY_ID, DutyAssurance::duty, ImmutableDutyAssurance.Builder::duty)
          .optional(
              "accountableLead",
              LOCAL_ID,
              DutyAssurance::accountableLead,
              ImmutableDutyAssurance.Builder::accountableLead)
          .list("evidence", EVIDENCE, DutyAssurance::evidence, ImmutableDutyAssurance.Builder::addAllEvidence)
          .build();

  static final ObjectFormat<Waiver, ImmutableWaiver.Builder> WAIVER =
      ObjectFormat.of("Waiver", Waiver.class, Waiver::builder, ImmutableWaiver.Builder::build)
          .required("rule", RULE_ID, Waiver::rule, ImmutableWaiver.Builder::rule)
          .required("path", JSON_POINTER, Waiver::path, ImmutableWaiver.Builder::path)
          .required("justification", STRING, Waiver::justification, ImmutableWaiver.Builder::justification)
          .required("approvedBy", STRING, Waiver::approvedBy, ImmutableWaiver.Builder::approvedBy)
          .required("expiresOn", DATE, Waiver::expiresOn, ImmutableWaiver.Builder::expiresOn)
          .build();

  // the system, and the nation

  static final ObjectFormat<IntegratedCareSystem, ImmutableIntegratedCareSystem.Builder> INTEGRATED_CARE_SYSTEM =
      ObjectFormat.of(
              "IntegratedCareSystem",
              IntegratedCareSystem.class,
              IntegratedCareSystem::builder,
              ImmutableIntegratedCareSystem.Builder::build)
          .document()
          .hint("systems", "this is a national configuration's property: read the document with readNational")
          .hint("clusters", "this is a national configuration's property: read the document with readNational")
          .required("id", LOCAL_ID, IntegratedCareSystem::id, ImmutableIntegratedCareSystem.Builder::id)
          .required("name", STRING, IntegratedCareSystem::name, ImmutableIntegratedCareSystem.Builder::name)
          .required("icb", INTEGRATED_CARE_BOARD, IntegratedCareSystem::icb, ImmutableIntegratedCareSystem.Builder::icb)
          .optional(
              "icp", INTEGRATED_CARE_PARTNERSHIP, IntegratedCareSystem::icp, ImmutableIntegratedCareSystem.Builder::icp)
          .list(
              "footprint",
              FOOTPRINT_AREA,
              IntegratedCareSystem::footprint,
              ImmutableIntegratedCareSystem.Builder::addAllFootprint,
              "localAuthority",
              FootprintArea::localAuthority)
          .list(
              "organisations",
              ORGANISATION,
              IntegratedCareSystem::organisations,
              ImmutableIntegratedCareSystem.Builder::addAllOrganisations,
              "id",
              Organisation::id)
          .list(
              "places",
              PLACE_BASED_PARTNERSHIP,
              IntegratedCareSystem::places,
              ImmutableIntegratedCareSystem.Builder::addAllPlaces,
              "id",
              PlaceBasedPartnership::id)
          .list(
              "providerCollaboratives",
              PROVIDER_COLLABORATIVE,
              IntegratedCareSystem::providerCollaboratives,
              ImmutableIntegratedCareSystem.Builder::addAllProviderCollaboratives,
              "id",
              ProviderCollaborative::id)
          .list(
              "primaryCareNetworks",
              PRIMARY_CARE_NETWORK,
              IntegratedCareSystem::primaryCareNetworks,
              ImmutableIntegratedCareSystem.Builder::addAllPrimaryCareNetworks,
              "id",
              PrimaryCareNetwork::id)
          .list(
              "neighbourhoods",
              NEIGHBOURHOOD,
              IntegratedCareSystem::neighbourhoods,
              ImmutableIntegratedCareSystem.Builder::addAllNeighbourhoods,
              "id",
              Neighbourhood::id)
          .list(
              "objectives",
              OBJECTIVE,
              IntegratedCareSystem::objectives,
              ImmutableIntegratedCareSystem.Builder::addAllObjectives,
              "id",
              Objective::id)
          .list(
              "indicators",
              INDICATOR,
              IntegratedCareSystem::indicators,
              ImmutableIntegratedCareSystem.Builder::addAllIndicators,
              "id",
              Indicator::id)
          .list(
              "arrangements",
              COOPERATION_ARRANGEMENT,
              IntegratedCareSystem::arrangements,
              ImmutableIntegratedCareSystem.Builder::addAllArrangements,
              "id",
              CooperationArrangement::id)
          .list(
              "jointForwardPlans",
              JOINT_FORWARD_PLAN,
              IntegratedCareSystem::jointForwardPlans,
              ImmutableIntegratedCareSystem.Builder::addAllJointForwardPlans,
              "id",
              JointForwardPlan::id)
          .list(
              "capitalResourceUsePlans",
              JOINT_CAPITAL_RESOURCE_USE_PLAN,
              IntegratedCareSystem::capitalResourceUsePlans,
              ImmutableIntegratedCareSystem.Builder::addAllCapitalResourceUsePlans,
              "id",
              JointCapitalResourceUsePlan::id)
          .list(
              "annualReports",
              ANNUAL_REPORT,
              IntegratedCareSystem::annualReports,
              ImmutableIntegratedCareSystem.Builder::addAllAnnualReports,
              "id",
              AnnualReport::id)
          .list(
              "needsAssessments",
              JOINT_STRATEGIC_NEEDS_ASSESSMENT,
              IntegratedCareSystem::needsAssessments,
              ImmutableIntegratedCareSystem.Builder::addAllNeedsAssessments,
              "id",
              JointStrategicNeedsAssessment::id)
          .list(
              "healthAndWellbeingStrategies",
              JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY,
              IntegratedCareSystem::healthAndWellbeingStrategies,
              ImmutableIntegratedCareSystem.Builder::addAllHealthAndWellbeingStrategies,
              "id",
              JointLocalHealthAndWellbeingStrategy::id)
          .list(
              "dutyAssurances",
              DUTY_ASSURANCE,
              IntegratedCareSystem::dutyAssurances,
              ImmutableIntegratedCareSystem.Builder::addAllDutyAssurances)
          .list("waivers", WAIVER, IntegratedCareSystem::waivers, ImmutableIntegratedCareSystem.Builder::addAllWaivers)
          .extensions(IntegratedCareSystem::extensions, ImmutableIntegratedCareSystem.Builder::extensions)
          .build();

  static final ObjectFormat<SharedPost, ImmutableSharedPost.Builder> SHARED_POST =
      ObjectFormat.of("SharedPost", SharedPost.class, SharedPost::builder, ImmutableSharedPost.Builder::build)
          .required("role", enumOf(MemberRole.class), SharedPost::role, ImmutableSharedPost.Builder::role)
          .required("member", LOCAL_ID, SharedPost::member, ImmutableSharedPost.Builder::member)
          .required("sharedFrom", DATE, SharedPost::sharedFrom, ImmutableSharedPost.Builder::sharedFrom)
          .optional("sharedUntil", DATE, SharedPost::sharedUntil, ImmutableSharedPost.Builder::sharedUntil)
          .build();

  static final ObjectFormat<IcbCluster, ImmutableIcbCluster.Builder> ICB_CLUSTER =
      ObjectFormat.of("IcbCluster", IcbCluster.class, IcbCluster::builder, ImmutableIcbCluster.Builder::build)
          .required("id", LOCAL_ID, IcbCluster::id, ImmutableIcbCluster.Builder::id)
          .required("name", STRING, IcbCluster::name, ImmutableIcbCluster.Builder::name)
          .set("systems", LOCAL_ID, IcbCluster::systems, ImmutableIcbCluster.Builder::addAllSystems)
          .set("sharedLeaders", LOCAL_ID, IcbCluster::sharedLeaders, ImmutableIcbCluster.Builder::addAllSharedLeaders)
          .list("sharedPosts", SHARED_POST, IcbCluster::sharedPosts, ImmutableIcbCluster.Builder::addAllSharedPosts)
          .required("startedOn", DATE, IcbCluster::startedOn, ImmutableIcbCluster.Builder::startedOn)
          .optional("endedOn", DATE, IcbCluster::endedOn, ImmutableIcbCluster.Builder::endedOn)
          .build();

  static final ObjectFormat<NationalConfiguration, ImmutableNationalConfiguration.Builder> NATIONAL_CONFIGURATION =
      ObjectFormat.of(
              "NationalConfiguration",
              NationalConfiguration.class,
              NationalConfiguration::builder,
              ImmutableNationalConfiguration.Builder::build)
          .document()
          .hint("icb", "this is a system's property: read the document with readSystem")
          .hint("id", "this is a system's property: read the document with readSystem")
          .list(
              "systems",
              INTEGRATED_CARE_SYSTEM,
              NationalConfiguration::systems,
              ImmutableNationalConfiguration.Builder::addAllSystems,
              "id",
              IntegratedCareSystem::id)
          .list(
              "clusters",
              ICB_CLUSTER,
              NationalConfiguration::clusters,
              ImmutableNationalConfiguration.Builder::addAllClusters,
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
