package io.github.icsmodel.examples;

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
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.duty.DutyId;
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
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Northshire: a complete, realistic, fictional integrated care system built in code.
 *
 * <p>Northshire is a two-tier county (Northshire County Council and two district councils, Eastdale and Westmoor)
 * with a unitary city, Porttown. Its ICB has the board Schedule 1B requires and NHS England policy expects; its ICP
 * has a member from the ICB and from each responsible local authority; two NHS trusts and a foundation trust work
 * in a provider collaborative; every NHS body co-operates with every local authority through recorded
 * arrangements; and it has objectives for all four core purposes, a joint forward plan, an annual report and duty
 * assurance with evidence for both limbs of s.14Z35.
 */
public final class Northshire {
  private Northshire() {}

  static LocalId id(String text) {
    return LocalId.of(text);
  }

  /**
   * Builds the Northshire system.
   *
   * @return the system
   */
  public static IntegratedCareSystem system() {
    return IntegratedCareSystem.builder()
        .id(id("northshire"))
        .name("Northshire Integrated Care System")
        .icb(icb())
        .icp(icp())
        .addFootprint(
            FootprintArea.whole(id("northshire-cc")),
            FootprintArea.whole(id("eastdale-dc")),
            FootprintArea.whole(id("westmoor-dc")),
            FootprintArea.whole(id("porttown-city")))
        .addAllOrganisations(organisations())
        .addPlaces(
            PlaceBasedPartnership.builder().id(id("place-northshire")).name("Northshire Place")
                .addLocalAuthorities(id("northshire-cc"), id("eastdale-dc"), id("westmoor-dc"))
                .addMembers(id("northshire-icb"), id("northshire-cc"), id("northshire-community"),
                    id("gp-eastdale-1"), id("vcse-northshire"))
                .build(),
            PlaceBasedPartnership.builder().id(id("place-porttown")).name("Porttown Place")
                .addLocalAuthorities(id("porttown-city"))
                .addMembers(id("northshire-icb"), id("porttown-city"), id("porttown-hospitals"),
                    id("gp-porttown-1"))
                .build())
        .addProviderCollaboratives(
            ProviderCollaborative.builder().id(id("northshire-collaborative"))
                .name("Northshire Acute and Mental Health Collaborative")
                .addMembers(id("porttown-hospitals"), id("northshire-mental-health"), id("northshire-community"))
                .lead(id("porttown-hospitals"))
                .build())
        .addPrimaryCareNetworks(
            PrimaryCareNetwork.builder().id(id("pcn-eastdale")).name("Eastdale PCN").odsCode(OdsCode.of("U00001"))
                .addPractices(id("gp-eastdale-1"), id("gp-eastdale-2")).place(id("place-northshire")).build(),
            PrimaryCareNetwork.builder().id(id("pcn-porttown")).name("Porttown Central PCN")
                .odsCode(OdsCode.of("U00002")).addPractices(id("gp-porttown-1")).place(id("place-porttown")).build())
        .addIndicators(
            Indicator.builder().id(id("hypertension-treated")).name("Hypertension patients treated to target")
                .domain(IndicatorDomain.OUTCOME).valueType(IndicatorValueType.PROPORTION)
                .multiplier(BigDecimal.valueOf(100)).higherIsBetter(true).source("QOF")
                .values(values("2024/25", LocalDate.of(2025, 3, 31), "66.2", "60.1", "71.9")).build(),
            Indicator.builder().id(id("smi-health-checks")).name("Annual health checks for people with SMI")
                .domain(IndicatorDomain.ACCESS).valueType(IndicatorValueType.PROPORTION)
                .multiplier(BigDecimal.valueOf(100)).higherIsBetter(true)
                .values(values("2024/25", LocalDate.of(2025, 3, 31), "58.4", "51.7", "64.0")).build())
        .addAllObjectives(objectives())
        .addAllArrangements(arrangements())
        .addJointForwardPlans(JointForwardPlan.builder().id(id("jfp-2026"))
            .firstYear(FinancialYear.of("2026/27")).yearsCovered(5)
            .preparedOn(LocalDate.of(2026, 3, 20)).publishedOn(LocalDate.of(2026, 3, 27))
            .givenToIntegratedCarePartnership(true).givenToNhsEngland(true)
            .addGivenToHealthAndWellbeingBoards(id("northshire-hwb"), id("porttown-hwb"))
            .addAllExplainsDuties(dutyIds("14Z34", "14Z35", "14Z36", "14Z37", "14Z38", "14Z39", "14Z40", "14Z41",
                "14Z42", "14Z43", "14Z44", "14Z45", "223GB", "223GC", "223GD", "223L", "223M", "223N"))
            .coversJointLocalHealthAndWellbeingStrategies(true).coversUnder25s(true).coversVictimsOfAbuse(true)
            .build())
        .addCapitalResourceUsePlans(JointCapitalResourceUsePlan.builder().id(id("capital-2026"))
            .financialYear(FinancialYear.of("2026/27")).preparedOn(LocalDate.of(2026, 3, 20))
            .publishedOn(LocalDate.of(2026, 3, 27)).givenToIntegratedCarePartnership(true).givenToNhsEngland(true)
            .addGivenToHealthAndWellbeingBoards(id("northshire-hwb"), id("porttown-hwb")).build())
        .addAnnualReports(annualReport("annual-report-2024-25", "2024/25", LocalDate.of(2025, 7, 11),
            new BigDecimal("298100000"), new BigDecimal("0.092")))
        .addAnnualReports(annualReport("annual-report-2025-26", "2025/26", LocalDate.of(2026, 7, 10),
            new BigDecimal("312400000"), new BigDecimal("0.094")))
        .addAllDutyAssurances(assurances())
        .build();
  }

