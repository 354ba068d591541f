package io.github.icsmodel.duty;

import static io.github.icsmodel.duty.DutyHolder.ICB;
import static io.github.icsmodel.duty.DutyHolder.ICB_AND_PARTNER_TRUSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.purpose.CorePurpose;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spot-checks of the built-in catalogue against the project's law-and-policy notes (sections 1.1 to 1.8, 2 and 4).
 * Every expected string is copied from those notes; the tests do not read them.
 */
class DutyCatalogueTest {
  private static final DutyCatalogue CATALOGUE = DutyCatalogue.builtIn();
  private static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);

  private static StatutoryDuty duty(String id) {
    return CATALOGUE.get(DutyId.of(id));
  }

  private static List<String> ids(List<StatutoryDuty> duties) {
    return duties.stream().map(duty -> duty.id().toString()).collect(Collectors.toList());
  }

  // ----- contents ---------------------------------------------------------------------------------------------

  @Test
  void holdsTheExpectedDutiesInStatutoryOrder() {
    assertThat(ids(CATALOGUE.all()))
        .containsExactly(
            "nhsa2006:3", "nhsa2006:13UA", "nhsa2006:14Z29", "nhsa2006:14Z30", "nhsa2006:14Z32", "nhsa2006:14Z33",
            "nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z36", "nhsa2006:14Z37", "nhsa2006:14Z38",
            "nhsa2006:14Z39", "nhsa2006:14Z40", "nhsa2006:14Z41", "nhsa2006:14Z42", "nhsa2006:14Z43",
            "nhsa2006:14Z44", "nhsa2006:14Z45", "nhsa2006:14Z49", "nhsa2006:14Z51", "nhsa2006:14Z52",
            "nhsa2006:14Z54", "nhsa2006:14Z56", "nhsa2006:14Z58", "nhsa2006:14Z59", "nhsa2006:14Z61",
            "nhsa2006:14Z62", "nhsa2006:65Z7", "nhsa2006:72", "nhsa2006:82", "nhsa2006:223GC", "nhsa2006:223L",
            "nhsa2006:223LA", "nhsa2006:223M", "nhsa2006:sch1B.1", "nhsa2006:sch1B.2", "nhsa2006:sch1B.3",
            "nhsa2006:sch1B.4", "nhsa2006:sch1B.5", "nhsa2006:sch1B.6", "nhsa2006:sch1B.7", "nhsa2006:sch1B.8",
            "nhsa2006:sch1B.9", "nhsa2006:sch1B.10", "nhsa2006:sch1B.11", "nhsa2006:sch1B.12", "nhsa2006:sch1B.13",
            "nhsa2006:sch1B.14", "nhsa2006:sch1B.15", "nhsa2006:sch1B.19", "nhsa2006:sch1B.22", "lgpiha2007:116", "lgpiha2007:116A", "lgpiha2007:116ZA", "lgpiha2007:116ZB",
            "lgpiha2007:116B", "hsca2012:194");
  }

  @Test
  void idsAndLimbIdsAreUnique() {
    assertThat(CATALOGUE.all()).extracting(StatutoryDuty::id).doesNotHaveDuplicates();
    assertThat(CATALOGUE.all().stream().flatMap(duty -> duty.limbs().stream()).map(DutyLimb::id))
        .doesNotHaveDuplicates();
  }

  @Test
  void isASingletonWithAnImmutableList() {
    assertThat(DutyCatalogue.builtIn()).isSameAs(CATALOGUE);
    assertThatThrownBy(() -> CATALOGUE.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> CATALOGUE.owedBy(ICB).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void powersAreNotDuties() {
    // s.223GB (NHS England directions), s.223GD (SoS banking directions), s.223N (NHSE directions) and s.223O
    // (SoS directions) are powers, not duties of integrated care boards.
    for (String power : List.of("nhsa2006:223GB", "nhsa2006:223GD", "nhsa2006:223N", "nhsa2006:223O")) {
      assertThat(CATALOGUE.find(DutyId.of(power))).as(power).isEmpty();
    }
  }

  // ----- lookup -----------------------------------------------------------------------------------------------

  @Test
  void findsAndGetsByWholeDutyId() {
    DutyId id = DutyId.of("nhsa2006:14Z35");
    assertThat(CATALOGUE.find(id)).get().extracting(StatutoryDuty::id).isEqualTo(id);
    assertThat(CATALOGUE.get(id).shortTitle()).isEqualTo("reducing inequalities");
    assertThat(CATALOGUE.find(DutyId.of("nhsa2006:14Z99"))).isEmpty();
  }

  @Test
  void getNamesTheMissingId() {
    assertThatThrownBy(() -> CATALOGUE.get(DutyId.of("nhsa2006:14Z99")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("nhsa2006:14Z99");
  }

  @Test
  void aLimbIdIsNotADutyButIsALimb() {
    DutyId limb = DutyId.of("nhsa2006:14Z35(a)");
    assertThat(CATALOGUE.find(limb)).isEmpty();
    assertThatThrownBy(() -> CATALOGUE.get(limb))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("the duty is nhsa2006:14Z35");
    assertThat(CATALOGUE.findLimb(limb)).get().extracting(DutyLimb::label).isEqualTo("access");
    assertThat(CATALOGUE.findLimb(DutyId.of("nhsa2006:14Z35(c)"))).isEmpty();
  }

  // ----- s.14Z35 reducing inequalities ------------------------------------------------------------------------

  @Test
  void reducingInequalitiesHasAnAccessLimbAndAnOutcomesLimb() {
    StatutoryDuty duty = duty("nhsa2006:14Z35");
    assertThat(duty.provision()).isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "14Z35"));
    assertThat(duty.owedBy()).isEqualTo(ICB);
    assertThat(duty.strength()).isEqualTo(DutyStrength.MUST_HAVE_REGARD_TO_THE_NEED_TO);
    assertThat(duty.inForceFrom()).contains(JULY_2022);
    assertThat(duty.text())
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith(
                        "Each integrated care board must, in the exercise of its functions, have regard to the need"
                            + " to—"));
    assertThat(duty.limbs()).extracting(DutyLimb::label).containsExactly("access", "outcomes");

    DutyLimb access = duty.limbs().get(0);
    assertThat(access.id()).isEqualTo(DutyId.of("nhsa2006:14Z35(a)"));
    assertThat(access.provision()).isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "14Z35").subdivision("(a)"));
    assertThat(access.text())
        .contains("reduce inequalities between persons with respect to their ability to access health services");

    DutyLimb outcomes = duty.limbs().get(1);
    assertThat(outcomes.id()).isEqualTo(DutyId.of("nhsa2006:14Z35(b)"));
    assertThat(outcomes.text())
        .contains(
            "reduce inequalities between patients with respect to the outcomes achieved for them by the provision"
                + " of health services (including the outcomes described in section 14Z34(3))");
    assertThat(duty.purposes()).containsExactly(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS);
  }

  // ----- s.14Z43 effect of decisions --------------------------------------------------------------------------

  @Test
  void effectOfDecisionsHasThreeLimbsAndIsNotCalledTheTripleAimAsAFact() {
    StatutoryDuty duty = duty("nhsa2006:14Z43");
    assertThat(duty.shortTitle()).isEqualTo("duty to have regard to effect of decisions");
    assertThat(duty.hasStatutoryShortTitle()).isTrue();
    assertThat(duty.strength()).isEqualTo(DutyStrength.MUST_HAVE_REGARD_TO);
    assertThat(duty.limbs())
        .extracting(limb -> limb.id().toString())
        .containsExactly("nhsa2006:14Z43(1)(a)", "nhsa2006:14Z43(1)(b)", "nhsa2006:14Z43(1)(c)");
    assertThat(duty.limbs().get(0).text()).isEqualTo("(a) the health and well-being of the people of England;");
    assertThat(duty.limbs().get(1).text())
        .startsWith("(b) the quality of services provided to individuals—")
        .contains("(ii) in pursuance of arrangements made by relevant bodies,");
    assertThat(duty.limbs().get(2).text())
        .isEqualTo(
            "(c) efficiency and sustainability in relation to the use of resources by relevant bodies for the"
                + " purposes of the health service in England.");
    assertThat(duty.shortTitle()).doesNotContainIgnoringCase("triple aim");
    assertThat(duty.notes()).anySatisfy(note -> assertThat(note).contains("triple aim")
        .contains("not in the library's legal sources"));
    assertThat(duty.purposes())
        .containsExactlyInAnyOrder(
            CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE,
            CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS,
            CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY);
  }

  // ----- verbatim text fragments --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nhsa2006:14Z32 | (b) promote awareness of the NHS Constitution among patients, staff and members of the"
            + " public.",
        "nhsa2006:14Z33 | Each integrated care board must exercise its functions effectively, efficiently and"
            + " economically.",
        "nhsa2006:14Z34 | (c) the quality of the experience undergone by patients.",
        "nhsa2006:14Z36 | in decisions which relate to—",
        "nhsa2006:14Z37 | act with a view to enabling patients to make choices with respect to aspects of health"
            + " services provided to them.",
        "nhsa2006:14Z38 | (b) the protection or improvement of public health.",
        "nhsa2006:14Z39 | promote innovation in the provision of health services (including innovation in the"
            + " arrangements made for their provision).",
        "nhsa2006:14Z40 | facilitate or otherwise promote—",
        "nhsa2006:14Z41 | so as to assist the Secretary of State and Health Education England in the discharge of"
            + " the duty under that section.",
        "nhsa2006:14Z42 | (4) For the purposes of this section, the provision of housing accommodation is a"
            + " health-related service.",
        "nhsa2006:14Z44 | (i) section 1 of the Climate Change Act 2008 (UK net zero emissions target), and",
        "nhsa2006:14Z45 | (\"commissioning arrangements\")",
        "nhsa2006:14Z30 | within 28 days of the person becoming aware",
        "nhsa2006:14Z49 | take such steps as it considers necessary to address or mitigate that shortcoming.",
        "nhsa2006:14Z51 | Each integrated care board must have regard to guidance under this section.",
        "nhsa2006:14Z52 | must prepare a plan setting out how they propose to exercise their functions in the next"
            + " five years.",
        "nhsa2006:14Z56 | must prepare a plan setting out their planned capital resource use.",
        "nhsa2006:14Z58 | (a) explain how the integrated care board has discharged its duties under sections 14Z34 to"
            + " 14Z45 and 14Z49 (general duties of integrated care boards),",
        "nhsa2006:72 | It is the duty of NHS bodies to co-operate with each other in exercising their functions.",
        "nhsa2006:82 | must co-operate with one another in order to secure and advance the health and welfare of the"
            + " people of England and Wales.",
        "nhsa2006:223GC | does not exceed the sums received by it in that year.",
        "nhsa2006:223L | must seek to achieve any financial objectives set under this section.",
        "nhsa2006:223LA | does not exceed the aggregate of any sums received by them in the year.",
        "nhsa2006:223M | (b) local revenue resource use does not exceed the limit specified in a direction by NHS"
            + " England.",
        "lgpiha2007:116ZA | must establish a joint committee for the board's area (an \"integrated care"
            + " partnership\").",
        "lgpiha2007:116ZB | (b) involve the people who live or work in that area.",
        "lgpiha2007:116B | have regard to the following so far as relevant—",
        "hsca2012:194 | A relevant integrated care board must co-operate with the Health and Wellbeing Board in the"
            + " exercise of the functions of the Board."
      })
  void holdsVerbatimText(String id, String fragment) {
    assertThat(duty(id).text()).hasValueSatisfying(text -> assertThat(text).contains(fragment));
  }

  @Test
  void section72TextIsExactlySubsectionOne() {
    StatutoryDuty duty = duty("nhsa2006:72");
    assertThat(duty.provision()).isEqualTo(LegalReference.section(Act.NHS_ACT_2006, "72").subdivision("(1)"));
    assertThat(duty.text()).contains("It is the duty of NHS bodies to co-operate with each other in exercising their"
        + " functions.");
    assertThat(duty.textVersion()).contains(TextVersion.REVISED);
    assertThat(duty.owedBy()).isEqualTo(DutyHolder.NHS_BODIES);
    assertThat(duty.inForceFrom()).isEmpty();
  }

  @Test
  void limbTextIsPartOfTheDutyText() {
    for (StatutoryDuty duty : CATALOGUE.all()) {
      for (DutyLimb limb : duty.limbs()) {
        assertThat(duty.text())
            .as(limb.id().toString())
            .hasValueSatisfying(text -> assertThat(text).contains(limb.text()));
      }
    }
  }

  @Test
  void everyDutyHasItsTextHeldOrSaysWhyNot() {
    // Law review of 7 December 2026, items C-44 and C-X5: where the library's legal sources hold no verbatim text,
    // none is held, and the notes say so.
    assertThat(CATALOGUE.all()).filteredOn(duty -> duty.text().isEmpty()).extracting(duty -> duty.id().toString())
        .containsExactly("nhsa2006:sch1B.9", "nhsa2006:sch1B.10", "nhsa2006:sch1B.19", "lgpiha2007:116A");
    assertThat(CATALOGUE.all()).filteredOn(duty -> duty.text().isEmpty())
        .allSatisfy(duty -> assertThat(duty.notes()).anySatisfy(note -> assertThat(note).contains("No text is held")));
  }

  @Test
  void powersAreCataloguedAsMayNotMust() {
    // Law review of 7 December 2026, item C-26: s.14Z61 is a set of powers of NHS England.
    assertThat(duty("nhsa2006:14Z61").strength()).isEqualTo(DutyStrength.MAY);
    assertThat(duty("nhsa2006:sch1B.9").strength()).isEqualTo(DutyStrength.MAY);
    assertThat(duty("nhsa2006:14Z61").text()).hasValueSatisfying(text -> assertThat(text).contains("NHS England may—"));
  }

  @Test
  void jointAppointmentsGuidanceIsNotSaidToReachPostsSharedOnlyBetweenIcbs() {
    // Law review of 7 December 2026, item C-2: s.13UA(2) joins a commissioner with a provider or an authority.
    assertThat(duty("nhsa2006:13UA").notes()).anySatisfy(note -> assertThat(note)
        .contains("a post shared only between ICBs (commissioner with commissioner) is not within subsection (2)"));
  }

  @Test
  void theScheduleParagraphsTheBoardRulesRestOnAreCatalogued() {
    assertThat(duty("nhsa2006:sch1B.3").provision().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 3");
    assertThat(duty("nhsa2006:sch1B.5").text()).contains("The constitution must provide for the chair to be appointed"
        + " by NHS England, with the approval of the Secretary of State.");
    assertThat(duty("nhsa2006:sch1B.19").provision().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 19(4)");
  }

  @Test
  void scheduleParagraphDutiesHaveScheduleIdsAndProvisions() {
    StatutoryDuty duty = duty("nhsa2006:sch1B.11");
    assertThat(duty.provision().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 11");
    assertThat(duty.limbs()).extracting(limb -> limb.id().toLegalReference().citation())
        .containsExactly("NHS Act 2006 Sch. 1B para 11(4)(a)", "NHS Act 2006 Sch. 1B para 11(4)(b)");
  }

  @Test
  void textVersions() {
    assertThat(
            CATALOGUE.all().stream()
                .filter(duty -> duty.textVersion().filter(v -> v == TextVersion.REVISED).isPresent())
                .map(duty -> duty.id().toString()))
        .containsExactly("nhsa2006:72", "nhsa2006:82", "lgpiha2007:116", "hsca2012:194");
  }

  @Test
  void textUsesTheEmDashOfTheStatute() {
    assertThat(duty("nhsa2006:14Z35").text().orElseThrow()).contains("need to—\n(a)");
  }

  // ----- provisions narrowed to a subsection --------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "nhsa2006:72, NHS Act 2006 s.72(1)",
    "nhsa2006:82, NHS Act 2006 s.82(1)",
    "nhsa2006:223GC, NHS Act 2006 s.223GC(1)",
    "nhsa2006:223L, NHS Act 2006 s.223L(2)",
    "nhsa2006:223LA, NHS Act 2006 s.223LA(1)",
    "nhsa2006:223M, NHS Act 2006 s.223M(1)",
    "nhsa2006:14Z51, NHS Act 2006 s.14Z51(2)",
    "lgpiha2007:116B, LGPIHA 2007 s.116B(1)",
    "hsca2012:194, HSCA 2012 s.194(10)",
    "nhsa2006:14Z35, NHS Act 2006 s.14Z35",
    "lgpiha2007:116ZA, LGPIHA 2007 s.116ZA"
  })
  void citesTheProvisionThatImposesTheDuty(String id, String citation) {
    assertThat(duty(id).provision().citation()).isEqualTo(citation);
  }

  // ----- holders and strengths ----------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "nhsa2006:14Z30, ICB, MUST",
    "nhsa2006:14Z32, ICB, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:14Z33, ICB, MUST",
    "nhsa2006:14Z34, ICB, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:14Z35, ICB, MUST_HAVE_REGARD_TO_THE_NEED_TO",
    "nhsa2006:14Z36, ICB, MUST_PROMOTE",
    "nhsa2006:14Z37, ICB, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:14Z38, ICB, MUST",
    "nhsa2006:14Z39, ICB, MUST_PROMOTE",
    "nhsa2006:14Z40, ICB, MUST_PROMOTE",
    "nhsa2006:14Z41, ICB, MUST_HAVE_REGARD_TO_THE_NEED_TO",
    "nhsa2006:14Z42, ICB, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:14Z43, ICB, MUST_HAVE_REGARD_TO",
    "nhsa2006:14Z44, ICB, MUST_HAVE_REGARD_TO_THE_NEED_TO",
    "nhsa2006:14Z45, ICB, MUST",
    "nhsa2006:14Z49, ICB, MUST",
    "nhsa2006:14Z51, ICB, MUST_HAVE_REGARD_TO",
    "nhsa2006:14Z52, ICB_AND_PARTNER_TRUSTS, MUST",
    "nhsa2006:14Z56, ICB_AND_PARTNER_TRUSTS, MUST",
    "nhsa2006:14Z58, ICB, MUST",
    "nhsa2006:72, NHS_BODIES, MUST",
    "nhsa2006:82, NHS_BODIES_AND_LOCAL_AUTHORITIES, MUST",
    "nhsa2006:223GC, ICB, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:223L, ICB_AND_PARTNER_TRUSTS, MUST_SEEK_TO_ACHIEVE",
    "nhsa2006:223LA, ICB_AND_PARTNER_TRUSTS, MUST_ACT_WITH_A_VIEW_TO",
    "nhsa2006:223M, ICB_AND_PARTNER_TRUSTS, MUST_ACT_WITH_A_VIEW_TO",
    "lgpiha2007:116ZA, ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES, MUST",
    "lgpiha2007:116ZB, INTEGRATED_CARE_PARTNERSHIP, MUST",
    "lgpiha2007:116B, RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, MUST_HAVE_REGARD_TO",
    "hsca2012:194, ICB, MUST"
  })
  void owedByAndStrength(String id, DutyHolder holder, DutyStrength strength) {
    StatutoryDuty duty = duty(id);
    assertThat(duty.owedBy()).isEqualTo(holder);
    assertThat(duty.strength()).isEqualTo(strength);
  }

  @Test
  void limbsOfTheNhsConstitutionDutyDifferInStrength() {
    StatutoryDuty duty = duty("nhsa2006:14Z32");
    assertThat(duty.limbs())
        .extracting(DutyLimb::strength)
        .containsExactly(DutyStrength.MUST_ACT_WITH_A_VIEW_TO, DutyStrength.MUST_PROMOTE);
  }

  // ----- short titles -----------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "nhsa2006:14Z34 | improvement in quality of services",
        "nhsa2006:14Z35 | reducing inequalities",
        "nhsa2006:14Z38 | obtaining appropriate advice",
        "nhsa2006:14Z40 | duty in respect of research",
        "nhsa2006:14Z41 | duty to promote education and training",
        "nhsa2006:14Z43 | duty to have regard to effect of decisions",
        "nhsa2006:14Z45 | public involvement and consultation",
        "nhsa2006:14Z58 | Annual report",
        "nhsa2006:14Z52 | forward plan",
        "nhsa2006:14Z56 | capital resource use plan",
        "lgpiha2007:116B | duty to have regard to assessments and strategies"
      })
  void statutoryShortTitles(String id, String title) {
    assertThat(duty(id).shortTitle()).isEqualTo(title);
    assertThat(duty(id).hasStatutoryShortTitle()).isTrue();
  }

  @Test
  void everyOtherShortTitleIsDescriptive() {
    assertThat(CATALOGUE.all().stream().filter(StatutoryDuty::hasStatutoryShortTitle).map(d -> d.id().toString()))
        .containsExactlyInAnyOrder(
            "nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z38", "nhsa2006:14Z40", "nhsa2006:14Z41",
            "nhsa2006:14Z43", "nhsa2006:14Z45", "nhsa2006:14Z58", "nhsa2006:14Z52", "nhsa2006:14Z56",
            "lgpiha2007:116B");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"nhsa2006:14Z32", "nhsa2006:14Z33", "nhsa2006:14Z36", "nhsa2006:14Z37", "nhsa2006:14Z39",
        "nhsa2006:14Z42", "nhsa2006:14Z44"})
  void generalDutyHeadingsThatCouldNotBeConfirmedAreDescriptive(String id) {
    assertThat(duty(id).hasStatutoryShortTitle()).isFalse();
  }

  // ----- commencement -----------------------------------------------------------------------------------------

  @Test
  void icbDutiesInsertedFromSection14Z32CameIntoForceOnFirstJuly2022() {
    for (StatutoryDuty duty : CATALOGUE.all()) {
      if (duty.id().act() == Act.NHS_ACT_2006 && duty.id().section().startsWith("14Z")) {
        assertThat(duty.inForceFrom()).as(duty.id().toString()).contains(JULY_2022);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nhsa2006:223GC", "nhsa2006:223L", "nhsa2006:223M", "lgpiha2007:116ZA", "lgpiha2007:116B",
    "lgpiha2007:116ZB", "nhsa2006:3", "nhsa2006:13UA", "nhsa2006:65Z7"})
  void otherProvisionsCommencedOnFirstJuly2022(String id) {
    assertThat(duty(id).inForceFrom()).contains(JULY_2022);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"nhsa2006:223LA", "nhsa2006:72", "nhsa2006:82", "hsca2012:194"})
  void unconfirmedCommencementStaysEmptyAndIsExplained(String id) {
    StatutoryDuty duty = duty(id);
    assertThat(duty.inForceFrom()).isEmpty();
    assertThat(duty.notes()).isNotEmpty();
  }

  @Test
  void jointBreakEvenCommencementIsUnconfirmed() {
    StatutoryDuty duty = duty("nhsa2006:223LA");
    assertThat(duty.notes())
        .anySatisfy(note -> assertThat(note).contains("s.30").contains("S.I. 2022/734").contains("unconfirmed"));
  }

  @Test
  void educationAndTrainingDutyRecordsItsAmendment() {
    StatutoryDuty duty = duty("nhsa2006:14Z41");
    assertThat(duty.textVersion()).contains(TextVersion.AS_ENACTED);
    assertThat(duty.notes()).anySatisfy(note -> assertThat(note).contains("S.I. 2023/368").contains("NHS England"));
  }

  // ----- groups -----------------------------------------------------------------------------------------------

  @Test
  void generalDutiesOfIcbsAreSections14Z34To14Z45() {
    assertThat(ids(CATALOGUE.generalDutiesOfIcbs()))
        .containsExactly(
            "nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z36", "nhsa2006:14Z37", "nhsa2006:14Z38",
            "nhsa2006:14Z39", "nhsa2006:14Z40", "nhsa2006:14Z41", "nhsa2006:14Z42", "nhsa2006:14Z43",
            "nhsa2006:14Z44", "nhsa2006:14Z45");
    assertThat(CATALOGUE.generalDutiesOfIcbs()).allSatisfy(duty -> {
      assertThat(duty.owedBy()).isEqualTo(ICB);
      assertThat(duty.inForceFrom()).contains(JULY_2022);
    });
  }

  @Test
  void sections14Z32And14Z33BindIcbsButAreNotGeneralDutiesByThatLabel() {
    assertThat(ids(CATALOGUE.generalDutiesOfIcbs())).doesNotContain("nhsa2006:14Z32", "nhsa2006:14Z33");
    assertThat(duty("nhsa2006:14Z32").owedBy()).isEqualTo(ICB);
    assertThat(duty("nhsa2006:14Z33").owedBy()).isEqualTo(ICB);
  }

  @Test
  void financialDutiesAreTheDutiesInSections223GBTo223N() {
    assertThat(ids(CATALOGUE.financialDuties()))
        .containsExactly("nhsa2006:223GC", "nhsa2006:223L", "nhsa2006:223LA", "nhsa2006:223M");
  }

  @Test
  void annualReportExplainsTheGeneralDutiesAndBoardSkills() {
    assertThat(ids(CATALOGUE.inGroup(DutyGroup.ANNUAL_REPORT_DUTIES)))
        .containsAll(ids(CATALOGUE.generalDutiesOfIcbs()))
        .contains("nhsa2006:14Z49")
        .hasSize(13);
  }

  @Test
  void performanceAssessmentCoversTheListInSection14Z59() {
    assertThat(ids(CATALOGUE.inGroup(DutyGroup.PERFORMANCE_ASSESSMENT_DUTIES)))
        .containsExactly(
            "nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z38", "nhsa2006:14Z40", "nhsa2006:14Z43",
            "nhsa2006:14Z45", "nhsa2006:223GC", "nhsa2006:223L", "nhsa2006:223LA", "nhsa2006:223M",
            "lgpiha2007:116B");
  }

  @ParameterizedTest
  @EnumSource(DutyGroup.class)
  void everyGroupMemberIsInTheCatalogue(DutyGroup group) {
    assertThat(CATALOGUE.inGroup(group)).extracting(StatutoryDuty::id).containsExactlyElementsOf(group.members());
  }

  // ----- queries by holder, kind and purpose ------------------------------------------------------------------

  @Test
  void owedByHolder() {
    assertThat(ids(CATALOGUE.owedBy(ICB_AND_PARTNER_TRUSTS)))
        .containsExactly("nhsa2006:14Z52", "nhsa2006:14Z54", "nhsa2006:14Z56", "nhsa2006:223L", "nhsa2006:223LA",
            "nhsa2006:223M");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.NHS_ENGLAND))).containsExactly("nhsa2006:14Z59", "nhsa2006:14Z61");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.RELEVANT_NHS_BODIES))).containsExactly("nhsa2006:13UA",
        "nhsa2006:65Z7");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.INTEGRATED_CARE_PARTNERSHIP))).containsExactly("lgpiha2007:116ZB");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.NHS_BODIES))).containsExactly("nhsa2006:72");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.NHS_BODIES_AND_LOCAL_AUTHORITIES))).containsExactly("nhsa2006:82");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES)))
        .containsExactly("lgpiha2007:116ZA");
    assertThat(ids(CATALOGUE.owedBy(DutyHolder.RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS)))
        .containsExactly("lgpiha2007:116", "lgpiha2007:116A", "lgpiha2007:116B");
    assertThat(CATALOGUE.owedBy(ICB)).hasSize(40).allSatisfy(duty -> assertThat(duty.owedBy()).isEqualTo(ICB));
  }

  @Test
  void everyDutyIsOwedBySomeHolder() {
    int total = 0;
    for (DutyHolder holder : DutyHolder.values()) {
      total += CATALOGUE.owedBy(holder).size();
    }
    assertThat(total).isEqualTo(CATALOGUE.all().size());
  }

  @Test
  void anIcbOwesEveryDutyExceptTheIcpsOwnAndNhsEnglands() {
    assertThat(ids(CATALOGUE.owedBy(OrganisationKind.INTEGRATED_CARE_BOARD)))
        .hasSize(CATALOGUE.all().size() - 3)
        .doesNotContain("lgpiha2007:116ZB", "nhsa2006:14Z59", "nhsa2006:14Z61");
  }

  @Test
  void aTrustOwesCooperationAndTheJointDutiesWithItsBoard() {
    assertThat(ids(CATALOGUE.owedBy(OrganisationKind.NHS_FOUNDATION_TRUST)))
        .containsExactly(
            "nhsa2006:13UA", "nhsa2006:14Z52", "nhsa2006:14Z54", "nhsa2006:14Z56", "nhsa2006:65Z7", "nhsa2006:72",
            "nhsa2006:82", "nhsa2006:223L", "nhsa2006:223LA", "nhsa2006:223M");
    assertThat(CATALOGUE.owedBy(OrganisationKind.NHS_TRUST))
        .isEqualTo(CATALOGUE.owedBy(OrganisationKind.NHS_FOUNDATION_TRUST));
  }

  @Test
  void aLocalAuthorityOwesTheCooperationAndPartnershipDuties() {
    assertThat(ids(CATALOGUE.owedBy(OrganisationKind.LOCAL_AUTHORITY)))
        .containsExactly("nhsa2006:82", "lgpiha2007:116", "lgpiha2007:116A", "lgpiha2007:116ZA", "lgpiha2007:116B");
  }

  @Test
  void nhsEnglandOwesItsAssessmentAndTheDutiesOfAllNhsBodiesHere() {
    assertThat(ids(CATALOGUE.owedBy(OrganisationKind.NHS_ENGLAND))).containsExactly("nhsa2006:13UA",
        "nhsa2006:14Z59", "nhsa2006:14Z61", "nhsa2006:65Z7", "nhsa2006:72", "nhsa2006:82");
  }

  @ParameterizedTest
  @EnumSource(
      value = OrganisationKind.class,
      names = {"PRIMARY_MEDICAL_SERVICES_PROVIDER", "PRIMARY_CARE_NETWORK", "VCSE_ORGANISATION", "LOCAL_HEALTHWATCH",
        "HEALTH_AND_WELLBEING_BOARD", "INDEPENDENT_SECTOR_PROVIDER", "NHS_ENGLAND_REGION"})
  void otherKindsOweNoCataloguedDuty(OrganisationKind kind) {
    assertThat(CATALOGUE.owedBy(kind)).isEmpty();
  }

  @Test
  void servingAPurpose() {
    assertThat(ids(CATALOGUE.serving(CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)))
        .containsExactly("nhsa2006:14Z35", "nhsa2006:14Z42", "nhsa2006:14Z43");
    assertThat(ids(CATALOGUE.serving(CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)))
        .contains("nhsa2006:14Z33", "nhsa2006:14Z43", "nhsa2006:223GC", "nhsa2006:223M")
        .doesNotContain("nhsa2006:14Z35");
    assertThat(ids(CATALOGUE.serving(CorePurpose.SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT)))
        .containsExactly("nhsa2006:14Z44", "lgpiha2007:116ZB");
  }

  @ParameterizedTest
  @EnumSource(CorePurpose.class)
  void servingAgreesWithEachDutysPurposes(CorePurpose purpose) {
    assertThat(CATALOGUE.serving(purpose))
        .containsExactlyElementsOf(
            CATALOGUE.all().stream().filter(duty -> duty.serves(purpose)).collect(Collectors.toList()));
  }

  @Test
  void governanceDutiesServeNoPurposeDirectly() {
    assertThat(duty("nhsa2006:14Z30").purposes()).isEmpty();
    assertThat(duty("nhsa2006:14Z58").purposes()).isEmpty();
  }

  @Test
  void queriesRefuseNull() {
    assertThatThrownBy(() -> CATALOGUE.find(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CATALOGUE.get(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CATALOGUE.owedBy((DutyHolder) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CATALOGUE.owedBy((OrganisationKind) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CATALOGUE.serving(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CATALOGUE.inGroup(null)).isInstanceOf(NullPointerException.class);
  }
}
