package io.github.icsmodel.examples;

import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.NominatingConstituency;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.board.PrivateHealthcareInvolvement;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.inequality.BreakdownDimension;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValue;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.organisation.ProviderService;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.FinancialYear;
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
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.Neighbourhood;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Northshire and Wexcaster: a complete, realistic, fictional integrated care system built in code, the same system
 * as the bundled document {@code examples/data/northshire.json} (a test checks that reading the document gives a
 * value equal to {@link #system()}, and that writing this value gives the document).
 *
 * <p>Northshire is a two-tier county with a unitary authority, Wexcaster. Its ICB has the board Schedule 1B requires
 * and NHS England policy expects, with members' terms running past March 2029; its ICP has a member from the ICB
 * and from each responsible local authority; its trusts work in provider collaboratives; every NHS body co-operates
 * with every local authority through recorded arrangements; and it has objectives for all four core purposes,
 * indicators broken down as NHS England's s.13SA statement asks, a joint forward plan and a joint capital resource
 * use plan for each year to 2028/29, annual reports to 2027/28, and duty assurance with evidence for both limbs of
 * s.14Z35. It validates with no errors under the real clock on every date up to 31 March 2029.
 */
public final class Northshire {
  private Northshire() {}

  static LocalId id(String text) {
    return LocalId.of(text);
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  /**
   * Builds the Northshire and Wexcaster system.
   *
   * @return the system
   */
  public static IntegratedCareSystem system() {
    return IntegratedCareSystem.builder()
        .id(id("northshire"))
        .name("Northshire and Wexcaster Integrated Care System")
        .icb(icb())
        .icp(icp())
        .addAllFootprint(footprint())
        .addAllOrganisations(organisations())
        .addAllPlaces(places())
        .addAllProviderCollaboratives(providerCollaboratives())
        .addAllPrimaryCareNetworks(primaryCareNetworks())
        .addAllNeighbourhoods(neighbourhoods())
        .addAllObjectives(objectives())
        .addAllIndicators(indicators())
        .addAllArrangements(arrangements())
        .addAllJointForwardPlans(jointForwardPlans())
        .addAllCapitalResourceUsePlans(capitalResourceUsePlans())
        .addAllAnnualReports(annualReports())
        .addAllNeedsAssessments(needsAssessments())
        .addAllHealthAndWellbeingStrategies(healthAndWellbeingStrategies())
        .addAllDutyAssurances(dutyAssurances())
        .extensions(Extensions.of(ImmutableMap.of(
            "configurationReference", "NWICS-CFG-2025-03",
            "fictional", Boolean.TRUE,
            "note", "A fictional system, realistic in shape, for examples and tests.")))
        .build();
  }

  private static IntegratedCareBoard icb() {
    return IntegratedCareBoard.builder()
        .id(id("northshire-icb"))
        .name("NHS Northshire and Wexcaster Integrated Care Board")
        .odsCode(OdsCode.of("Q9N"))
        .gssCode(GssCode.of("E54000099"))
        .establishedOn(date("2022-07-01"))
        .addAllPredecessors(List.of(OdsCode.of("99N"), OdsCode.of("99P")))
        .constitutionPublished(true)
        .board(Board.builder()
            .addAllMembers(List.of(
                BoardMember.builder()
                    .id(id("chair"))
                    .name("Dr Helen Marsh")
                    .postTitle("Chair")
                    .role(MemberRole.CHAIR)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.NHS_ENGLAND)
                    .addAllApprovedBy(List.of(AppointingAuthority.SECRETARY_OF_STATE))
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .appointedOn(date("2022-07-01"))
                    .termEndsOn(date("2030-06-30"))
                    .build(),
                BoardMember.builder()
                    .id(id("chief-executive"))
                    .name("Rajesh Patel")
                    .postTitle("Chief Executive")
                    .role(MemberRole.CHIEF_EXECUTIVE)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHAIR)
                    .addAllApprovedBy(List.of(AppointingAuthority.NHS_ENGLAND))
                    .employedByIcb(true)
                    .mentalHealthExpertise(false)
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("chief-finance-officer"))
                    .name("Sarah Okafor")
                    .postTitle("Chief Finance Officer")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.EXECUTIVE_MEMBER)
                    .addAllPortfolios(List.of(ExecutivePortfolio.FINANCE))
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHIEF_EXECUTIVE)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(true)
                    .mentalHealthExpertise(false)
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("medical-director"))
                    .name("Dr James Whitfield")
                    .postTitle("Chief Medical Officer")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.EXECUTIVE_MEMBER)
                    .addAllPortfolios(List.of(ExecutivePortfolio.MEDICAL))
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHIEF_EXECUTIVE)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(true)
                    .mentalHealthExpertise(false)
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("director-of-nursing"))
                    .name("Angela Brooks")
                    .postTitle("Chief Nursing Officer")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.EXECUTIVE_MEMBER)
                    .addAllPortfolios(List.of(ExecutivePortfolio.NURSING))
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHIEF_EXECUTIVE)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(true)
                    .mentalHealthExpertise(false)
                    .appointedOn(date("2023-01-09"))
                    .build(),
                BoardMember.builder()
                    .id(id("ned-ellison"))
                    .name("Margaret Ellison")
                    .postTitle("Non-Executive Member")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHAIR)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .addAllDesignations(List.of(Designation.DEPUTY_CHAIR, Designation.SENIOR_NON_EXECUTIVE_MEMBER))
                    .appointedOn(date("2022-07-01"))
                    .termEndsOn(date("2030-06-30"))
                    .build(),
                BoardMember.builder()
                    .id(id("ned-dunmore"))
                    .name("Colin Dunmore")
                    .postTitle("Non-Executive Member (Audit)")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHAIR)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .addAllDesignations(List.of(Designation.AUDIT_COMMITTEE_CHAIR))
                    .appointedOn(date("2022-07-01"))
                    .termEndsOn(date("2029-06-30"))
                    .build(),
                BoardMember.builder()
                    .id(id("ned-sandhu"))
                    .name("Priya Sandhu")
                    .postTitle("Non-Executive Member")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.ICB_CHAIR)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .employedByIcb(false)
                    .mentalHealthExpertise(true)
                    .privateHealthcareInvolvement(PrivateHealthcareInvolvement.builder()
                        .description("Unpaid adviser to a private physiotherapy provider outside the ICB's area")
                        .underminesIndependence(false)
                        .assessedOn(date("2023-03-14"))
                        .build())
                    .appointedOn(date("2023-04-01"))
                    .termEndsOn(date("2031-03-31"))
                    .build(),
                BoardMember.builder()
                    .id(id("partner-trusts"))
                    .name("Dr Lucy Harper")
                    .postTitle("Partner Member (NHS Trusts and Foundation Trusts)")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.NOMINATING_BODIES)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .addAllNominatedBy(List.of(
                        id("northshire-hospitals"),
                        id("wexcaster-hospitals"),
                        id("northshire-mh"),
                        id("northshire-community"),
                        id("regional-ambulance")))
                    .nominatedOn(date("2022-06-01"))
                    .employedByIcb(false)
                    .mentalHealthExpertise(true)
                    .addAllOfficesHeld(List.of(
                        OfficeHeld.builder()
                            .organisation(id("northshire-mh"))
                            .title("chief executive")
                            .build()))
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("partner-primary-care"))
                    .name("Dr Tom Ashby")
                    .postTitle("Partner Member (Primary Medical Services)")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.NOMINATING_BODIES)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .nominatingConstituency(NominatingConstituency.PRIMARY_MEDICAL_SERVICES_PROVIDERS_OF_THE_AREA)
                    .nominatedOn(date("2022-06-08"))
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .addAllOfficesHeld(List.of(
                        OfficeHeld.builder()
                            .organisation(id("gp-abbey"))
                            .title("GP partner")
                            .build()))
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("partner-local-authorities"))
                    .name("Mark Holloway")
                    .postTitle("Partner Member (Local Authorities)")
                    .role(MemberRole.ORDINARY_MEMBER)
                    .ordinaryMemberKind(OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES)
                    .participation(Participation.VOTING_MEMBER)
                    .appointedBy(AppointingAuthority.NOMINATING_BODIES)
                    .addAllApprovedBy(List.of(AppointingAuthority.ICB_CHAIR))
                    .addAllNominatedBy(List.of(id("northshire-cc"), id("wexcaster-council")))
                    .nominatedOn(date("2022-06-10"))
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .addAllOfficesHeld(List.of(
                        OfficeHeld.builder()
                            .organisation(id("northshire-cc"))
                            .title("director of adult social services")
                            .build()))
                    .appointedOn(date("2022-07-01"))
                    .build(),
                BoardMember.builder()
                    .id(id("director-of-public-health"))
                    .name("Dr Ruth Oyelaran")
                    .postTitle("Director of Public Health (in attendance)")
                    .role(MemberRole.PARTICIPANT)
                    .participation(Participation.NON_VOTING_PARTICIPANT)
                    .employedByIcb(false)
                    .mentalHealthExpertise(false)
                    .addAllOfficesHeld(List.of(
                        OfficeHeld.builder()
                            .organisation(id("wexcaster-council"))
                            .title("director of public health")
                            .build()))
                    .build()))
            .build())
        .addAllCommittees(List.of(
            Committee.builder()
                .id(id("audit"))
                .name("Audit and Risk Committee")
                .kind(CommitteeKind.AUDIT)
                .exercisesCommissioningFunctions(false)
                .chair(id("ned-dunmore"))
                .addAllMembers(List.of(
                    CommitteeMember.builder()
                        .id(id("ned-dunmore"))
                        .boardMember(id("ned-dunmore"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("ned-sandhu"))
                        .boardMember(id("ned-sandhu"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("independent-audit-member"))
                        .name("Graham Pike")
                        .employedByIcb(false)
                        .build()))
                .build(),
            Committee.builder()
                .id(id("remuneration"))
                .name("Remuneration Committee")
                .kind(CommitteeKind.REMUNERATION)
                .exercisesCommissioningFunctions(false)
                .chair(id("ned-ellison"))
                .addAllMembers(List.of(
                    CommitteeMember.builder()
                        .id(id("ned-ellison"))
                        .boardMember(id("ned-ellison"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("ned-dunmore"))
                        .boardMember(id("ned-dunmore"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("ned-sandhu"))
                        .boardMember(id("ned-sandhu"))
                        .employedByIcb(false)
                        .build()))
                .build(),
            Committee.builder()
                .id(id("quality"))
                .name("Quality and Performance Committee")
                .kind(CommitteeKind.QUALITY)
                .exercisesCommissioningFunctions(false)
                .chair(id("ned-sandhu"))
                .addAllMembers(List.of(
                    CommitteeMember.builder()
                        .id(id("ned-sandhu"))
                        .boardMember(id("ned-sandhu"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("medical-director"))
                        .boardMember(id("medical-director"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("director-of-nursing"))
                        .boardMember(id("director-of-nursing"))
                        .employedByIcb(false)
                        .build()))
                .build(),
            Committee.builder()
                .id(id("primary-care-commissioning"))
                .name("Primary Care Commissioning Committee")
                .kind(CommitteeKind.OTHER)
                .exercisesCommissioningFunctions(true)
                .chair(id("ned-ellison"))
                .addAllMembers(List.of(
                    CommitteeMember.builder()
                        .id(id("ned-ellison"))
                        .boardMember(id("ned-ellison"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("chief-finance-officer"))
                        .boardMember(id("chief-finance-officer"))
                        .employedByIcb(false)
                        .build(),
                    CommitteeMember.builder()
                        .id(id("healthwatch-observer"))
                        .name("Kathryn Lowe")
                        .employedByIcb(false)
                        .privateHealthcareInvolvement(PrivateHealthcareInvolvement.builder()
                            .description("None declared")
                            .underminesIndependence(false)
                            .assessedOn(date("2024-04-02"))
                            .build())
                        .build()))
                .build()))
        .addAllRegistersOfInterests(List.of(
            RegisterOfInterests.builder()
                .id(id("register-members"))
                .addAllCovers(List.of(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS))
                .access(RegisterAccess.PUBLISHED)
                .url("https://www.northshire.icb.example/about-us/registers-of-interests")
                .addAllDeclarations(List.of(
                    Declaration.builder()
                        .id(id("d-2022-001"))
                        .person(id("medical-director"))
                        .interest("Honorary consultant contract with Northshire Hospitals NHS Foundation Trust")
                        .kind(InterestKind.NON_FINANCIAL_PROFESSIONAL)
                        .becameAwareOn(date("2022-07-01"))
                        .declaredOn(date("2022-07-08"))
                        .build(),
                    Declaration.builder()
                        .id(id("d-2022-002"))
                        .person(id("partner-primary-care"))
                        .interest("Partner in Abbey Medical Practice, a member of Abbey and Bridge PCN")
                        .kind(InterestKind.FINANCIAL)
                        .becameAwareOn(date("2022-07-01"))
                        .declaredOn(date("2022-07-01"))
                        .build(),
                    Declaration.builder()
                        .id(id("d-2024-007"))
                        .person(id("ned-ellison"))
                        .interest("Spouse is a trustee of Northshire VCSE Alliance")
                        .kind(InterestKind.INDIRECT)
                        .becameAwareOn(date("2024-02-10"))
                        .declaredOn(date("2024-02-27"))
                        .build()))
                .build(),
            RegisterOfInterests.builder()
                .id(id("register-staff"))
                .addAllCovers(List.of(RegisterScope.EMPLOYEES))
                .access(RegisterAccess.ON_REQUEST)
                .addAllDeclarations(List.of(
                    Declaration.builder()
                        .id(id("d-2023-041"))
                        .person(id("chief-finance-officer"))
                        .interest("Director of a community interest company providing financial training")
                        .kind(InterestKind.NON_FINANCIAL_PERSONAL)
                        .becameAwareOn(date("2023-05-02"))
                        .declaredOn(date("2023-05-19"))
                        .build()))
                .build()))
        .extensions(Extensions.of(ImmutableMap.of(
            "constitutionUrl", "https://www.northshire.icb.example/about-us/constitution",
            "constitutionVersion", "1.4")))
        .build();
  }

  private static IntegratedCarePartnership icp() {
    return IntegratedCarePartnership.builder()
        .name("Northshire and Wexcaster Integrated Care Partnership")
        .addAllMembers(List.of(
            IcpMember.builder()
                .id(id("icp-icb"))
                .name("Dr Helen Marsh")
                .appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD)
                .organisation(id("northshire-icb"))
                .build(),
            IcpMember.builder()
                .id(id("icp-northshire"))
                .name("Cllr Janet Reeve")
                .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY)
                .appointingAuthority(id("northshire-cc"))
                .organisation(id("northshire-cc"))
                .build(),
            IcpMember.builder()
                .id(id("icp-wexcaster"))
                .name("Cllr Ahmed Karim")
                .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY)
                .appointingAuthority(id("wexcaster-council"))
                .organisation(id("wexcaster-council"))
                .build(),
            IcpMember.builder()
                .id(id("icp-healthwatch"))
                .name("Kathryn Lowe")
                .appointedBy(IcpAppointer.INTEGRATED_CARE_PARTNERSHIP)
                .organisation(id("northshire-healthwatch"))
                .build(),
            IcpMember.builder()
                .id(id("icp-vcse"))
                .name("Femi Adeyemi")
                .appointedBy(IcpAppointer.INTEGRATED_CARE_PARTNERSHIP)
                .organisation(id("northshire-vcse-alliance"))
                .build()))
        .strategy(IntegratedCareStrategy.builder()
            .id(id("integrated-care-strategy-2023"))
            .preparedOn(date("2022-12-15"))
            .publishedOn(date("2023-01-31"))
            .healthwatchInvolved(true)
            .publicInvolved(true)
            .consideredSection75Arrangements(true)
            .addAllGivenTo(List.of(id("northshire-icb"), id("northshire-cc"), id("wexcaster-council")))
            .build())
        .build();
  }

  private static List<FootprintArea> footprint() {
    return List.of(
      FootprintArea.builder()
      .localAuthority(id("norbury-dc"))
      .build(),
      FootprintArea.builder()
      .localAuthority(id("eastmere-dc"))
      .build(),
      FootprintArea.builder()
      .localAuthority(id("wexcaster-council"))
      .build());
  }

  private static List<Organisation> organisations() {
    return List.of(
      Organisation.builder()
      .id(id("northshire-cc"))
      .name("Northshire County Council")
      .kind(OrganisationKind.LOCAL_AUTHORITY)
      .gssCode(GssCode.of("E10000099"))
      .localAuthorityType(LocalAuthorityType.COUNTY_COUNCIL)
      .build(),
      Organisation.builder()
      .id(id("norbury-dc"))
      .name("Norbury District Council")
      .kind(OrganisationKind.LOCAL_AUTHORITY)
      .gssCode(GssCode.of("E07000991"))
      .localAuthorityType(LocalAuthorityType.NON_METROPOLITAN_DISTRICT)
      .build(),
      Organisation.builder()
      .id(id("eastmere-dc"))
      .name("Eastmere District Council")
      .kind(OrganisationKind.LOCAL_AUTHORITY)
      .gssCode(GssCode.of("E07000992"))
      .localAuthorityType(LocalAuthorityType.NON_METROPOLITAN_DISTRICT)
      .build(),
      Organisation.builder()
      .id(id("wexcaster-council"))
      .name("Wexcaster City Council")
      .kind(OrganisationKind.LOCAL_AUTHORITY)
      .gssCode(GssCode.of("E06000099"))
      .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY)
      .build(),
      Organisation.builder()
      .id(id("northshire-hospitals"))
      .name("Northshire Hospitals NHS Foundation Trust")
      .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
      .odsCode(OdsCode.of("R9A"))
      .addAreasServed(GssCode.of("E07000991"), GssCode.of("E07000992"))
      .addAllServices(List.of(ProviderService.ACUTE))
      .extensions(Extensions.of(ImmutableMap.of("cqcRating", "good")))
      .build(),
      Organisation.builder()
      .id(id("wexcaster-hospitals"))
      .name("Wexcaster University Hospitals NHS Trust")
      .kind(OrganisationKind.NHS_TRUST)
      .odsCode(OdsCode.of("R9B"))
      .addAreasServed(GssCode.of("E06000099"))
      .addAllServices(List.of(ProviderService.ACUTE, ProviderService.SPECIALIST))
      .extensions(Extensions.of(ImmutableMap.of("cqcRating", "requires improvement")))
      .build(),
      Organisation.builder()
      .id(id("northshire-mh"))
      .name("Northshire and Wexcaster Mental Health NHS Foundation Trust")
      .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
      .odsCode(OdsCode.of("R9C"))
      .addAreasServed(GssCode.of("E07000991"), GssCode.of("E07000992"), GssCode.of("E06000099"))
      .addAllServices(List.of(ProviderService.MENTAL_HEALTH, ProviderService.COMMUNITY))
      .build(),
      Organisation.builder()
      .id(id("northshire-community"))
      .name("Northshire Community Health NHS Trust")
      .kind(OrganisationKind.NHS_TRUST)
      .odsCode(OdsCode.of("R9D"))
      .addAreasServed(GssCode.of("E07000991"), GssCode.of("E07000992"))
      .addAllServices(List.of(ProviderService.COMMUNITY))
      .build(),
      Organisation.builder()
      .id(id("regional-ambulance"))
      .name("Central Shires Ambulance Service NHS Foundation Trust")
      .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
      .odsCode(OdsCode.of("R9E"))
      .addAreasServed(GssCode.of("E07000991"), GssCode.of("E07000992"), GssCode.of("E06000099"))
      .addAllServices(List.of(ProviderService.AMBULANCE))
      .build(),
      Organisation.builder()
      .id(id("gp-abbey"))
      .name("Abbey Medical Practice")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99001"))
      .build(),
      Organisation.builder()
      .id(id("gp-bridge"))
      .name("Bridge Street Surgery")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99002"))
      .build(),
      Organisation.builder()
      .id(id("gp-castle"))
      .name("Castle Hill Health Centre")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99003"))
      .build(),
      Organisation.builder()
      .id(id("gp-dale"))
      .name("Dale View Practice")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99004"))
      .build(),
      Organisation.builder()
      .id(id("gp-elm"))
      .name("Elm Tree Surgery")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99005"))
      .build(),
      Organisation.builder()
      .id(id("gp-ford"))
      .name("Fordham Road Medical Centre")
      .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER)
      .odsCode(OdsCode.of("Z99006"))
      .build(),
      Organisation.builder()
      .id(id("northshire-healthwatch"))
      .name("Healthwatch Northshire")
      .kind(OrganisationKind.LOCAL_HEALTHWATCH)
      .build(),
      Organisation.builder()
      .id(id("wexcaster-healthwatch"))
      .name("Healthwatch Wexcaster")
      .kind(OrganisationKind.LOCAL_HEALTHWATCH)
      .build(),
      Organisation.builder()
      .id(id("northshire-hwb"))
      .name("Northshire Health and Wellbeing Board")
      .kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD)
      .build(),
      Organisation.builder()
      .id(id("wexcaster-hwb"))
      .name("Wexcaster Health and Wellbeing Board")
      .kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD)
      .build(),
      Organisation.builder()
      .id(id("northshire-vcse-alliance"))
      .name("Northshire VCSE Alliance")
      .kind(OrganisationKind.VCSE_ORGANISATION)
      .build());
  }

  private static List<PlaceBasedPartnership> places() {
    return List.of(
      PlaceBasedPartnership.builder()
      .id(id("place-northshire"))
      .name("Northshire Place Partnership")
      .addAllLocalAuthorities(List.of(id("northshire-cc"), id("norbury-dc"), id("eastmere-dc")))
      .addAllMembers(List.of(
          id("northshire-icb"),
          id("northshire-cc"),
          id("norbury-dc"),
          id("eastmere-dc"),
          id("northshire-hospitals"),
          id("northshire-mh"),
          id("northshire-community"),
          id("northshire-vcse-alliance"),
          id("northshire-healthwatch")))
      .build(),
      PlaceBasedPartnership.builder()
      .id(id("place-wexcaster"))
      .name("Wexcaster Place Partnership")
      .addAllLocalAuthorities(List.of(id("wexcaster-council")))
      .addAllMembers(List.of(
          id("northshire-icb"),
          id("wexcaster-council"),
          id("wexcaster-hospitals"),
          id("northshire-mh"),
          id("northshire-community"),
          id("wexcaster-healthwatch")))
      .build());
  }

  private static List<ProviderCollaborative> providerCollaboratives() {
    return List.of(
      ProviderCollaborative.builder()
      .id(id("acute-collaborative"))
      .name("Northshire and Wexcaster Acute Provider Collaborative")
      .orientation(CollaborativeOrientation.HORIZONTAL)
      .addAllMembers(List.of(id("northshire-hospitals"), id("wexcaster-hospitals")))
      .lead(id("northshire-hospitals"))
      .build(),
      ProviderCollaborative.builder()
      .id(id("mental-health-collaborative"))
      .name("Mental Health, Learning Disability and Autism Provider Collaborative")
      .orientation(CollaborativeOrientation.VERTICAL)
      .addAllMembers(List.of(
          id("northshire-mh"),
          id("northshire-community"),
          id("northshire-hospitals"),
          id("wexcaster-hospitals")))
      .lead(id("northshire-mh"))
      .build());
  }

  private static List<PrimaryCareNetwork> primaryCareNetworks() {
    return List.of(
      PrimaryCareNetwork.builder()
      .id(id("pcn-abbey-bridge"))
      .name("Abbey and Bridge PCN")
      .odsCode(OdsCode.of("U99001"))
      .addAllPractices(List.of(id("gp-abbey"), id("gp-bridge")))
      .place(id("place-northshire"))
      .build(),
      PrimaryCareNetwork.builder()
      .id(id("pcn-castle-dale"))
      .name("Castle and Dale PCN")
      .odsCode(OdsCode.of("U99002"))
      .addAllPractices(List.of(id("gp-castle"), id("gp-dale")))
      .place(id("place-northshire"))
      .build(),
      PrimaryCareNetwork.builder()
      .id(id("pcn-wexcaster-central"))
      .name("Wexcaster Central PCN")
      .odsCode(OdsCode.of("U99003"))
      .addAllPractices(List.of(id("gp-elm"), id("gp-ford")))
      .place(id("place-wexcaster"))
      .build());
  }

  private static List<Neighbourhood> neighbourhoods() {
    return List.of(
      Neighbourhood.builder()
      .id(id("neighbourhood-norbury"))
      .name("Norbury Neighbourhood")
      .place(id("place-northshire"))
      .addAllPrimaryCareNetworks(List.of(id("pcn-abbey-bridge")))
      .population(41200)
      .build(),
      Neighbourhood.builder()
      .id(id("neighbourhood-eastmere"))
      .name("Eastmere Neighbourhood")
      .place(id("place-northshire"))
      .addAllPrimaryCareNetworks(List.of(id("pcn-castle-dale")))
      .population(38900)
      .build(),
      Neighbourhood.builder()
      .id(id("neighbourhood-wexcaster-central"))
      .name("Wexcaster Central Neighbourhood")
      .place(id("place-wexcaster"))
      .addAllPrimaryCareNetworks(List.of(id("pcn-wexcaster-central")))
      .population(45600)
      .build());
  }

  private static List<Objective> objectives() {
    return List.of(
      Objective.builder()
      .id(id("earlier-cancer-diagnosis"))
      .title("Diagnose three in four cancers at stage 1 or 2")
      .addAllPurposes(List.of(CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE))
      .addAllMeasures(List.of(
          Measure.builder()
              .indicator(id("cancer-early-stage"))
              .baseline(MeasuredValue.of(new BigDecimal("54.2"), date("2023-03-31")))
              .target(MeasuredValue.of(new BigDecimal("75.0"), date("2028-03-31")))
              .addAllMeasurements(List.of(
                  MeasuredValue.of(new BigDecimal("56.1"), date("2024-03-31")),
                  MeasuredValue.of(new BigDecimal("58.4"), date("2025-03-31"))))
              .build()))
      .build(),
      Objective.builder()
      .id(id("smi-health-checks"))
      .title("Close the gap in annual physical health checks for people with severe mental illness")
      .addAllPurposes(List.of(
          CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE,
          CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS))
      .addAllMeasures(List.of(
          Measure.builder()
              .indicator(id("smi-health-checks"))
              .baseline(MeasuredValue.of(new BigDecimal("48.0"), date("2023-03-31")))
              .target(MeasuredValue.of(new BigDecimal("60.0"), date("2026-03-31")))
              .addAllMeasurements(List.of(
                  MeasuredValue.of(new BigDecimal("52.7"), date("2025-03-31")),
                  MeasuredValue.of(new BigDecimal("57.8"), date("2026-03-31"))))
              .build(),
          Measure.builder()
              .indicator(id("long-waits-most-deprived"))
              .baseline(MeasuredValue.of(new BigDecimal("38.6"), date("2023-03-31")))
              .target(MeasuredValue.of(new BigDecimal("30.0"), date("2027-03-31")))
              .build(),
          Measure.builder()
              .indicator(id("emergency-admissions-acsc"))
              .baseline(MeasuredValue.of(new BigDecimal("1532.4"), date("2025-03-31")))
              .target(MeasuredValue.of(new BigDecimal("1250.0"), date("2029-03-31")))
              .build()))
      .build(),
      Objective.builder()
      .id(id("value-for-money"))
      .title("Bring running costs within the national envelope while improving patient experience")
      .addAllPurposes(List.of(CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY))
      .addAllMeasures(List.of(
          Measure.builder()
              .indicator(id("running-cost-per-head"))
              .baseline(MeasuredValue.of(new BigDecimal("24.1"), date("2024-03-31")))
              .target(MeasuredValue.of(new BigDecimal("18.76"), date("2026-03-31")))
              .build(),
          Measure.builder()
              .indicator(id("gp-experience"))
              .baseline(MeasuredValue.of(new BigDecimal("71.3"), date("2024-03-31")))
              .target(MeasuredValue.of(new BigDecimal("75.0"), date("2027-03-31")))
              .build()))
      .build(),
      Objective.builder()
      .id(id("local-employment"))
      .title("Recruit one in five new NHS staff from our most deprived neighbourhoods")
      .addAllPurposes(List.of(CorePurpose.SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT))
      .addAllMeasures(List.of(
          Measure.builder()
              .indicator(id("local-recruitment"))
              .baseline(MeasuredValue.of(new BigDecimal("0.12"), date("2024-03-31")))
              .target(MeasuredValue.of(new BigDecimal("0.2"), date("2028-03-31")))
              .build()))
      .build());
  }

  private static List<Indicator> indicators() {
    return List.of(
      Indicator.builder()
      .id(id("cancer-early-stage"))
      .name("Cancers diagnosed at stage 1 or 2")
      .domain(IndicatorDomain.OUTCOME)
      .valueType(IndicatorValueType.PROPORTION)
      .multiplier(new BigDecimal("100"))
      .higherIsBetter(true)
      .source("Cancer registration data, rapid cancer registration dataset")
      .build(),
      Indicator.builder()
      .id(id("smi-health-checks"))
      .name("People on the SMI register receiving all six physical health checks in the year")
      .domain(IndicatorDomain.ACCESS)
      .valueType(IndicatorValueType.PROPORTION)
      .multiplier(new BigDecimal("100"))
      .higherIsBetter(true)
      .source("Physical health checks for people with SMI, quarterly")
      .addAllValues(List.of(
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("1")
              .value(new BigDecimal("48.2"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("5")
              .value(new BigDecimal("63.9"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("Asian or Asian British")
              .value(new BigDecimal("52.1"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("Black or Black British")
              .value(new BigDecimal("47.5"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("White")
              .value(new BigDecimal("58.3"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("18-39")
              .value(new BigDecimal("44.0"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("40-64")
              .value(new BigDecimal("57.6"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("65+")
              .value(new BigDecimal("64.8"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("female")
              .value(new BigDecimal("58.9"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("male")
              .value(new BigDecimal("53.4"))
              .build()))
      .build(),
      Indicator.builder()
      .id(id("long-waits-most-deprived"))
      .name("Patients waiting over 18 weeks for elective care, most deprived IMD quintile")
      .domain(IndicatorDomain.ACCESS)
      .valueType(IndicatorValueType.PROPORTION)
      .multiplier(new BigDecimal("100"))
      .higherIsBetter(false)
      .source("Waiting list minimum dataset, by IMD quintile")
      .addAllValues(List.of(
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("1")
              .value(new BigDecimal("41.7"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("2")
              .value(new BigDecimal("38.2"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("3")
              .value(new BigDecimal("35.9"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("4")
              .value(new BigDecimal("33.1"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("5")
              .value(new BigDecimal("31.0"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("Asian or Asian British")
              .value(new BigDecimal("39.4"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("White")
              .value(new BigDecimal("36.2"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("0-17")
              .value(new BigDecimal("29.8"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("18-64")
              .value(new BigDecimal("37.5"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("65+")
              .value(new BigDecimal("40.3"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("female")
              .value(new BigDecimal("38.6"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("male")
              .value(new BigDecimal("35.1"))
              .build()))
      .build(),
      Indicator.builder()
      .id(id("emergency-admissions-acsc"))
      .name("Emergency admissions for ambulatory care sensitive conditions")
      .domain(IndicatorDomain.OUTCOME)
      .valueType(IndicatorValueType.DIRECTLY_STANDARDISED_RATE)
      .multiplier(new BigDecimal("100000"))
      .higherIsBetter(false)
      .source("Hospital episode statistics")
      .addAllValues(List.of(
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("1")
              .value(new BigDecimal("1532.4"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.DEPRIVATION_QUINTILE)
              .group("5")
              .value(new BigDecimal("741.8"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("Black or Black British")
              .value(new BigDecimal("1290.2"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.ETHNICITY)
              .group("White")
              .value(new BigDecimal("1021.7"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("18-64")
              .value(new BigDecimal("612.3"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.AGE_BAND)
              .group("65+")
              .value(new BigDecimal("2890.6"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("female")
              .value(new BigDecimal("1007.5"))
              .build(),
          IndicatorValue.builder()
              .period("2025/26")
              .periodEnd(date("2026-03-31"))
              .dimension(BreakdownDimension.SEX)
              .group("male")
              .value(new BigDecimal("1122.9"))
              .build()))
      .build(),
      Indicator.builder()
      .id(id("gp-experience"))
      .name("Patients describing their overall experience of their GP practice as good")
      .domain(IndicatorDomain.EXPERIENCE)
      .valueType(IndicatorValueType.PROPORTION)
      .multiplier(new BigDecimal("100"))
      .higherIsBetter(true)
      .source("GP Patient Survey")
      .build(),
      Indicator.builder()
      .id(id("running-cost-per-head"))
      .name("ICB running cost per head of population (pounds)")
      .domain(IndicatorDomain.OUTCOME)
      .valueType(IndicatorValueType.MEAN)
      .multiplier(new BigDecimal("1"))
      .higherIsBetter(false)
      .source("ICB annual accounts")
      .build(),
      Indicator.builder()
      .id(id("local-recruitment"))
      .name("New starters living in the most deprived quintile of neighbourhoods")
      .domain(IndicatorDomain.OUTCOME)
      .valueType(IndicatorValueType.PROPORTION)
      .multiplier(new BigDecimal("1"))
      .higherIsBetter(true)
      .source("Electronic staff record, by postcode of residence")
      .build());
  }

  private static List<CooperationArrangement> arrangements() {
    return List.of(
      CooperationArrangement.builder()
      .id(id("system-partnership-agreement"))
      .kind(ArrangementKind.OTHER)
      .name("Northshire and Wexcaster system partnership agreement")
      .addAllParties(List.of(
          id("northshire-icb"),
          id("northshire-hospitals"),
          id("wexcaster-hospitals"),
          id("northshire-mh"),
          id("northshire-community"),
          id("regional-ambulance"),
          id("northshire-cc"),
          id("norbury-dc"),
          id("eastmere-dc"),
          id("wexcaster-council")))
      .effectiveFrom(date("2022-07-01"))
      .build(),
      CooperationArrangement.builder()
      .id(id("s75-northshire"))
      .kind(ArrangementKind.SECTION_75_AGREEMENT)
      .name("Better Care Fund section 75 agreement (Northshire)")
      .addAllParties(List.of(id("northshire-icb"), id("northshire-cc")))
      .effectiveFrom(date("2023-04-01"))
      .effectiveTo(date("2026-03-31"))
      .build(),
      CooperationArrangement.builder()
      .id(id("s75-wexcaster"))
      .kind(ArrangementKind.SECTION_75_AGREEMENT)
      .name("Better Care Fund section 75 agreement (Wexcaster)")
      .addAllParties(List.of(id("northshire-icb"), id("wexcaster-council")))
      .effectiveFrom(date("2023-04-01"))
      .effectiveTo(date("2026-03-31"))
      .build(),
      CooperationArrangement.builder()
      .id(id("hwb-northshire"))
      .kind(ArrangementKind.HEALTH_AND_WELLBEING_BOARD_REPRESENTATION)
      .addAllParties(List.of(id("northshire-icb"), id("northshire-hwb")))
      .build(),
      CooperationArrangement.builder()
      .id(id("hwb-wexcaster"))
      .kind(ArrangementKind.HEALTH_AND_WELLBEING_BOARD_REPRESENTATION)
      .addAllParties(List.of(id("northshire-icb"), id("wexcaster-hwb")))
      .build(),
      CooperationArrangement.builder()
      .id(id("joint-director-of-place-wexcaster"))
      .kind(ArrangementKind.JOINT_APPOINTMENT)
      .name("Joint director of place, Wexcaster")
      .addAllParties(List.of(id("northshire-icb"), id("wexcaster-council")))
      .effectiveFrom(date("2024-09-01"))
      .build());
  }

  private static List<JointForwardPlan> jointForwardPlans() {
    return List.of(
      JointForwardPlan.builder()
      .id(id("joint-forward-plan-2025"))
      .firstYear(FinancialYear.of("2025/26"))
      .yearsCovered(5)
      .preparedOn(date("2025-02-20"))
      .publishedOn(date("2025-03-28"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45")))
      .coversJointLocalHealthAndWellbeingStrategies(true)
      .coversUnder25s(true)
      .coversVictimsOfAbuse(true)
      .build(),
      JointForwardPlan.builder()
      .id(id("joint-forward-plan-2026"))
      .firstYear(FinancialYear.of("2026/27"))
      .yearsCovered(5)
      .preparedOn(date("2026-02-19"))
      .publishedOn(date("2026-03-26"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:223GC"),
          DutyId.of("nhsa2006:223L"),
          DutyId.of("nhsa2006:223M")))
      .coversJointLocalHealthAndWellbeingStrategies(true)
      .coversUnder25s(true)
      .coversVictimsOfAbuse(true)
      .build(),
      JointForwardPlan.builder()
      .id(id("joint-forward-plan-2027"))
      .firstYear(FinancialYear.of("2027/28"))
      .yearsCovered(5)
      .preparedOn(date("2027-02-18"))
      .publishedOn(date("2027-03-25"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:223GC"),
          DutyId.of("nhsa2006:223L"),
          DutyId.of("nhsa2006:223M")))
      .coversJointLocalHealthAndWellbeingStrategies(true)
      .coversUnder25s(true)
      .coversVictimsOfAbuse(true)
      .build(),
      JointForwardPlan.builder()
      .id(id("joint-forward-plan-2028"))
      .firstYear(FinancialYear.of("2028/29"))
      .yearsCovered(5)
      .preparedOn(date("2028-02-17"))
      .publishedOn(date("2028-03-23"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:223GC"),
          DutyId.of("nhsa2006:223L"),
          DutyId.of("nhsa2006:223M")))
      .coversJointLocalHealthAndWellbeingStrategies(true)
      .coversUnder25s(true)
      .coversVictimsOfAbuse(true)
      .build());
  }

  private static List<JointCapitalResourceUsePlan> capitalResourceUsePlans() {
    return List.of(
      JointCapitalResourceUsePlan.builder()
      .id(id("capital-plan-2025"))
      .financialYear(FinancialYear.of("2025/26"))
      .preparedOn(date("2025-02-27"))
      .publishedOn(date("2025-03-28"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .build(),
      JointCapitalResourceUsePlan.builder()
      .id(id("capital-plan-2026"))
      .financialYear(FinancialYear.of("2026/27"))
      .preparedOn(date("2026-02-26"))
      .publishedOn(date("2026-03-26"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .build(),
      JointCapitalResourceUsePlan.builder()
      .id(id("capital-plan-2027"))
      .financialYear(FinancialYear.of("2027/28"))
      .preparedOn(date("2027-02-25"))
      .publishedOn(date("2027-03-25"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .build(),
      JointCapitalResourceUsePlan.builder()
      .id(id("capital-plan-2028"))
      .financialYear(FinancialYear.of("2028/29"))
      .preparedOn(date("2028-02-24"))
      .publishedOn(date("2028-03-23"))
      .givenToIntegratedCarePartnership(true)
      .addAllGivenToHealthAndWellbeingBoards(List.of(id("northshire-hwb"), id("wexcaster-hwb")))
      .givenToNhsEngland(true)
      .build());
  }

  private static List<AnnualReport> annualReports() {
    return List.of(
      AnnualReport.builder()
      .id(id("annual-report-2024"))
      .financialYear(FinancialYear.of("2024/25"))
      .publishedOn(date("2025-07-10"))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:14Z49")))
      .reviewsPlans(true)
      .reviewsInequalitiesStatement(true)
      .reviewsJointLocalHealthAndWellbeingStrategies(true)
      .mentalHealthExpenditure(new BigDecimal("214350000.0"))
      .mentalHealthProportion(new BigDecimal("0.139"))
      .explainsMentalHealthExpenditure(true)
      .build(),
      AnnualReport.builder()
      .id(id("annual-report-2025-26"))
      .financialYear(FinancialYear.of("2025/26"))
      .publishedOn(date("2026-07-09"))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:14Z49")))
      .reviewsPlans(true)
      .reviewsInequalitiesStatement(true)
      .reviewsJointLocalHealthAndWellbeingStrategies(true)
      .mentalHealthExpenditure(new BigDecimal("214350000.0"))
      .mentalHealthProportion(new BigDecimal("0.139"))
      .explainsMentalHealthExpenditure(true)
      .build(),
      AnnualReport.builder()
      .id(id("annual-report-2026-27"))
      .financialYear(FinancialYear.of("2026/27"))
      .publishedOn(date("2027-07-08"))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:14Z49")))
      .reviewsPlans(true)
      .reviewsInequalitiesStatement(true)
      .reviewsJointLocalHealthAndWellbeingStrategies(true)
      .mentalHealthExpenditure(new BigDecimal("221900000"))
      .mentalHealthProportion(new BigDecimal("0.141"))
      .explainsMentalHealthExpenditure(true)
      .build(),
      AnnualReport.builder()
      .id(id("annual-report-2027-28"))
      .financialYear(FinancialYear.of("2027/28"))
      .publishedOn(date("2028-07-06"))
      .givenToNhsEngland(true)
      .addAllExplainsDuties(List.of(
          DutyId.of("nhsa2006:14Z34"),
          DutyId.of("nhsa2006:14Z35"),
          DutyId.of("nhsa2006:14Z36"),
          DutyId.of("nhsa2006:14Z37"),
          DutyId.of("nhsa2006:14Z38"),
          DutyId.of("nhsa2006:14Z39"),
          DutyId.of("nhsa2006:14Z40"),
          DutyId.of("nhsa2006:14Z41"),
          DutyId.of("nhsa2006:14Z42"),
          DutyId.of("nhsa2006:14Z43"),
          DutyId.of("nhsa2006:14Z44"),
          DutyId.of("nhsa2006:14Z45"),
          DutyId.of("nhsa2006:14Z49")))
      .reviewsPlans(true)
      .reviewsInequalitiesStatement(true)
      .reviewsJointLocalHealthAndWellbeingStrategies(true)
      .mentalHealthExpenditure(new BigDecimal("229600000"))
      .mentalHealthProportion(new BigDecimal("0.142"))
      .explainsMentalHealthExpenditure(true)
      .build());
  }

  private static List<JointStrategicNeedsAssessment> needsAssessments() {
    return List.of(
      JointStrategicNeedsAssessment.builder()
      .id(id("jsna-northshire"))
      .localAuthority(id("northshire-cc"))
      .publishedOn(date("2024-10-01"))
      .givenToIntegratedCarePartnership(true)
      .build(),
      JointStrategicNeedsAssessment.builder()
      .id(id("jsna-wexcaster"))
      .localAuthority(id("wexcaster-council"))
      .publishedOn(date("2024-11-15"))
      .givenToIntegratedCarePartnership(true)
      .build());
  }

  private static List<JointLocalHealthAndWellbeingStrategy> healthAndWellbeingStrategies() {
    return List.of(
      JointLocalHealthAndWellbeingStrategy.builder()
      .id(id("jlhws-northshire"))
      .localAuthority(id("northshire-cc"))
      .publishedOn(date("2023-06-15"))
      .build(),
      JointLocalHealthAndWellbeingStrategy.builder()
      .id(id("jlhws-wexcaster"))
      .localAuthority(id("wexcaster-council"))
      .publishedOn(date("2023-09-28"))
      .build());
  }

  private static List<DutyAssurance> dutyAssurances() {
    return List.of(
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z34"))
      .accountableLead(id("director-of-nursing"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Improvement in quality of services")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z34")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z34")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z34")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z35"))
      .accountableLead(id("chief-executive"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Health inequalities annual report 2024/25")
              .section("Access to elective care by deprivation and ethnicity")
              .date(date("2025-06-26"))
              .addAllLimbs(List.of(DutyId.of("nhsa2006:14Z35(a)")))
              .build(),
          Evidence.builder()
              .document("Health inequalities annual report 2024/25")
              .section("Outcomes for people with severe mental illness and cancer stage at diagnosis")
              .date(date("2025-06-26"))
              .addAllLimbs(List.of(DutyId.of("nhsa2006:14Z35(b)")))
              .build(),
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Reducing inequalities")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z35")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z35")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z35")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z36"))
      .accountableLead(id("director-of-nursing"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Involving patients in decisions about their care")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z36")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z36")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z36")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z37"))
      .accountableLead(id("medical-director"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Patient choice")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z37")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z37")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z37")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z38"))
      .accountableLead(id("medical-director"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Obtaining appropriate advice")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z38")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z38")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z38")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z39"))
      .accountableLead(id("chief-finance-officer"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Promoting innovation")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z39")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z39")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z39")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z40"))
      .accountableLead(id("medical-director"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Research")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z40")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z40")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z40")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z41"))
      .accountableLead(id("director-of-nursing"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Education and training")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z41")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z41")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z41")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z42"))
      .accountableLead(id("chief-executive"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Integration")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z42")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z42")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z42")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z43"))
      .accountableLead(id("chief-executive"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Effect of decisions (the triple aim)")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z43")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z43")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z43")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z44"))
      .accountableLead(id("chief-finance-officer"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Climate change and the green plan")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z44")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z44")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z44")
              .date(date("2028-07-06"))
              .build()))
      .build(),
      DutyAssurance.builder()
      .duty(DutyId.of("nhsa2006:14Z45"))
      .accountableLead(id("chief-executive"))
      .addAllEvidence(List.of(
          Evidence.builder()
              .document("Annual report 2024/25")
              .section("Discharge of general duties: Public involvement and consultation")
              .date(date("2025-07-10"))
              .build(),
          Evidence.builder()
              .document("Annual report 2025/26")
              .section("Discharge of general duties: s.14Z45")
              .date(date("2026-07-09"))
              .build(),
          Evidence.builder()
              .document("Annual report 2026/27")
              .section("Discharge of general duties: s.14Z45")
              .date(date("2027-07-08"))
              .build(),
          Evidence.builder()
              .document("Annual report 2027/28")
              .section("Discharge of general duties: s.14Z45")
              .date(date("2028-07-06"))
              .build()))
      .build());
  }
}