  private static AnnualReport annualReport(
      String id, String year, LocalDate published, BigDecimal mentalHealth, BigDecimal proportion) {
    return AnnualReport.builder().id(id(id))
            .financialYear(FinancialYear.of(year)).publishedOn(published)
            .givenToNhsEngland(true)
            .addAllExplainsDuties(dutyIds("14Z34", "14Z35", "14Z36", "14Z37", "14Z38", "14Z39", "14Z40", "14Z41",
                "14Z42", "14Z43", "14Z44", "14Z45", "14Z49"))
            .reviewsPlans(true).reviewsInequalitiesStatement(true)
            .reviewsJointLocalHealthAndWellbeingStrategies(true)
            .mentalHealthExpenditure(mentalHealth).mentalHealthProportion(proportion)
            .explainsMentalHealthExpenditure(true).build();
  }

  private static List<DutyId> dutyIds(String... sections) {
    List<DutyId> ids = new ArrayList<>();
    for (String section : sections) {
      ids.add(DutyId.of("nhsa2006:" + section));
    }
    return ids;
  }

  private static IntegratedCareBoard icb() {
    return IntegratedCareBoard.builder()
        .id(id("northshire-icb"))
        .name("NHS Northshire Integrated Care Board")
        .odsCode(OdsCode.of("QZ1"))
        .constitutionPublished(true)
        .board(Board.builder().addAllMembers(boardMembers()).build())
        .addCommittees(
            Committee.builder().id(id("audit")).name("Audit Committee").kind(CommitteeKind.AUDIT)
                .chair(id("ned-audit"))
                .addMembers(CommitteeMember.ofBoardMember(id("ned-audit")),
                    CommitteeMember.ofBoardMember(id("ned-deputy")))
                .build(),
            Committee.builder().id(id("remuneration")).name("Remuneration Committee")
                .kind(CommitteeKind.REMUNERATION).chair(id("ned-deputy"))
                .addMembers(CommitteeMember.ofBoardMember(id("ned-deputy")),
                    CommitteeMember.ofBoardMember(id("ned-audit")))
                .build())
        .addRegistersOfInterests(RegisterOfInterests.builder().id(id("register"))
            .addCovers(RegisterScope.BOARD_MEMBERS, RegisterScope.COMMITTEE_MEMBERS, RegisterScope.EMPLOYEES)
            .access(RegisterAccess.PUBLISHED).url("https://example.org/northshire/register-of-interests")
            .addDeclarations(Declaration.builder().id(id("decl-1")).person(id("partner-trusts"))
                .interest("Chief executive of Porttown Hospitals NHS Foundation Trust")
                .kind(InterestKind.NON_FINANCIAL_PROFESSIONAL)
                .becameAwareOn(LocalDate.of(2025, 4, 1)).declaredOn(LocalDate.of(2025, 4, 14)).build())
            .build())
        .build();
  }

