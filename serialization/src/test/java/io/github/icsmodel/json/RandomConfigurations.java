package io.github.icsmodel.json;

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
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.inequality.IndicatorDomain;
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
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.Waiver;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Random configurations that the model accepts, covering every property of every type: each optional value present
 * or absent, each list empty or not, text with quotes, escapes, control characters and characters outside ASCII,
 * numbers of every scale, and extensions of every JSON shape. Deterministic for a given {@link Random}.
 */
final class RandomConfigurations {
  private final Random random;
  private int serial;

  RandomConfigurations(Random random) {
    this.random = random;
  }

  static IntegratedCareSystem system(Random random) {
    return new RandomConfigurations(random).system();
  }

  static NationalConfiguration national(Random random) {
    return new RandomConfigurations(random).national();
  }

  NationalConfiguration national() {
    List<IntegratedCareSystem> systems = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      systems.add(system());
    }
    var builder = NationalConfiguration.builder().addAllSystems(systems);
    if (systems.size() >= 2) {
      for (int i = random.nextInt(3); i > 0; i--) {
        LocalDate from = date();
        builder.addClusters(
            IcbCluster.builder()
                .id(id("cluster"))
                .name(text())
                .addSystems(systems.get(0).id(), systems.get(1).id())
                .addAllSharedLeaders(ids("leader", 3))
                .startedOn(from)
                .endedOn(maybe(() -> from.plusDays(random.nextInt(900))))
                .build());
      }
    }
    return builder.build();
  }

  IntegratedCareSystem system() {
    return IntegratedCareSystem.builder()
        .id(id("ics"))
        .name(text())
        .icb(icb())
        .icp(maybe(this::icp))
        .footprint(few(() -> random.nextBoolean()
            ? FootprintArea.whole(id("la"))
            : FootprintArea.part(id("la"), share())))
        .organisations(few(this::organisation))
        .places(few(() -> PlaceBasedPartnership.builder()
            .id(id("place"))
            .name(text())
            .addAllLocalAuthorities(ids("la", 3))
            .addAllMembers(ids("org", 4))
            .extensions(extensions())
            .build()))
        .providerCollaboratives(few(() -> ProviderCollaborative.builder()
            .id(id("pc"))
            .name(text())
            .orientation(maybe(() -> pick(CollaborativeOrientation.class)))
            .addAllMembers(ids("trust", 4))
            .lead(maybe(() -> id("trust")))
            .extensions(extensions())
            .build()))
        .primaryCareNetworks(few(() -> PrimaryCareNetwork.builder()
            .id(id("pcn"))
            .name(text())
            .odsCode(maybe(this::ods))
            .addAllPractices(ids("gp", 4))
            .place(maybe(() -> id("place")))
            .build()))
        .neighbourhoods(few(() -> {
          var builder = Neighbourhood.builder()
              .id(id("nbh"))
              .name(text())
              .place(maybe(() -> id("place")))
              .addAllPrimaryCareNetworks(ids("pcn", 3));
          if (random.nextBoolean()) {
            builder.population(random.nextInt(Integer.MAX_VALUE));
          }
          return builder.build();
        }))
        .objectives(few(() -> Objective.builder()
            .id(id("objective"))
            .title(text())
            .addPurposes(pick(CorePurpose.class))
            .addAllPurposes(several(() -> pick(CorePurpose.class), 3))
            .measures(few(() -> Measure.builder()
                .indicator(id("indicator"))
                .baseline(maybe(this::measured))
                .target(maybe(this::measured))
                .measurements(few(this::measured))
                .build()))
            .extensions(extensions())
            .build()))
        .indicators(few(this::indicator))
        .arrangements(few(() -> {
          LocalDate from = date();
          return CooperationArrangement.builder()
              .id(id("arrangement"))
              .kind(pick(ArrangementKind.class))
              .name(maybe(this::text))
              .addParties(id("org"), id("org"))
              .addAllParties(ids("org", 3))
              .effectiveFrom(maybe(() -> from))
              .effectiveTo(maybe(() -> from.plusDays(random.nextInt(3000))))
              .extensions(extensions())
              .build();
        }))
        .addAllRecordedSections(several(() -> pick(RecordedSection.class), 3))
        .jointForwardPlans(few(() -> JointForwardPlan.builder()
            .id(id("jfp"))
            .firstYear(financialYear())
            .yearsCovered(1 + random.nextInt(10))
            .preparedOn(date())
            .publishedOn(maybe(this::date))
            .givenToIntegratedCarePartnership(random.nextBoolean())
            .addAllGivenToHealthAndWellbeingBoards(ids("hwb", 3))
            .givenToNhsEngland(random.nextBoolean())
            .addAllExplainsDuties(several(this::duty, 4))
            .coversJointLocalHealthAndWellbeingStrategies(random.nextBoolean())
            .coversUnder25s(random.nextBoolean())
            .coversVictimsOfAbuse(random.nextBoolean())
            .build()))
        .capitalResourceUsePlans(few(() -> JointCapitalResourceUsePlan.builder()
            .id(id("capital"))
            .financialYear(financialYear())
            .preparedOn(date())
            .publishedOn(maybe(this::date))
            .givenToIntegratedCarePartnership(random.nextBoolean())
            .addAllGivenToHealthAndWellbeingBoards(ids("hwb", 2))
            .givenToNhsEngland(random.nextBoolean())
            .build()))
        .annualReports(few(() -> AnnualReport.builder()
            .id(id("report"))
            .financialYear(financialYear())
            .publishedOn(maybe(this::date))
            .givenToNhsEngland(random.nextBoolean())
            .addAllExplainsDuties(several(this::duty, 5))
            .reviewsPlans(random.nextBoolean())
            .reviewsInequalitiesStatement(random.nextBoolean())
            .reviewsJointLocalHealthAndWellbeingStrategies(random.nextBoolean())
            .mentalHealthExpenditure(maybe(this::decimal))
            .mentalHealthProportion(maybe(this::decimal))
            .explainsMentalHealthExpenditure(random.nextBoolean())
            .build()))
        .needsAssessments(few(() -> JointStrategicNeedsAssessment.builder()
            .id(id("jsna"))
            .localAuthority(id("la"))
            .publishedOn(maybe(this::date))
            .givenToIntegratedCarePartnership(random.nextBoolean())
            .build()))
        .healthAndWellbeingStrategies(few(() -> JointLocalHealthAndWellbeingStrategy.builder()
            .id(id("jlhws"))
            .localAuthority(id("la"))
            .publishedOn(maybe(this::date))
            .build()))
        .dutyAssurances(few(() -> DutyAssurance.builder()
            .duty(duty())
            .accountableLead(maybe(() -> id("member")))
            .evidence(few(() -> Evidence.builder()
                .document(text())
                .section(maybe(this::anyText))
                .date(date())
                .addAllLimbs(several(this::duty, 2))
                .build()))
            .build()))
        .waivers(few(() -> Waiver.builder()
            .rule(RuleId.of(pickOf("board.chair-count", "json.unknown-property", "icp.member-per-authority")))
            .path(pointer())
            .justification(text())
            .approvedBy(text())
            .expiresOn(date())
            .build()))
        .extensions(extensions())
        .build();
  }

  private IntegratedCareBoard icb() {
    var builder = IntegratedCareBoard.builder()
        .id(id("icb"))
        .name(text())
        .odsCode(maybe(this::ods))
        .gssCode(maybe(() -> GssCode.of(String.format("E54%06d", random.nextInt(1_000_000)))))
        .addAllPredecessors(several(this::ods, 3))
        .successor(maybe(this::ods))
        .committees(few(this::committee))
        .registersOfInterests(few(this::register))
        .extensions(extensions());
    if (random.nextBoolean()) {
      LocalDate established = date();
      builder.establishedOn(established);
      if (random.nextBoolean()) {
        builder.dissolvedOn(established.plusDays(1 + random.nextInt(3000)));
      }
    }
    if (random.nextBoolean()) {
      builder.constitutionPublished(random.nextBoolean());
    }
    if (random.nextInt(4) > 0) {
      builder.board(Board.builder().members(few(this::boardMember, 6))
          .vacancies(few(() -> io.github.icsmodel.board.Vacancy.builder().id(id("vacancy"))
              .role(MemberRole.CHIEF_EXECUTIVE).postTitle(maybe(this::text)).vacantSince(maybe(this::date)).build()))
          .unrecordedSeats(few(() -> io.github.icsmodel.board.UnrecordedSeat.builder().id(id("seat"))
              .role(MemberRole.ORDINARY_MEMBER).ordinaryMemberKind(maybe(() -> pick(OrdinaryMemberKind.class)))
              .portfolios(random.nextBoolean() ? java.util.Set.of() : java.util.Set.of(pick(ExecutivePortfolio.class)))
              .postTitle(maybe(this::text)).build()))
          .build());
    }
    return builder.build();
  }

  private BoardMember boardMember() {
    MemberRole role = pick(MemberRole.class);
    var builder = BoardMember.builder()
        .id(id("member"))
        .name(text())
        .role(role)
        .addAllPortfolios(several(() -> pick(ExecutivePortfolio.class), 2))
        .appointedBy(maybe(() -> pick(AppointingAuthority.class)))
        .addAllApprovedBy(several(() -> pick(AppointingAuthority.class), 2))
        .addAllNominatedBy(ids("org", 3))
        .privateHealthcareInvolvement(maybe(this::involvement))
        .officesHeld(few(() -> OfficeHeld.builder().organisation(id("org")).title(text()).build()))
        .addAllDesignations(several(() -> pick(Designation.class), 2))
        .appointedOn(maybe(this::date))
        .termEndsOn(maybe(this::date))
        .extensions(extensions());
    if (role == MemberRole.ORDINARY_MEMBER && random.nextBoolean()) {
      builder.ordinaryMemberKind(pick(OrdinaryMemberKind.class));
    }
    if (random.nextBoolean() && role != MemberRole.PARTICIPANT) {
      builder.participation(pick(Participation.class));
    }
    builder.postTitle(maybe(this::text))
        .tenure(maybe(() -> pick(io.github.icsmodel.board.Tenure.class)))
        .nominatingConstituency(maybe(() -> pick(io.github.icsmodel.board.NominatingConstituency.class)))
        .nominatedOn(maybe(this::date))
        .addAllDisqualifications(several(() -> pick(io.github.icsmodel.board.DisqualificationGround.class), 2));
    if (random.nextBoolean()) {
      builder.employedByIcb(random.nextBoolean());
      builder.person(maybe(() -> id("person")));
    }
    if (random.nextBoolean()) {
      builder.mentalHealthExpertise(random.nextBoolean());
    }
    return builder.build();
  }

  private PrivateHealthcareInvolvement involvement() {
    return PrivateHealthcareInvolvement.builder()
        .description(text())
        .underminesIndependence(maybe(random::nextBoolean))
        .assessedOn(maybe(this::date))
        .build();
  }

  private Committee committee() {
    return Committee.builder()
        .id(id("committee"))
        .name(text())
        .kind(pick(CommitteeKind.class))
        .exercisesCommissioningFunctions(random.nextBoolean())
        .chair(maybe(() -> id("member")))
        .members(few(() -> random.nextBoolean()
            ? CommitteeMember.ofBoardMember(id("member"))
            : CommitteeMember.builder()
                .id(id("cm"))
                .name(text())
                .employedByIcb(random.nextBoolean())
                .privateHealthcareInvolvement(maybe(this::involvement))
                .build()))
        .build();
  }

  private RegisterOfInterests register() {
    return RegisterOfInterests.builder()
        .id(id("register"))
        .addCovers(pick(RegisterScope.class))
        .addAllCovers(several(() -> pick(RegisterScope.class), 2))
        .access(pick(RegisterAccess.class))
        .url(maybe(() -> "https://example.org/register?x=" + random.nextInt(1000)))
        .declarations(few(() -> {
          LocalDate aware = date();
          return Declaration.builder()
              .id(id("declaration"))
              .person(id("member"))
              .interest(text())
              .kind(pick(InterestKind.class))
              .becameAwareOn(aware)
              .declaredOn(aware.plusDays(random.nextInt(60)))
              .build();
        }))
        .build();
  }

  private IntegratedCarePartnership icp() {
    return IntegratedCarePartnership.builder()
        .name(text())
        .members(few(() -> {
          IcpAppointer appointer = pick(IcpAppointer.class);
          return IcpMember.builder()
              .id(id("icp-member"))
              .name(text())
              .appointedBy(appointer)
              .appointingAuthority(
                  appointer == IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY ? Optional.of(id("la")) : Optional.empty())
              .organisation(maybe(() -> id("org")))
              .build();
        }))
        .strategy(maybe(() -> IntegratedCareStrategy.builder()
            .id(id("strategy"))
            .preparedOn(maybe(this::date))
            .publishedOn(maybe(this::date))
            .healthwatchInvolved(random.nextBoolean())
            .publicInvolved(random.nextBoolean())
            .consideredSection75Arrangements(random.nextBoolean())
            .addAllGivenTo(ids("org", 3))
            .build()))
        .extensions(extensions())
        .build();
  }

  private Organisation organisation() {
    OrganisationKind kind = pick(OrganisationKind.class);
    var builder = Organisation.builder()
        .id(id("org"))
        .name(text())
        .kind(kind)
        .odsCode(maybe(this::ods))
        .gssCode(maybe(() -> GssCode.of(String.format("E%02d%06d", random.nextInt(100), random.nextInt(1_000_000)))))
        .extensions(extensions());
    if (kind == OrganisationKind.LOCAL_AUTHORITY) {
      builder.localAuthorityType(pick(LocalAuthorityType.class));
    }
    if (kind.isProvider()) {
      builder.addAllServices(several(() -> pick(ProviderService.class), 3));
    }
    return builder.build();
  }

  private Indicator indicator() {
    var builder = Indicator.builder()
        .id(id("indicator"))
        .name(text())
        .domain(pick(IndicatorDomain.class))
        .valueType(pick(IndicatorValueType.class))
        .higherIsBetter(maybe(random::nextBoolean))
        .source(maybe(this::anyText))
        .extensions(extensions());
    if (random.nextBoolean()) {
      builder.multiplier(decimal().abs().add(new BigDecimal("0.001")));
    }
    return builder.build();
  }

  private MeasuredValue measured() {
    return MeasuredValue.of(decimal(), date());
  }

  // values

  private LocalId id(String prefix) {
    return LocalId.of(prefix + "-" + (serial++) + pickOf("", ".a", "_b", "-C9"));
  }

  private List<LocalId> ids(String prefix, int max) {
    List<LocalId> ids = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      ids.add(id(prefix));
    }
    return ids;
  }

  private OdsCode ods() {
    StringBuilder code = new StringBuilder();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (int i = 3 + random.nextInt(8); i > 0; i--) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return OdsCode.of(code.toString());
  }

  private DutyId duty() {
    return DutyId.of(pickOf("nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z35(a)", "nhsa2006:14Z35(b)",
        "nhsa2006:14Z45", "lgpiha2007:116ZA", "hsca2012:194"));
  }

  private JsonPointer pointer() {
    return JsonPointer.of(pickOf("", "/icb/board/members/3", "/icp/members/0", "/a~1b/c~0d", "/organisations/5"));
  }

  private FinancialYear financialYear() {
    return FinancialYear.startingIn(2015 + random.nextInt(20));
  }

  private LocalDate date() {
    return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
  }

  private BigDecimal share() {
    BigDecimal share = BigDecimal.valueOf(1 + random.nextInt(9_899), 2);
    return random.nextBoolean() ? share.stripTrailingZeros() : share;
  }

  /** A number of any sign and scale, including negative scales such as 1E+3 and long fractions. */
  private BigDecimal decimal() {
    BigInteger unscaled = new BigInteger(1 + random.nextInt(120), random);
    if (random.nextBoolean()) {
      unscaled = unscaled.negate();
    }
    return new BigDecimal(unscaled, random.nextInt(30) - 8);
  }

  /** Non-blank text. */
  private String text() {
    String text = anyText();
    return io.github.icsmodel.internal.Texts.isBlank(text) ? "x" + text : text;
  }

  private String anyText() {
    String[] pieces = {
      "NHS", " ", "Northshire", "Integrated Care Board", "\"quoted\"", "back\\slash", "line\nbreak", "tab\t",
      "\u0001", "Zoë", "Ælfgifu", "✓", "😀", "日本", "/", "~", "<b>&amp;</b>", "\u2028", ""
    };
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(5); i >= 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  private Extensions extensions() {
    if (random.nextInt(3) > 0) {
      return Extensions.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> values = (Map<String, Object>) json(0, true);
    return Extensions.of(values);
  }

  private Object json(int depth, boolean object) {
    int choice = object ? 0 : random.nextInt(depth > 3 ? 5 : 7);
    switch (choice) {
      case 0: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
          map.put(anyText() + i, json(depth + 1, false));
        }
        return map;
      }
      case 1:
        return anyText();
      case 2:
        return decimal();
      case 3:
        return random.nextBoolean();
      case 4:
        return Extensions.NULL;
      case 5: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(json(depth + 1, false));
        }
        return list;
      }
      default:
        return json(depth + 1, true);
    }
  }

  // combinators

  private <T> Optional<T> maybe(Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  private <T> List<T> few(Supplier<T> element) {
    return few(element, 3);
  }

  private <T> List<T> few(Supplier<T> element, int max) {
    List<T> list = new ArrayList<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      list.add(element.get());
    }
    return list;
  }

  /** Distinct values, in the order first drawn. */
  private <T> Set<T> several(Supplier<T> element, int max) {
    Set<T> set = new LinkedHashSet<>();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      set.add(element.get());
    }
    return set;
  }

  private <E extends Enum<E>> E pick(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  @SafeVarargs
  private <T> T pickOf(T... values) {
    return values[random.nextInt(values.length)];
  }

}
