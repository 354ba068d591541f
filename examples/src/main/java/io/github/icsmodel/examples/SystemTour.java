package io.github.icsmodel.examples;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.board.Participation;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.duty.DutyGroup;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
import io.github.icsmodel.inequality.IndicatorValueType;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.MeasuredValue;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A tour of building an integrated care system in code: a small fictional system, Wexcaster, with a board, an
 * integrated care partnership, one joint forward plan and one objective measured by one indicator. Each model type
 * is an immutable value built through its {@code builder()}; elements refer to each other by {@link LocalId}.
 *
 * <p>The complete example, with every part of the model, is the document {@code examples/data/northshire.json},
 * read with {@code IcsJson.readSystem(path)}: a whole system is kept as data, not as code.
 *
 * <p>Validated as of {@link #AS_OF}, the tour gives no error: its board, partnership, references and plan are not
 * at fault, and what it leaves out is not recorded, which is no breach. The validator says so in warnings: the
 * statutory documents a real system must also have are not recorded ({@code plan.annual-report-unrecorded},
 * {@code plan.capital-plan-unrecorded}, {@code interest.registers-unrecorded}, {@code icp.strategy-unrecorded}),
 * nor where the nominating trust provides services ({@code board.partner-member-trust-area-unrecorded}); its
 * indicator is not broken down ({@code inequality.breakdowns}) and its ICB is not in the reference data
 * ({@code reference.icb-identity}); and information says what it records nothing about (duty assurance,
 * committees, the other core purposes). {@code SystemTourTest} holds it to this. Written
 * as JSON and read back, it is equal to itself.
 *
 * <p>Run with {@code java -cp examples/target/ics.jar io.github.icsmodel.examples.SummaryExample}, which prints a
 * summary of it.
 */
public final class SystemTour {
  private SystemTour() {}

  /** The date the tour is documented as of: its plan covers the financial year 2026/27. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 7);

  private static final LocalId ICB = LocalId.of("wexcaster-icb");
  private static final LocalId COUNCIL = LocalId.of("wexcaster-council");
  private static final LocalId HOSPITALS = LocalId.of("wexcaster-hospitals");
  private static final LocalId PRACTICE = LocalId.of("gp-abbey");
  private static final LocalId HWB = LocalId.of("wexcaster-hwb");

  /**
   * Builds the Wexcaster system.
   *
   * @return the system
   */
  public static IntegratedCareSystem system() {
    return IntegratedCareSystem.builder()
        .id(LocalId.of("wexcaster"))
        .name("Wexcaster Integrated Care System")
        .icb(icb())
        .icp(icp())
        // The area: one unitary authority, whole.
        .addFootprint(FootprintArea.whole(COUNCIL))
        .addAllOrganisations(organisations())
        // Section 82: the NHS bodies and the local authority co-operate through a recorded arrangement.
        .addArrangements(CooperationArrangement.builder()
            .id(LocalId.of("system-partnership-agreement"))
            .kind(ArrangementKind.OTHER)
            .name("Wexcaster system partnership agreement")
            .addParties(ICB, HOSPITALS, COUNCIL)
            .effectiveFrom(LocalDate.of(2022, 7, 1))
            .build())
        .addIndicators(Indicator.builder()
            .id(LocalId.of("smi-health-checks"))
            .name("People on the SMI register receiving all six physical health checks in the year")
            .domain(IndicatorDomain.ACCESS)
            .valueType(IndicatorValueType.PROPORTION)
            .multiplier(new BigDecimal("100"))
            .higherIsBetter(true)
            .build())
        .addObjectives(Objective.builder()
            .id(LocalId.of("smi-health-checks"))
            .title("Close the gap in annual physical health checks for people with severe mental illness")
            .addPurposes(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)
            .addMeasures(Measure.builder()
                .indicator(LocalId.of("smi-health-checks"))
                .baseline(MeasuredValue.of(new BigDecimal("48.0"), LocalDate.of(2023, 3, 31)))
                .target(MeasuredValue.of(new BigDecimal("60.0"), LocalDate.of(2027, 3, 31)))
                .build())
            .build())
        .addJointForwardPlans(JointForwardPlan.builder()
            .id(LocalId.of("joint-forward-plan-2026"))
            .firstYear(FinancialYear.of("2026/27"))
            .yearsCovered(5)
            .preparedOn(LocalDate.of(2026, 2, 19))
            .publishedOn(LocalDate.of(2026, 3, 26))
            .givenToIntegratedCarePartnership(true)
            .addGivenToHealthAndWellbeingBoards(HWB)
            .givenToNhsEngland(true)
            // s.14Z52(2)(b): the duties the plan must explain, taken from the Act's own groups, not typed out.
            .addAllExplainsDuties(DutyGroup.GENERAL_DUTIES_OF_ICBS.members())
            .addAllExplainsDuties(DutyGroup.FINANCIAL_DUTIES.members())
            .coversJointLocalHealthAndWellbeingStrategies(true)
            .coversUnder25s(true)
            .coversVictimsOfAbuse(true)
            .build())
        .build();
  }

  private static IntegratedCareBoard icb() {
    return IntegratedCareBoard.builder()
        .id(ICB)
        .name("NHS Wexcaster Integrated Care Board")
        .odsCode(OdsCode.of("Q9W"))
        .establishedOn(LocalDate.of(2022, 7, 1))
        .constitutionPublished(true)
        .board(Board.builder()
            // Schedule 1B: a chair, a chief executive and at least three ordinary members, among them one
            // nominated by each of the trusts, the providers of primary medical services and the local authorities.
            .addMembers(BoardMember.builder()
                .id(LocalId.of("chair"))
                .name("Dr Helen Marsh")
                .role(MemberRole.CHAIR)
                .participation(Participation.VOTING_MEMBER)
                .appointedBy(AppointingAuthority.NHS_ENGLAND)
                .addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
                .employedByIcb(false)
                .mentalHealthExpertise(false)
                .appointedOn(LocalDate.of(2022, 7, 1))
                .termEndsOn(LocalDate.of(2030, 6, 30))
                .build())
            .addMembers(BoardMember.builder()
                .id(LocalId.of("chief-executive"))
                .name("Rajesh Patel")
                .role(MemberRole.CHIEF_EXECUTIVE)
                .participation(Participation.VOTING_MEMBER)
                .appointedBy(AppointingAuthority.ICB_CHAIR)
                .addApprovedBy(AppointingAuthority.NHS_ENGLAND)
                .employedByIcb(true)
                .mentalHealthExpertise(false)
                .appointedOn(LocalDate.of(2022, 7, 1))
                .build())
            .addMembers(
                executive("chief-finance-officer", "Sarah Okafor", ExecutivePortfolio.FINANCE),
                executive("medical-director", "Dr James Whitfield", ExecutivePortfolio.MEDICAL),
                executive("director-of-nursing", "Angela Brooks", ExecutivePortfolio.NURSING),
                nonExecutive("ned-ellison", "Margaret Ellison", false, Designation.DEPUTY_CHAIR,
                    Designation.SENIOR_NON_EXECUTIVE_MEMBER),
                nonExecutive("ned-sandhu", "Priya Sandhu", true),
                partner("partner-trusts", "Dr Lucy Harper", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS, HOSPITALS),
                partner("partner-primary-care", "Dr Tom Ashby",
                    OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES, PRACTICE),
                partner("partner-local-authorities", "Mark Holloway",
                    OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES, COUNCIL))
            .build())
        .build();
  }

  /** An executive member, appointed by the chief executive with the chair's approval. */
  private static BoardMember executive(String id, String name, ExecutivePortfolio portfolio) {
    return ordinary(id, name, OrdinaryMemberKind.EXECUTIVE_MEMBER, AppointingAuthority.ICB_CHIEF_EXECUTIVE, true)
        .addPortfolios(portfolio)
        .build();
  }

  /** A non-executive member, appointed by the chair. */
  private static BoardMember nonExecutive(String id, String name, boolean mentalHealthExpertise,
      Designation... designations) {
    return ordinary(id, name, OrdinaryMemberKind.NON_EXECUTIVE_MEMBER, AppointingAuthority.ICB_CHAIR, false)
        .mentalHealthExpertise(mentalHealthExpertise)
        .addDesignations(designations)
        .termEndsOn(LocalDate.of(2030, 6, 30))
        .build();
  }

  /** A partner member, nominated by the bodies of its kind in the area and approved by the chair. */
  private static BoardMember partner(String id, String name, OrdinaryMemberKind kind, LocalId nominatedBy) {
    return ordinary(id, name, kind, AppointingAuthority.NOMINATING_BODIES, false)
        .addNominatedBy(nominatedBy)
        .nominatedOn(LocalDate.of(2022, 6, 1))
        .build();
  }

  private static BoardMember.Builder ordinary(String id, String name, OrdinaryMemberKind kind,
      AppointingAuthority appointedBy, boolean employedByIcb) {
    BoardMember.Builder member = BoardMember.builder();
    member.id(LocalId.of(id))
        .name(name)
        .role(MemberRole.ORDINARY_MEMBER)
        .ordinaryMemberKind(kind)
        .participation(Participation.VOTING_MEMBER)
        .appointedBy(appointedBy)
        .addApprovedBy(AppointingAuthority.ICB_CHAIR)
        .employedByIcb(employedByIcb)
        .mentalHealthExpertise(false)
        .appointedOn(LocalDate.of(2022, 7, 1));
    return member;
  }

  private static IntegratedCarePartnership icp() {
    // Section 116ZA of the 2007 Act: a member appointed by the ICB and one by each responsible local authority.
    return IntegratedCarePartnership.builder()
        .name("Wexcaster Integrated Care Partnership")
        .addMembers(IcpMember.builder()
            .id(LocalId.of("icp-icb"))
            .name("Dr Helen Marsh")
            .appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD)
            .organisation(ICB)
            .build())
        .addMembers(IcpMember.builder()
            .id(LocalId.of("icp-wexcaster"))
            .name("Cllr Ahmed Karim")
            .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY)
            .appointingAuthority(COUNCIL)
            .organisation(COUNCIL)
            .build())
        .build();
  }

  private static List<Organisation> organisations() {
    return List.of(
        Organisation.builder().id(COUNCIL).name("Wexcaster City Council").kind(OrganisationKind.LOCAL_AUTHORITY)
            .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).build(),
        Organisation.builder().id(HOSPITALS).name("Wexcaster University Hospitals NHS Trust")
            .kind(OrganisationKind.NHS_TRUST).odsCode(OdsCode.of("R9B")).build(),
        Organisation.builder().id(PRACTICE).name("Abbey Medical Practice")
            .kind(OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER).odsCode(OdsCode.of("Z99001")).build(),
        Organisation.builder().id(HWB).name("Wexcaster Health and Wellbeing Board")
            .kind(OrganisationKind.HEALTH_AND_WELLBEING_BOARD).build());
  }
}