  private static List<BoardMember> boardMembers() {
    List<BoardMember> members = new ArrayList<>();
    members.add(BoardMember.builder().id(id("chair")).name("Helen Marsh").role(MemberRole.CHAIR)
        .appointedBy(AppointingAuthority.NHS_ENGLAND).addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE).build());
    members.add(BoardMember.builder().id(id("chief-executive")).name("Daniel Okafor")
        .role(MemberRole.CHIEF_EXECUTIVE).appointedBy(AppointingAuthority.ICB_CHAIR)
        .addApprovedBy(AppointingAuthority.NHS_ENGLAND).employedByIcb(true).build());
    members.add(executive("cfo", "Priya Shah", ExecutivePortfolio.FINANCE, false));
    members.add(executive("medical-director", "Dr Tom Reilly", ExecutivePortfolio.MEDICAL, true));
    members.add(executive("nursing-director", "Grace Adeyemi", ExecutivePortfolio.NURSING, false));
    members.add(ordinary("ned-deputy", "Robert Lane", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
        .addDesignations(Designation.DEPUTY_CHAIR, Designation.SENIOR_NON_EXECUTIVE_MEMBER).build());
    members.add(ordinary("ned-audit", "Susan Clarke", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
        .addDesignations(Designation.AUDIT_COMMITTEE_CHAIR).build());
    members.add(ordinary("partner-trusts", "Mark Evans", OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS)
        .addNominatedBy(id("porttown-hospitals"), id("northshire-mental-health"), id("northshire-community"))
        .nominatedOn(LocalDate.of(2022, 6, 1)).build());
    members.add(ordinary("partner-primary-care", "Dr Amina Hussain",
            OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES)
        .nominatingConstituency(NominatingConstituency.PRIMARY_MEDICAL_SERVICES_PROVIDERS_OF_THE_AREA)
        .nominatedOn(LocalDate.of(2022, 6, 8)).build());
    members.add(ordinary("partner-local-authorities", "Cllr Jane Whitfield",
            OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES)
        .addNominatedBy(id("northshire-cc"), id("porttown-city")).nominatedOn(LocalDate.of(2022, 6, 10)).build());
    members.add(BoardMember.builder().id(id("deputy-chief-executive")).name("Leo Martin")
        .postTitle("Deputy Chief Executive (in attendance)").role(MemberRole.PARTICIPANT)
        .addPortfolios(ExecutivePortfolio.OTHER).employedByIcb(true).build());
    return members;
  }

  private static BoardMember executive(String id, String name, ExecutivePortfolio portfolio, boolean mentalHealth) {
    return ordinary(id, name, OrdinaryMemberKind.EXECUTIVE_MEMBER).addPortfolios(portfolio).employedByIcb(true)
        .mentalHealthExpertise(mentalHealth).build();
  }

  private static io.github.icsmodel.board.ImmutableBoardMember.Builder ordinary(
      String id, String name, OrdinaryMemberKind kind) {
    return BoardMember.builder().id(id(id)).name(name).role(MemberRole.ORDINARY_MEMBER).ordinaryMemberKind(kind)
        .appointedBy(AppointingAuthority.INTEGRATED_CARE_BOARD).addApprovedBy(AppointingAuthority.ICB_CHAIR);
  }

  private static IntegratedCarePartnership icp() {
    return IntegratedCarePartnership.builder()
        .name("Northshire Integrated Care Partnership")
        .addMembers(
            IcpMember.builder().id(id("icp-icb")).name("Helen Marsh").appointedBy(IcpAppointer.INTEGRATED_CARE_BOARD)
                .build(),
            IcpMember.builder().id(id("icp-northshire-cc")).name("Cllr Peter Grant")
                .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY).appointingAuthority(id("northshire-cc"))
                .build(),
            IcpMember.builder().id(id("icp-porttown")).name("Cllr Aisha Begum")
                .appointedBy(IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY).appointingAuthority(id("porttown-city"))
                .build(),
            IcpMember.builder().id(id("icp-healthwatch")).name("Sam Porter")
                .appointedBy(IcpAppointer.INTEGRATED_CARE_PARTNERSHIP).organisation(id("healthwatch-northshire"))
                .build())
        .strategy(IntegratedCareStrategy.builder().id(id("strategy-2023"))
            .preparedOn(LocalDate.of(2023, 1, 31)).publishedOn(LocalDate.of(2023, 2, 15))
            .healthwatchInvolved(true).publicInvolved(true).consideredSection75Arrangements(true)
            .addGivenTo(id("northshire-cc"), id("porttown-city"), id("northshire-icb")).build())
        .build();
  }

