package io.github.icsmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.assurance.Evidence;
import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.cooperation.CooperationGraph;
import io.github.icsmodel.duty.DutyCatalogue;
import io.github.icsmodel.duty.DutyHolder;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.duty.StatutoryDuty;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.GssCode;
import io.github.icsmodel.identifier.GssEntity;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.OdsCode;
import io.github.icsmodel.inequality.ConfidenceInterval;
import io.github.icsmodel.inequality.ConfidenceLevel;
import io.github.icsmodel.inequality.Estimate;
import io.github.icsmodel.inequality.Proportion;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.InterestKind;
import io.github.icsmodel.interest.RegisterAccess;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.plan.FinancialYear;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.ValidationReport;
import io.github.icsmodel.validation.Validator;
import io.github.icsmodel.validation.local.LocalRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The code examples of the exported packages' guides ({@code package-info.java}), run as they are written there, so
 * that a guide cannot drift from the API. Each test holds its example verbatim between the comments
 * {@code // example} and {@code // end}, then asserts what the guide says of it. It lives in the root package so
 * that it sees only the public API, as a user does.
 */
class PackageGuideExamplesTest {

  @Test
  void identifier() {
    // example
    OdsCode icb = OdsCode.of("QYG");
    GssCode area = GssCode.of("E54000008");
    boolean isIcb = area.is(GssEntity.INTEGRATED_CARE_BOARD); // true: E54 is the ICB entity
    LocalId chair = LocalId.of("chair");
    // end
    assertThat(isIcb).isTrue();
    assertThat(OdsCode.of(icb.toString())).isEqualTo(icb);
    assertThat(chair).hasToString("chair");
    assertThatThrownBy(() -> OdsCode.of("qyg")).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("did you mean \"QYG\"?");
  }

  @Test
  void law() {
    // example
    LegalReference duty = LegalReference.section(Act.NHS_ACT_2006, "14Z35");
    LegalReference board = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3").subdivision("(1)(a)");
    String citation = board.citation(); // "NHS Act 2006 Sch. 1B para 3(1)(a)"
    boolean law = duty.isStatutory(); // true
    boolean policy = NhsEnglandPolicy.CONSTITUTION_GUIDANCE.isStatutory(); // false: a policy reference
    // end
    assertThat(citation).isEqualTo("NHS Act 2006 Sch. 1B para 3(1)(a)");
    assertThat(duty.citation()).isEqualTo("NHS Act 2006 s.14Z35");
    assertThat(law).isTrue();
    assertThat(policy).isFalse();
  }

  @Test
  void extension() {
    // example
    Extensions local = Extensions.of(Map.of("localReference", "NS-0042", "priority", new BigDecimal("2")));
    Object reference = local.values().get("localReference"); // "NS-0042"
    // end
    assertThat(reference).isEqualTo("NS-0042");
    assertThat(local).isEqualTo(Extensions.of(Map.of("priority", new BigDecimal("2"), "localReference", "NS-0042")));
    assertThatThrownBy(() -> Extensions.of(Map.of("priority", 2))).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Integer is not a JSON value");
  }

  @Test
  void organisation() {
    // example
    Organisation trust = Organisation.builder()
        .id(LocalId.of("northshire-hospitals"))
        .name("Northshire Hospitals NHS Foundation Trust")
        .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
        .odsCode(OdsCode.of("RZ1"))
        .build();
    Organisation council = Organisation.builder()
        .id(LocalId.of("northshire-council"))
        .name("Northshire Council")
        .kind(OrganisationKind.LOCAL_AUTHORITY)
        .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY)
        .build();
    // end
    assertThat(trust.odsCode()).contains(OdsCode.of("RZ1"));
    assertThat(trust.gssCode()).as("not recorded").isEmpty();
    assertThat(council.localAuthorityType()).contains(LocalAuthorityType.UNITARY_AUTHORITY);
  }

  @Test
  void board() {
    // example
    Board board = Board.builder()
        .addMembers(BoardMember.builder()
            .id(LocalId.of("chair")).name("Helen Marsh").role(MemberRole.CHAIR)
            .appointedBy(AppointingAuthority.NHS_ENGLAND)
            .addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
            .build())
        .addMembers(BoardMember.builder()
            .id(LocalId.of("ned-1")).name("Ravi Shah").role(MemberRole.ORDINARY_MEMBER)
            .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
            .build())
        .build();
    List<BoardMember> chairs = board.votingMembers(MemberRole.CHAIR); // [Helen Marsh]
    // end
    assertThat(chairs).extracting(BoardMember::name).containsExactly("Helen Marsh");
    BoardMember ned = board.member(LocalId.of("ned-1")).orElseThrow();
    assertThat(ned.isNonExecutiveMember()).isTrue();
    assertThat(ned.employedByIcb()).as("not recorded is not false").isEmpty();
  }

  @Test
  void interest() {
    // example
    Declaration declaration = Declaration.builder()
        .id(LocalId.of("d-1"))
        .person(LocalId.of("ned-1"))
        .interest("Director of a company that supplies the ICB")
        .kind(InterestKind.FINANCIAL)
        .becameAwareOn(LocalDate.of(2026, 5, 1))
        .declaredOn(LocalDate.of(2026, 6, 15))
        .build();
    long days = declaration.daysToDeclare(); // 45: more than the 28 days s.14Z30(3)(b) allows
    RegisterOfInterests register = RegisterOfInterests.builder()
        .id(LocalId.of("register"))
        .addCovers(RegisterScope.BOARD_MEMBERS)
        .access(RegisterAccess.PUBLISHED)
        .addDeclarations(declaration)
        .build();
    // end
    assertThat(days).isEqualTo(45);
    assertThat(register.declarations()).containsExactly(declaration);
    assertThatThrownBy(() -> Declaration.builder().from(declaration).declaredOn(LocalDate.of(2026, 4, 1)).build())
        .isInstanceOf(InvalidValueException.class);
  }

  /** The example of the {@code system} guide, which the guides that start from a system start from. */
  static IntegratedCareSystem system() {
    // example
    IntegratedCareSystem system = IntegratedCareSystem.builder()
        .id(LocalId.of("northshire"))
        .name("Northshire Integrated Care System")
        .icb(IntegratedCareBoard.builder()
            .id(LocalId.of("northshire-icb"))
            .name("NHS Northshire Integrated Care Board")
            .odsCode(OdsCode.of("QZ1"))
            .board(Board.empty())
            .build())
        .build();
    boolean recorded = system.icp().isPresent(); // false: no partnership recorded (not: none exists)
    // end
    assertThat(recorded).isFalse();
    return system;
  }

  @Test
  void a_system_built_as_its_guide_shows() {
    assertThat(system().allOrganisations()).extracting(Organisation::name)
        .containsExactly("NHS Northshire Integrated Care Board");
  }

  @Test
  void plan() {
    // example
    FinancialYear year = FinancialYear.of("2026/27"); // 1 April 2026 to 31 March 2027
    JointForwardPlan plan = JointForwardPlan.builder()
        .id(LocalId.of("jfp-2026"))
        .firstYear(year)
        .yearsCovered(5)
        .preparedOn(LocalDate.of(2026, 3, 20))
        .publishedOn(LocalDate.of(2026, 3, 31))
        .addExplainsDuties(DutyId.of("nhsa2006:14Z35"))
        .build();
    // end
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(plan.describesHealthServices()).as("not recorded is not false").isEmpty();
  }

  @Test
  void purpose() {
    // example
    CorePurpose inequalities = CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS;
    String wording = inequalities.wording(); // NHS England's words for the second core purpose
    Objective objective = Objective.builder()
        .id(LocalId.of("narrow-the-gap"))
        .title("Narrow the gap in healthy life expectancy")
        .addPurposes(inequalities)
        .build();
    // end
    assertThat(inequalities.number()).isEqualTo(2);
    assertThat(wording).isNotBlank();
    assertThat(objective.purposes()).containsExactly(inequalities);
  }

  @Test
  void duty() {
    // example
    DutyCatalogue catalogue = DutyCatalogue.builtIn();
    StatutoryDuty inequalities = catalogue.get(DutyId.of("nhsa2006:14Z35"));
    String provision = inequalities.provision().citation(); // "NHS Act 2006 s.14Z35"
    DutyHolder holder = inequalities.owedBy(); // DutyHolder.ICB
    List<StatutoryDuty> owedByIcbs = catalogue.owedBy(OrganisationKind.INTEGRATED_CARE_BOARD);
    // end
    assertThat(provision).isEqualTo("NHS Act 2006 s.14Z35");
    assertThat(holder).isEqualTo(DutyHolder.ICB);
    assertThat(owedByIcbs).contains(inequalities);
    assertThat(inequalities.text()).hasValueSatisfying(text -> assertThat(text).contains("reduce inequalities"));
  }

  @Test
  void cooperation() {
    // example
    Organisation trust = Organisation.builder().id(LocalId.of("trust")).name("Northshire Hospitals")
        .kind(OrganisationKind.NHS_TRUST).build();
    Organisation council = Organisation.builder().id(LocalId.of("council")).name("Northshire Council")
        .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).build();
    CooperationGraph unlinked = CooperationGraph.of(List.of(trust, council), List.of());
    CooperationGraph linked = CooperationGraph.of(List.of(trust, council), List.of(
        CooperationArrangement.builder().id(LocalId.of("s75")).kind(ArrangementKind.SECTION_75_AGREEMENT)
            .addParties(LocalId.of("trust"), LocalId.of("council")).build()));
    // unlinked.unlinkedNhsBodyLocalAuthorityPairs() is [trust and council]; linked's is empty
    // end
    assertThat(unlinked.unlinkedNhsBodyLocalAuthorityPairs())
        .containsExactly(new CooperationGraph.Pair(LocalId.of("trust"), LocalId.of("council")));
    assertThat(linked.unlinkedNhsBodyLocalAuthorityPairs()).isEmpty();
    assertThat(linked.areLinked(LocalId.of("trust"), LocalId.of("council"))).isTrue();
  }

  @Test
  void assurance() {
    // example
    DutyAssurance assurance = DutyAssurance.builder()
        .duty(DutyId.of("nhsa2006:14Z35"))
        .accountableLead(LocalId.of("ceo"))
        .addEvidence(Evidence.builder()
            .document("Annual report 2025/26")
            .section("Reducing inequalities")
            .date(LocalDate.of(2026, 6, 30))
            .build())
        .build();
    // end
    assertThat(assurance.accountableLead()).contains(LocalId.of("ceo"));
    assertThat(assurance.evidence()).singleElement().extracting(Evidence::document)
        .isEqualTo("Annual report 2025/26");
  }

  @Test
  void inequality() {
    // example
    Estimate screened = Proportion.of(30, 200).withWilsonLimits(100, ConfidenceLevel.PERCENT_95);
    double percent = screened.value(); // 15.0
    ConfidenceInterval limits = screened.interval(ConfidenceLevel.PERCENT_95).orElseThrow(); // about 10.7 to 20.6
    // end
    assertThat(percent).isEqualTo(15.0);
    assertThat(limits.lower()).isCloseTo(10.7, within(0.05));
    assertThat(limits.upper()).isCloseTo(20.6, within(0.05));
    assertThat(limits.contains(percent)).isTrue();
  }

  @Test
  void validation() {
    IntegratedCareSystem system = system();
    java.io.PrintStream console = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      // example
      ValidationReport report = Validator.of(RuleSet.all()).validate(system, LocalDate.of(2026, 4, 1));
      if (!report.isValid()) {
        report.blocking().forEach(f -> System.out.println(f.path() + ": " + f.message()));
      }
      // end
      assertThat(report.isValid()).as("an empty board breaks Sch. 1B").isFalse();
      assertThat(report.blocking()).extracting(f -> f.ruleId().toString()).contains("board.chair-count");
    } finally {
      System.setOut(console);
    }
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("/icb/board/members: The board has no chair among its voting members");
  }

  @Test
  void validation_local() {
    IntegratedCareSystem system = system();
    PolicyReference constitution = PolicyReference.of("NHS Northshire ICB", "Constitution", "2026-04-01");
    // example
    RuleSet rules = RuleSet.all().plus(LocalRules.remunerationCommittee(constitution));
    ValidationReport report = Validator.of(rules).validate(system, LocalDate.of(2026, 12, 7));
    // end
    assertThat(rules.size()).isGreaterThan(RuleSet.all().size());
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