  private static List<Organisation> organisations() {
    List<Organisation> organisations = new ArrayList<>();
    organisations.add(localAuthority("northshire-cc", "Northshire County Council", "E10000099",
        LocalAuthorityType.COUNTY_COUNCIL));
    organisations.add(localAuthority("eastdale-dc", "Eastdale District Council", "E07000991",
        LocalAuthorityType.NON_METROPOLITAN_DISTRICT));
    organisations.add(localAuthority("westmoor-dc", "Westmoor District Council", "E07000992",
        LocalAuthorityType.NON_METROPOLITAN_DISTRICT));
    organisations.add(localAuthority("porttown-city", "Porttown City Council", "E06000991",
        LocalAuthorityType.UNITARY_AUTHORITY));
    organisations.add(trust("porttown-hospitals", "Porttown Hospitals NHS Foundation Trust", "RZ1",
        OrganisationKind.NHS_FOUNDATION_TRUST, ProviderService.ACUTE));
    organisations.add(trust("northshire-mental-health", "Northshire Mental Health NHS Trust", "RZ2",
        OrganisationKind.NHS_TRUST, ProviderService.MENTAL_HEALTH));
    organisations.add(trust("northshire-community", "Northshire Community Health NHS Trust", "RZ3",
        OrganisationKind.NHS_TRUST, ProviderService.COMMUNITY));
    organisations.add(simple("gp-eastdale-1", "Eastdale Medical Centre", OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER));
    organisations.add(simple("gp-eastdale-2", "Riverside Surgery", OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER));
    organisations.add(simple("gp-porttown-1", "Harbour Health Practice", OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER));
    organisations.add(simple("vcse-northshire", "Northshire Voluntary Action", OrganisationKind.VCSE_ORGANISATION));
    organisations.add(simple("healthwatch-northshire", "Healthwatch Northshire", OrganisationKind.LOCAL_HEALTHWATCH));
    organisations.add(simple("northshire-hwb", "Northshire Health and Wellbeing Board",
        OrganisationKind.HEALTH_AND_WELLBEING_BOARD));
    organisations.add(simple("porttown-hwb", "Porttown Health and Wellbeing Board",
        OrganisationKind.HEALTH_AND_WELLBEING_BOARD));
    return organisations;
  }

  private static Organisation localAuthority(String id, String name, String gss, LocalAuthorityType type) {
    return Organisation.builder().id(id(id)).name(name).kind(OrganisationKind.LOCAL_AUTHORITY)
        .gssCode(GssCode.of(gss)).localAuthorityType(type).build();
  }

  private static Organisation trust(String id, String name, String ods, OrganisationKind kind, ProviderService service) {
    return Organisation.builder().id(id(id)).name(name).kind(kind).odsCode(OdsCode.of(ods)).addServices(service)
        .build();
  }

  private static Organisation simple(String id, String name, OrganisationKind kind) {
    return Organisation.builder().id(id(id)).name(name).kind(kind).build();
  }

  private static List<CooperationArrangement> arrangements() {
    List<LocalId> nhsBodies = List.of(id("northshire-icb"), id("porttown-hospitals"),
        id("northshire-mental-health"), id("northshire-community"));
    List<LocalId> councils = List.of(id("northshire-cc"), id("eastdale-dc"), id("westmoor-dc"),
        id("porttown-city"));
    return List.of(
        CooperationArrangement.builder().id(id("s75-better-care")).kind(ArrangementKind.SECTION_75_AGREEMENT)
            .name("Better Care Fund section 75 agreement").addAllParties(nhsBodies).addAllParties(councils)
            .effectiveFrom(LocalDate.of(2023, 4, 1)).build(),
        CooperationArrangement.builder().id(id("hwb-northshire-representation"))
            .kind(ArrangementKind.HEALTH_AND_WELLBEING_BOARD_REPRESENTATION)
            .addParties(id("northshire-icb"), id("northshire-cc"), id("northshire-hwb")).build(),
        CooperationArrangement.builder().id(id("hwb-porttown-representation"))
            .kind(ArrangementKind.HEALTH_AND_WELLBEING_BOARD_REPRESENTATION)
            .addParties(id("northshire-icb"), id("porttown-city"), id("porttown-hwb")).build());
  }

  /**
   * The values of an indicator for one period: overall, by IMD quintile (most and least deprived), and by ethnic
   * group, age band and sex, the breakdowns NHS England's statement on information on health inequalities expects.
   */
  private static List<IndicatorValue> values(String period, LocalDate end, String overall, String mostDeprived,
      String leastDeprived) {
    List<IndicatorValue> values = new ArrayList<>();
    values.add(IndicatorValue.builder().period(period).periodEnd(end).value(new BigDecimal(overall)).build());
    Object[][] groups = {
      {BreakdownDimension.DEPRIVATION_QUINTILE, "1", new BigDecimal(mostDeprived)},
      {BreakdownDimension.DEPRIVATION_QUINTILE, "5", new BigDecimal(leastDeprived)},
      {BreakdownDimension.ETHNICITY, "White", new BigDecimal(overall).add(new BigDecimal("0.8"))},
      {BreakdownDimension.ETHNICITY, "Black or Black British", new BigDecimal(overall).subtract(new BigDecimal("4.1"))},
      {BreakdownDimension.AGE_BAND, "18-64", new BigDecimal(overall).subtract(new BigDecimal("2.2"))},
      {BreakdownDimension.AGE_BAND, "65+", new BigDecimal(overall).add(new BigDecimal("3.0"))},
      {BreakdownDimension.SEX, "female", new BigDecimal(overall).add(new BigDecimal("0.9"))},
      {BreakdownDimension.SEX, "male", new BigDecimal(overall).subtract(new BigDecimal("0.9"))}
    };
    for (Object[] group : groups) {
      values.add(IndicatorValue.builder().period(period).periodEnd(end).dimension((BreakdownDimension) group[0])
          .group((String) group[1]).value((BigDecimal) group[2]).build());
    }
    return values;
  }

  private static List<Objective> objectives() {
    return List.of(
        Objective.builder().id(id("obj-healthy-life")).title("Increase healthy life expectancy in Northshire")
            .addPurposes(CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE).build(),
        Objective.builder().id(id("obj-hypertension-gap"))
            .title("Close the gaps between the most and least deprived quintiles in hypertension treated to target and"
                + " in annual health checks for people with SMI")
            .addPurposes(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)
            .addMeasures(Measure.builder().indicator(id("hypertension-treated"))
                .baseline(MeasuredValue.of(new BigDecimal("9.8"), LocalDate.of(2024, 3, 31)))
                .target(MeasuredValue.of(new BigDecimal("5.0"), LocalDate.of(2028, 3, 31))).build())
            .addMeasures(Measure.builder().indicator(id("smi-health-checks"))
                .baseline(MeasuredValue.of(new BigDecimal("12.3"), LocalDate.of(2025, 3, 31)))
                .target(MeasuredValue.of(new BigDecimal("6.0"), LocalDate.of(2028, 3, 31))).build())
            .build(),
        Objective.builder().id(id("obj-value")).title("Deliver a balanced system financial plan every year")
            .addPurposes(CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY).build(),
        Objective.builder().id(id("obj-anchor")).title("Recruit 500 local residents into NHS careers as anchor employers")
            .addPurposes(CorePurpose.SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT).build());
  }

  private static List<DutyAssurance> assurances() {
    List<DutyAssurance> assurances = new ArrayList<>();
    String[] sections = {"14Z32", "14Z33", "14Z34", "14Z36", "14Z37", "14Z38", "14Z39", "14Z40", "14Z41", "14Z42",
        "14Z43", "14Z44", "14Z45"};
    for (String section : sections) {
      assurances.add(DutyAssurance.builder().duty(DutyId.of("nhsa2006:" + section))
          .accountableLead(id("chief-executive"))
          .addEvidence(Evidence.builder().document("Board assurance framework 2026/27").section("s." + section)
              .date(LocalDate.of(2026, 5, 14)).build())
          .build());
    }
    assurances.add(DutyAssurance.builder().duty(DutyId.of("nhsa2006:14Z35"))
        .accountableLead(id("medical-director"))
        .addEvidence(Evidence.builder().document("Health inequalities annual report 2025/26")
            .section("Access to services by deprivation and ethnicity").date(LocalDate.of(2026, 6, 30))
            .addLimbs(DutyId.of("nhsa2006:14Z35(a)")).build())
        .addEvidence(Evidence.builder().document("Health inequalities annual report 2025/26")
            .section("Outcomes by deprivation quintile").date(LocalDate.of(2026, 6, 30))
            .addLimbs(DutyId.of("nhsa2006:14Z35(b)")).build())
        .build());
    return assurances;
  }
}
