package io.github.icsmodel.duty;

import static io.github.icsmodel.duty.DutyHolder.ICB;
import static io.github.icsmodel.duty.DutyHolder.ICB_AND_PARTNER_TRUSTS;
import static io.github.icsmodel.duty.DutyHolder.ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES;
import static io.github.icsmodel.duty.DutyHolder.INTEGRATED_CARE_PARTNERSHIP;
import static io.github.icsmodel.duty.DutyHolder.NHS_BODIES;
import static io.github.icsmodel.duty.DutyHolder.NHS_BODIES_AND_LOCAL_AUTHORITIES;
import static io.github.icsmodel.duty.DutyHolder.NHS_ENGLAND;
import static io.github.icsmodel.duty.DutyHolder.RELEVANT_NHS_BODIES;
import static io.github.icsmodel.duty.DutyHolder.RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS;
import static io.github.icsmodel.duty.DutyStrength.MAY;
import static io.github.icsmodel.duty.DutyStrength.MUST;
import static io.github.icsmodel.duty.DutyStrength.MUST_ACT_WITH_A_VIEW_TO;
import static io.github.icsmodel.duty.DutyStrength.MUST_HAVE_REGARD_TO;
import static io.github.icsmodel.duty.DutyStrength.MUST_HAVE_REGARD_TO_THE_NEED_TO;
import static io.github.icsmodel.duty.DutyStrength.MUST_PROMOTE;
import static io.github.icsmodel.duty.DutyStrength.MUST_SEEK_TO_ACHIEVE;
import static io.github.icsmodel.duty.TextVersion.AS_ENACTED;
import static io.github.icsmodel.duty.TextVersion.REVISED;
import static io.github.icsmodel.purpose.CorePurpose.ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY;
import static io.github.icsmodel.purpose.CorePurpose.IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE;
import static io.github.icsmodel.purpose.CorePurpose.SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT;
import static io.github.icsmodel.purpose.CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS;

import com.google.common.collect.ImmutableList;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import java.time.LocalDate;

/**
 * The data of the built-in {@link DutyCatalogue}: every duty, its provision, holder, form of words and, where held,
 * its verbatim text.
 *
 * <p>Sources. Texts marked {@link TextVersion#AS_ENACTED} are as the Health and Care Act 2022 (c. 31) inserted or
 * substituted them (revised text of that Act on legislation.gov.uk). Texts marked {@link TextVersion#REVISED} are
 * from the revised text of the National Health Service Act 2006 (last updated 1 September 2025) and of the Health
 * and Social Care Act 2012. Commencement: Health and Care Act 2022 ss.18, 19 (so far as not already in force), 20,
 * 21, 25, 26, 27 and 29 came into force on 1 July 2022 (S.I. 2022/734, Schedule); legislation.gov.uk notes "Ss.
 * 14Z32-14Z64 and cross-headings inserted (1.7.2022) by Health and Care Act 2022 (c. 31), ss. 25(2), 186(6)".
 *
 * <p>Nothing here may be filled in from memory: a heading, date or text not confirmed in those sources stays empty
 * or is stated as unconfirmed in the duty's notes.
 */
final class BuiltInDuties {
  /** 1 July 2022, when the integrated care board provisions of the Health and Care Act 2022 came into force. */
  private static final LocalDate JULY_2022 = LocalDate.of(2022, 7, 1);

  private static final String INSERTED_JULY_2022 =
      "Sections 14Z32 to 14Z64 and their cross-headings were inserted on 1 July 2022 by Health and Care Act 2022"
          + " ss.25(2) and 186(6).";
  private static final String FINANCIAL_JULY_2022 =
      "Inserted by Health and Care Act 2022 s.29, which came into force on 1 July 2022 (S.I. 2022/734).";

  private BuiltInDuties() {}

  static ImmutableList<StatutoryDuty> all() {
    return ImmutableList.of(
        s3(), s13UA(), s14Z29(), s14Z30(), s14Z32(), s14Z33(), s14Z34(), s14Z35(), s14Z36(), s14Z37(), s14Z38(),
        s14Z39(), s14Z40(), s14Z41(), s14Z42(), s14Z43(), s14Z44(), s14Z45(), s14Z49(), s14Z51(), s14Z52(),
        s14Z54(), s14Z56(), s14Z58(), s14Z59(), s14Z61(), s14Z62(), s65Z7(), s72(), s82(), s223GC(), s223L(),
        s223LA(), s223M(), sch1B1(), sch1B2(), sch1B3(), sch1B4(), sch1B5(), sch1B6(), sch1B7(), sch1B8(),
        sch1B9(), sch1B10(), sch1B11(), sch1B12(), sch1B13(), sch1B14(), sch1B15(), sch1B19(), sch1B22(),
        s116(), s116A(), s116ZA(), s116ZB(), s116B(), s194());
  }

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  private static StatutoryDuty.Builder duty(
      String id, String shortTitle, boolean statutoryTitle, DutyHolder owedBy, DutyStrength strength,
      String summary) {
    DutyId dutyId = DutyId.of(id);
    return StatutoryDuty.builder()
        .id(dutyId)
        .provision(dutyId.toLegalReference())
        .shortTitle(shortTitle)
        .hasStatutoryShortTitle(statutoryTitle)
        .owedBy(owedBy)
        .strength(strength)
        .summary(summary);
  }

  private static DutyLimb limb(String id, String label, DutyStrength strength, String... text) {
    return DutyLimb.builder().id(DutyId.of(id)).label(label).strength(strength).text(lines(text)).build();
  }

  private static String citedIn(String citingProvision, String words) {
    return "The short title is the Act's own: " + citingProvision + " cites \"" + words + "\".";
  }

  // ---------------------------------------------------------------------------------------------------------
  // National Health Service Act 2006, Chapter A3 of Part 2: integrated care boards
  // ---------------------------------------------------------------------------------------------------------

  private static StatutoryDuty s14Z30() {
    return duty("nhsa2006:14Z30", "Conflicts of interest", false, ICB, MUST,
            "Keep and publish registers of interests, secure declarations of conflicts within 28 days, and manage"
                + " conflicts so that they do not affect the integrity of decisions")
        .text(lines(
            "(1) Each integrated care board must maintain one or more registers of the interests of—",
            "(a) members of the board,",
            "(b) members of its committees or sub-committees, and",
            "(c) its employees.",
            "(2) Each integrated care board must publish the registers maintained under subsection (1) or make"
                + " arrangements to ensure that members of the public have access to the registers on request.",
            "(3) Each integrated care board must make arrangements to ensure—",
            "(a) that a person mentioned in subsection (1) declares any conflict or potential conflict of interest"
                + " that the person has in relation to a decision to be made in the exercise of the commissioning"
                + " functions of the integrated care board,",
            "(b) that any such declaration is made as soon as practicable after the person becomes aware of the"
                + " conflict or potential conflict and, in any event, within 28 days of the person becoming aware,"
                + " and",
            "(c) that any such declaration is included in the registers maintained under subsection (1).",
            "(4) Each integrated care board must make arrangements for managing conflicts and potential conflicts of"
                + " interest in such a way as to ensure that they do not, and do not appear to, affect the integrity"
                + " of the board's decision-making processes.",
            "(5) For the purposes of this section, the commissioning functions of an integrated care board are the"
                + " functions of the board in arranging for the provision of services as part of the health"
                + " service."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z30(1)", "registers of interests", MUST,
                "(1) Each integrated care board must maintain one or more registers of the interests of—",
                "(a) members of the board,",
                "(b) members of its committees or sub-committees, and",
                "(c) its employees."),
            limb("nhsa2006:14Z30(2)", "publication of registers", MUST,
                "(2) Each integrated care board must publish the registers maintained under subsection (1) or make"
                    + " arrangements to ensure that members of the public have access to the registers on"
                    + " request."),
            limb("nhsa2006:14Z30(3)", "declarations", MUST,
                "(3) Each integrated care board must make arrangements to ensure—",
                "(a) that a person mentioned in subsection (1) declares any conflict or potential conflict of"
                    + " interest that the person has in relation to a decision to be made in the exercise of the"
                    + " commissioning functions of the integrated care board,",
                "(b) that any such declaration is made as soon as practicable after the person becomes aware of the"
                    + " conflict or potential conflict and, in any event, within 28 days of the person becoming"
                    + " aware, and",
                "(c) that any such declaration is included in the registers maintained under subsection (1)."),
            limb("nhsa2006:14Z30(4)", "management of conflicts", MUST,
                "(4) Each integrated care board must make arrangements for managing conflicts and potential"
                    + " conflicts of interest in such a way as to ensure that they do not, and do not appear to,"
                    + " affect the integrity of the board's decision-making processes."))
        .addNotes(
            "Inserted by Health and Care Act 2022 s.19 (s.20(2) of that Act reads \"After section 14Z30 (inserted by"
                + " section 19 of this Act) insert\"); s.19, so far as not already in force, came into force on 1 July"
                + " 2022 (S.I. 2022/734, Schedule).",
            "The constitution must set out arrangements for discharging the functions in s.14Z30(1) to (4) and a"
                + " statement of the principles to be followed (Sch. 1B para 13).")
        .build();
  }

  private static StatutoryDuty s14Z32() {
    return duty("nhsa2006:14Z32", "NHS Constitution", false, ICB, MUST_ACT_WITH_A_VIEW_TO,
            "Act with a view to securing that services are provided in a way that promotes the NHS Constitution;"
                + " promote awareness of it")
        .text(lines(
            "(1) Each integrated care board must, in the exercise of its functions—",
            "(a) act with a view to securing that health services are provided in a way which promotes the NHS"
                + " Constitution, and",
            "(b) promote awareness of the NHS Constitution among patients, staff and members of the public.",
            "(2) In this section, \"patients\" and \"staff\" have the same meaning as in Chapter 1 of Part 1 of the"
                + " Health Act 2009 (see section 3(7) of that Act)."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z32(1)(a)", "provision that promotes the NHS Constitution", MUST_ACT_WITH_A_VIEW_TO,
                "(a) act with a view to securing that health services are provided in a way which promotes the NHS"
                    + " Constitution, and"),
            limb("nhsa2006:14Z32(1)(b)", "awareness of the NHS Constitution", MUST_PROMOTE,
                "(b) promote awareness of the NHS Constitution among patients, staff and members of the public."))
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            "Outside the statutory label \"general duties of integrated care boards\" (ss.14Z34 to 14Z45).",
            "The limbs differ in form: (1)(a) is a duty to act with a view to an end, (1)(b) a duty to promote.")
        .build();
  }

  private static StatutoryDuty s14Z33() {
    return duty("nhsa2006:14Z33", "Effectiveness, efficiency and economy", false, ICB, MUST,
            "Exercise its functions effectively, efficiently and economically")
        .text("Each integrated care board must exercise its functions effectively, efficiently and economically.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            INSERTED_JULY_2022,
            "Outside the statutory label \"general duties of integrated care boards\" (ss.14Z34 to 14Z45).")
        .build();
  }

  private static StatutoryDuty s14Z34() {
    return duty("nhsa2006:14Z34", "improvement in quality of services", true, ICB, MUST_ACT_WITH_A_VIEW_TO,
            "Continuous improvement in quality and outcomes (effectiveness, safety, patient experience)")
        .text(lines(
            "(1) Each integrated care board must exercise its functions with a view to securing continuous"
                + " improvement in the quality of services provided to individuals for or in connection with the"
                + " prevention, diagnosis or treatment of illness.",
            "(2) In discharging its duty under subsection (1), an integrated care board must, in particular, act"
                + " with a view to securing continuous improvement in the outcomes that are achieved from the"
                + " provision of the services.",
            "(3) The outcomes relevant for the purposes of subsection (2) include, in particular, outcomes which"
                + " show—",
            "(a) the effectiveness of the services,",
            "(b) the safety of the services, and",
            "(c) the quality of the experience undergone by patients."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(a)", "section 14Z34 (improvement in quality of services)"))
        .build();
  }

  private static StatutoryDuty s14Z35() {
    return duty("nhsa2006:14Z35", "reducing inequalities", true, ICB, MUST_HAVE_REGARD_TO_THE_NEED_TO,
            "Have regard to the need to reduce inequalities in access and in outcomes")
        .text(lines(
            "Each integrated care board must, in the exercise of its functions, have regard to the need to—",
            "(a) reduce inequalities between persons with respect to their ability to access health services, and",
            "(b) reduce inequalities between patients with respect to the outcomes achieved for them by the"
                + " provision of health services (including the outcomes described in section 14Z34(3))."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z35(a)", "access", MUST_HAVE_REGARD_TO_THE_NEED_TO,
                "(a) reduce inequalities between persons with respect to their ability to access health services,"
                    + " and"),
            limb("nhsa2006:14Z35(b)", "outcomes", MUST_HAVE_REGARD_TO_THE_NEED_TO,
                "(b) reduce inequalities between patients with respect to the outcomes achieved for them by the"
                    + " provision of health services (including the outcomes described in section 14Z34(3))."))
        .addPurposes(TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(b)", "section 14Z35 (reducing inequalities)"),
            "The access limb refers to \"persons\", the outcomes limb to \"patients\".")
        .build();
  }

  private static StatutoryDuty s14Z36() {
    return duty("nhsa2006:14Z36", "Involvement of each patient", false, ICB, MUST_PROMOTE,
            "Promote the involvement of patients, carers and representatives in decisions about prevention,"
                + " diagnosis, care and treatment")
        .text(lines(
            "Each integrated care board must, in the exercise of its functions, promote the involvement of"
                + " patients, and their carers and representatives (if any), in decisions which relate to—",
            "(a) the prevention or diagnosis of illness in the patients, or",
            "(b) their care or treatment."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(INSERTED_JULY_2022)
        .build();
  }

  private static StatutoryDuty s14Z37() {
    return duty("nhsa2006:14Z37", "Patient choice", false, ICB, MUST_ACT_WITH_A_VIEW_TO,
            "Act with a view to enabling patients to make choices")
        .text("Each integrated care board must, in the exercise of its functions, act with a view to enabling"
            + " patients to make choices with respect to aspects of health services provided to them.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            "Related: Health and Care Act 2022 s.78 made standing rules on patient choice mandatory under NHS Act"
                + " 2006 s.6E(1A), and created an NHS England enforcement power over integrated care boards in"
                + " s.6F.")
        .build();
  }

  private static StatutoryDuty s14Z38() {
    return duty("nhsa2006:14Z38", "obtaining appropriate advice", true, ICB, MUST,
            "Obtain advice from people with broad professional expertise")
        .text(lines(
            "Each integrated care board must obtain advice appropriate for enabling it effectively to discharge its"
                + " functions from persons who (taken together) have a broad range of professional expertise in—",
            "(a) the prevention, diagnosis or treatment of illness, and",
            "(b) the protection or improvement of public health."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(c)", "section 14Z38 (obtaining appropriate advice)"))
        .build();
  }

  private static StatutoryDuty s14Z39() {
    return duty("nhsa2006:14Z39", "Innovation", false, ICB, MUST_PROMOTE,
            "Promote innovation in provision and arrangements")
        .text("Each integrated care board must, in the exercise of its functions, promote innovation in the"
            + " provision of health services (including innovation in the arrangements made for their provision).")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE, ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(INSERTED_JULY_2022)
        .build();
  }

  private static StatutoryDuty s14Z40() {
    return duty("nhsa2006:14Z40", "duty in respect of research", true, ICB, MUST_PROMOTE,
            "Facilitate or otherwise promote research and the use of research evidence")
        .text(lines(
            "Each integrated care board must, in the exercise of its functions, facilitate or otherwise promote—",
            "(a) research on matters relevant to the health service, and",
            "(b) the use in the health service of evidence obtained from research."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z40(a)", "research", MUST_PROMOTE,
                "(a) research on matters relevant to the health service, and"),
            limb("nhsa2006:14Z40(b)", "use of research evidence", MUST_PROMOTE,
                "(b) the use in the health service of evidence obtained from research."))
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(d)", "section 14Z40 (duty in respect of research)"),
            "The words are \"facilitate or otherwise promote\".")
        .build();
  }

  private static StatutoryDuty s14Z41() {
    return duty("nhsa2006:14Z41", "duty to promote education and training", true, ICB,
            MUST_HAVE_REGARD_TO_THE_NEED_TO,
            "Have regard to the need to promote education and training for the persons in s.1F(1)")
        .text("Each integrated care board must, in exercising its functions, have regard to the need to promote"
            + " education and training for the persons mentioned in section 1F(1) so as to assist the Secretary of"
            + " State and Health Education England in the discharge of the duty under that section.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            "The short title is from S.I. 2023/368 Sch. 1 para 9(11): \"In section 14Z41 (duty to promote"
                + " education and training), for \"Health Education England\" substitute \"NHS England\".\"",
            "Amended by S.I. 2023/368 Sch. 1 para 9(11): the text held here is as enacted. Applying the"
                + " amendment, the current text reads \"...so as to assist the Secretary of State and NHS England"
                + " in the discharge of the duty under that section.\"; that reading is reconstructed, not taken"
                + " from a consolidated text.")
        .build();
  }

  private static StatutoryDuty s14Z42() {
    return duty("nhsa2006:14Z42", "Integration", false, ICB, MUST_ACT_WITH_A_VIEW_TO,
            "Act with a view to integrated provision (within health; health with health-related and social care)"
                + " where it would improve quality or reduce access or outcome inequalities")
        .text(lines(
            "(1) Each integrated care board must exercise its functions with a view to securing that health"
                + " services are provided in an integrated way where it considers that this would—",
            "(a) improve the quality of those services (including the outcomes that are achieved from their"
                + " provision),",
            "(b) reduce inequalities between persons with respect to their ability to access those services, or",
            "(c) reduce inequalities between persons with respect to the outcomes achieved for them by the"
                + " provision of those services.",
            "(2) Each integrated care board must exercise its functions with a view to securing that the provision"
                + " of health services is integrated with the provision of health-related services or social care"
                + " services where it considers that this would—",
            "(a) improve the quality of the health services (including the outcomes that are achieved from the"
                + " provision of those services),",
            "(b) reduce inequalities between persons with respect to their ability to access those services, or",
            "(c) reduce inequalities between persons with respect to the outcomes achieved for them by the"
                + " provision of those services.",
            "(3) In this section—",
            "\"health-related services\" means services that may have an effect on the health of individuals but"
                + " are not health services or social care services;",
            "\"social care services\" means services that are provided in pursuance of the social services"
                + " functions of local authorities (within the meaning of the Local Authority Social Services Act"
                + " 1970 or for the purposes of the Social Services and Well-being (Wales) Act 2014).",
            "(4) For the purposes of this section, the provision of housing accommodation is a health-related"
                + " service."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z42(1)", "integration of health services", MUST_ACT_WITH_A_VIEW_TO,
                "(1) Each integrated care board must exercise its functions with a view to securing that health"
                    + " services are provided in an integrated way where it considers that this would—",
                "(a) improve the quality of those services (including the outcomes that are achieved from their"
                    + " provision),",
                "(b) reduce inequalities between persons with respect to their ability to access those services,"
                    + " or",
                "(c) reduce inequalities between persons with respect to the outcomes achieved for them by the"
                    + " provision of those services."),
            limb("nhsa2006:14Z42(2)", "integration with health-related or social care services",
                MUST_ACT_WITH_A_VIEW_TO,
                "(2) Each integrated care board must exercise its functions with a view to securing that the"
                    + " provision of health services is integrated with the provision of health-related services or"
                    + " social care services where it considers that this would—",
                "(a) improve the quality of the health services (including the outcomes that are achieved from the"
                    + " provision of those services),",
                "(b) reduce inequalities between persons with respect to their ability to access those services,"
                    + " or",
                "(c) reduce inequalities between persons with respect to the outcomes achieved for them by the"
                    + " provision of those services."))
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE, TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS)
        .addNotes(INSERTED_JULY_2022)
        .build();
  }

  private static StatutoryDuty s14Z43() {
    return duty("nhsa2006:14Z43", "duty to have regard to effect of decisions", true, ICB, MUST_HAVE_REGARD_TO,
            "When deciding, have regard to likely effects on (a) health and well-being, (b) quality of services,"
                + " (c) efficiency and sustainability of resource use")
        .text(lines(
            "(1) In making a decision about the exercise of its functions, an integrated care board must have"
                + " regard to all likely effects of the decision in relation to—",
            "(a) the health and well-being of the people of England;",
            "(b) the quality of services provided to individuals—",
            "(i) by relevant bodies, or",
            "(ii) in pursuance of arrangements made by relevant bodies,",
            "for or in connection with the prevention, diagnosis or treatment of illness, as part of the health"
                + " service in England;",
            "(c) efficiency and sustainability in relation to the use of resources by relevant bodies for the"
                + " purposes of the health service in England.",
            "(2) In subsection (1)—",
            "(a) the reference to a decision does not include a reference to a decision about the services to be"
                + " provided to a particular individual for or in connection with the prevention, diagnosis or"
                + " treatment of illness;",
            "(b) the reference to effects of a decision in relation to the health and well-being of the people of"
                + " England includes a reference to its effects in relation to inequalities between the people of"
                + " England with respect to their health and well-being;",
            "(c) the reference to effects of a decision in relation to the quality of services provided to"
                + " individuals includes a reference to its effects in relation to inequalities between individuals"
                + " with respect to the benefits that they can obtain from those services.",
            "(3) In discharging the duty under this section, integrated care boards must have regard to guidance"
                + " published by NHS England under section 13NB.",
            "(4) In this section \"relevant bodies\" means—",
            "(a) NHS England,",
            "(b) integrated care boards,",
            "(c) NHS trusts established under section 25, and",
            "(d) NHS foundation trusts."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z43(1)(a)", "health and well-being", MUST_HAVE_REGARD_TO,
                "(a) the health and well-being of the people of England;"),
            limb("nhsa2006:14Z43(1)(b)", "quality of services", MUST_HAVE_REGARD_TO,
                "(b) the quality of services provided to individuals—",
                "(i) by relevant bodies, or",
                "(ii) in pursuance of arrangements made by relevant bodies,",
                "for or in connection with the prevention, diagnosis or treatment of illness, as part of the health"
                    + " service in England;"),
            limb("nhsa2006:14Z43(1)(c)", "efficiency and sustainability", MUST_HAVE_REGARD_TO,
                "(c) efficiency and sustainability in relation to the use of resources by relevant bodies for the"
                    + " purposes of the health service in England."))
        .addPurposes(
            IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE,
            TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS,
            ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(e)", "section 14Z43 (duty to have regard to effect of decisions)"),
            "Known informally as the \"triple aim\": the Bill's Explanatory Notes have a policy-background heading"
                + " \"Triple Aim\" and NHS England's annual-report guidance refers to \"the triple aim\", and the"
                + " three limbs of s.14Z43(1)(a) to (c) match it. The law review of December 2026 reports that NHS"
                + " England's Annual assessment of ICBs 2023/24 supporting guidance lists \"the duty to have regard to"
                + " the wider effect of decisions (the triple aim)\"; that document is not in the library's legal sources.",
            "Parallel duties: NHS England (s.13NA), NHS trusts (s.26A) and NHS foundation trusts (s.63A). NHS"
                + " England may publish guidance on all four under s.13NB, after consultation.")
        .build();
  }

  private static StatutoryDuty s14Z44() {
    return duty("nhsa2006:14Z44", "Climate change etc.", false, ICB, MUST_HAVE_REGARD_TO_THE_NEED_TO,
            "Have regard to the need to contribute to net zero (Climate Change Act 2008 s.1) and environmental"
                + " targets (Environment Act 2021 s.5), and to adapt to climate impacts")
        .text(lines(
            "(1) Each integrated care board must, in the exercise of its functions, have regard to the need to—",
            "(a) contribute towards compliance with—",
            "(i) section 1 of the Climate Change Act 2008 (UK net zero emissions target), and",
            "(ii) section 5 of the Environment Act 2021 (environmental targets), and",
            "(b) adapt to any current or predicted impacts of climate change identified in the most recent report"
                + " under section 56 of the Climate Change Act 2008.",
            "(2) In discharging the duty under this section, integrated care boards must have regard to guidance"
                + " published by NHS England under section 13ND."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z44(1)(a)", "net zero and environmental targets", MUST_HAVE_REGARD_TO_THE_NEED_TO,
                "(a) contribute towards compliance with—",
                "(i) section 1 of the Climate Change Act 2008 (UK net zero emissions target), and",
                "(ii) section 5 of the Environment Act 2021 (environmental targets), and"),
            limb("nhsa2006:14Z44(1)(b)", "adaptation to climate change", MUST_HAVE_REGARD_TO_THE_NEED_TO,
                "(b) adapt to any current or predicted impacts of climate change identified in the most recent"
                    + " report under section 56 of the Climate Change Act 2008."))
        .addPurposes(SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT)
        .addNotes(
            INSERTED_JULY_2022,
            "Parallel duty of NHS England: s.13NC. NHS England may publish guidance on the s.13NC, s.14Z44, s.26B"
                + " and s.63B duties under s.13ND.")
        .build();
  }

  private static StatutoryDuty s14Z45() {
    return duty("nhsa2006:14Z45", "public involvement and consultation", true, ICB, MUST,
            "Make arrangements to involve individuals, carers and representatives in planning, proposals for change"
                + " and decisions")
        .text(lines(
            "(1) This section applies in relation to any health services which are, or are to be, provided"
                + " pursuant to arrangements made by an integrated care board in the exercise of its functions"
                + " (\"commissioning arrangements\").",
            "(2) The integrated care board must make arrangements to secure that individuals to whom the services"
                + " are being or may be provided, and their carers and representatives (if any), are involved"
                + " (whether by being consulted or provided with information or in other ways)—",
            "(a) in the planning of the commissioning arrangements by the integrated care board,",
            "(b) in the development and consideration of proposals by the integrated care board for changes in the"
                + " commissioning arrangements where the implementation of the proposals would have an impact on—",
            "(i) the manner in which the services are delivered to the individuals (at the point when the service"
                + " is received by them), or",
            "(ii) the range of health services available to them, and",
            "(c) in decisions of the integrated care board affecting the operation of the commissioning"
                + " arrangements where the implementation of the decisions would (if made) have such an impact."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z45(2)(a)", "planning", MUST,
                "(a) in the planning of the commissioning arrangements by the integrated care board,"),
            limb("nhsa2006:14Z45(2)(b)", "proposals for change", MUST,
                "(b) in the development and consideration of proposals by the integrated care board for changes in"
                    + " the commissioning arrangements where the implementation of the proposals would have an"
                    + " impact on—",
                "(i) the manner in which the services are delivered to the individuals (at the point when the"
                    + " service is received by them), or",
                "(ii) the range of health services available to them, and"),
            limb("nhsa2006:14Z45(2)(c)", "decisions", MUST,
                "(c) in decisions of the integrated care board affecting the operation of the commissioning"
                    + " arrangements where the implementation of the decisions would (if made) have such an"
                    + " impact."))
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z59(3)(f)", "section 14Z45 (public involvement and consultation)"),
            "Only subsections (1) and (2) are held. Subsection (3), which does not require arrangements in"
                + " relation to matters in a trust special administrator's draft or final report under s.65F or"
                + " 65I before a stated point, is not reproduced.",
            "The constitution must set out arrangements for discharging the s.14Z45(2) functions and a statement of"
                + " the principles to be followed (Sch. 1B para 14).")
        .build();
  }

  private static StatutoryDuty s14Z49() {
    return duty("nhsa2006:14Z49", "Skills, knowledge and experience of the board", false, ICB, MUST,
            "Keep under review the skills, knowledge and experience the board needs, and address or mitigate any"
                + " shortcoming")
        .text(lines(
            "An integrated care board must—",
            "(a) keep under review the skills, knowledge and experience that it considers necessary for members of"
                + " the board to possess (when taken together) in order for the board effectively to carry out its"
                + " functions, and",
            "(b) if it considers that the board as constituted lacks the necessary skills, knowledge and"
                + " experience, take such steps as it considers necessary to address or mitigate that"
                + " shortcoming."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z49(a)", "review of skills", MUST,
                "(a) keep under review the skills, knowledge and experience that it considers necessary for members"
                    + " of the board to possess (when taken together) in order for the board effectively to carry"
                    + " out its functions, and"),
            limb("nhsa2006:14Z49(b)", "addressing shortcomings", MUST,
                "(b) if it considers that the board as constituted lacks the necessary skills, knowledge and"
                    + " experience, take such steps as it considers necessary to address or mitigate that"
                    + " shortcoming."))
        .addNotes(
            INSERTED_JULY_2022,
            "Not one of the \"general duties of integrated care boards\" of s.14Z52(2)(b)(i), but the annual"
                + " report must explain its discharge with them (s.14Z58(2)(a)).")
        .build();
  }

  private static StatutoryDuty s14Z51() {
    return duty("nhsa2006:14Z51", "Regard to NHS England guidance", false, ICB, MUST_HAVE_REGARD_TO,
            "Have regard to NHS England's guidance for integrated care boards on the discharge of their functions")
        .provision(DutyId.of("nhsa2006:14Z51").toLegalReference().subdivision("(2)"))
        .text("Each integrated care board must have regard to guidance under this section.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            INSERTED_JULY_2022,
            "The guidance is NHS England's under subsection (1): \"NHS England must publish guidance for integrated"
                + " care boards on the discharge of their functions.\"")
        .build();
  }

  private static StatutoryDuty s14Z52() {
    return duty("nhsa2006:14Z52", "forward plan", true, ICB_AND_PARTNER_TRUSTS, MUST,
            "Before each financial year, prepare, publish and share a plan for exercising their functions over the"
                + " next five years, and have regard to it")
        .text(lines(
            "(1) Before the start of each financial year, an integrated care board and its partner NHS trusts and"
                + " NHS foundation trusts must prepare a plan setting out how they propose to exercise their"
                + " functions in the next five years.",
            "(2) The plan must, in particular—",
            "(a) describe the health services for which the integrated care board proposes to make arrangements in"
                + " the exercise of its functions by virtue of this Act;",
            "(b) explain how the integrated care board proposes to discharge its duties under—",
            "(i) sections 14Z34 to 14Z45 (general duties of integrated care boards), and",
            "(ii) sections 223GB to 223N (financial duties);",
            "(c) set out any steps that the integrated care board proposes to take to implement any joint local"
                + " health and wellbeing strategy to which it is required to have regard under section 116B(1) of"
                + " the Local Government and Public Involvement in Health Act 2007;",
            "(d) set out any steps that the integrated care board proposes to take to address the particular needs"
                + " of children and young persons under the age of 25;",
            "(e) set out any steps that the integrated care board proposes to take to address the particular needs"
                + " of victims of abuse (including domestic abuse and sexual abuse, whether of children or"
                + " adults).",
            "(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must publish the"
                + " plan.",
            "(4) The integrated care board and its partner NHS trusts and NHS foundation trusts must give a copy of"
                + " the plan to—",
            "(a) the integrated care partnership for the board's area,",
            "(b) each relevant Health and Wellbeing Board, and",
            "(c) NHS England.",
            "(5) NHS England may give a direction as to the date by which subsection (4) must be complied with.",
            "(6) An integrated care board and its partner NHS trusts and NHS foundation trusts must have regard to"
                + " the plan under subsection (1).",
            "(7) In this Chapter \"relevant Health and Wellbeing Board\", in relation to an integrated care board"
                + " (or an integrated care board and its partner NHS trusts and NHS foundation trusts), means a"
                + " Health and Wellbeing Board established by a local authority whose area coincides with, or"
                + " includes the whole or any part of, the area of the integrated care board.",
            "(8) In this Act \"financial year\", in relation to an integrated care board, means— (a) the period"
                + " beginning with the date on which the integrated care board is established and ending with the"
                + " 31 March following that date, and (b) each successive period of twelve months."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z58(2)(b)", "section 14Z52 (forward plan)"),
            "For the financial year ending 31 March 2023, ss.14Z52(1) to (6) and 14Z53 to 14Z55 did not apply"
                + " (S.I. 2022/734 reg 33).",
            "Related: s.14Z53 (revision), s.14Z54 (consultation, including each relevant Health and Wellbeing"
                + " Board) and s.14Z55 (a Health and Wellbeing Board's opinion to NHS England).")
        .build();
  }

  private static StatutoryDuty s14Z56() {
    return duty("nhsa2006:14Z56", "capital resource use plan", true, ICB_AND_PARTNER_TRUSTS, MUST,
            "Before each financial year, prepare a plan of planned capital resource use, publish it and give it to"
                + " the integrated care partnership, each relevant Health and Wellbeing Board and NHS England")
        .text("Before the start of each financial year, an integrated care board and its partner NHS trusts and NHS"
            + " foundation trusts must prepare a plan setting out their planned capital resource use.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            INSERTED_JULY_2022,
            citedIn("s.14Z58(2)(b)", "section 14Z56 (capital resource use plan)"),
            "Only the words imposing the duty to prepare the plan are held, and the subsection that holds them is"
                + " not recorded, so the provision is the whole section. The section also requires the plan to be"
                + " published and given to the integrated care partnership, each relevant Health and Wellbeing"
                + " Board and NHS England. s.14Z57 governs revision.")
        .build();
  }

  private static StatutoryDuty s14Z58() {
    return duty("nhsa2006:14Z58", "Annual report", true, ICB, MUST,
            "Prepare, send to NHS England and publish an annual report on how the board discharged its functions,"
                + " including its general duties and mental health spending")
        .text(lines(
            "(1) An integrated care board must, in each financial year, prepare a report (an \"annual report\") on"
                + " how it has discharged its functions in the previous financial year.",
            "(2) An annual report must, in particular—",
            "(a) explain how the integrated care board has discharged its duties under sections 14Z34 to 14Z45 and"
                + " 14Z49 (general duties of integrated care boards),",
            "(b) review the extent to which the board has exercised its functions in accordance with the plans"
                + " published under—",
            "section 14Z52 (forward plan), and",
            "section 14Z56 (capital resource use plan),",
            "(c) review the extent to which the board has exercised its functions consistently with NHS England's"
                + " views set out in the latest statement published under section 13SA(1) (views about how"
                + " functions relating to inequalities information should be exercised), and",
            "(d) review any steps that the board has taken to implement any joint local health and wellbeing"
                + " strategy to which it was required to have regard under section 116B(1) of the Local Government"
                + " and Public Involvement in Health Act 2007.",
            "(3) In undertaking the review required by subsection (2)(d), an integrated care board must consult"
                + " each relevant Health and Wellbeing Board.",
            "(4) An annual report must include—",
            "(a) a statement of the amount of expenditure incurred by the integrated care board during the"
                + " financial year in relation to mental health,",
            "(b) a calculation of the proportion of the expenditure incurred by the integrated care board during"
                + " the financial year that relates to mental health, and",
            "(c) an explanation of the statement and calculation.",
            "(5) NHS England may give directions to integrated care boards as to the form and content of an annual"
                + " report.",
            "(6) An integrated care board must—",
            "(a) give a copy of its annual report to NHS England before the date specified by NHS England in a"
                + " direction, and",
            "(b) publish a copy of the annual report."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            INSERTED_JULY_2022,
            "The short title is the section's heading on legislation.gov.uk, under the cross-heading \"Forward"
                + " planning and reports\".",
            "NHS England's guidance reads the section as requiring \"an explanation as to how an ICB has discharged"
                + " its legal duties on public involvement and consultation\".")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Added after the law review of December 2026 (items M-01 to M-15)
  // ---------------------------------------------------------------------------------------------------------

  /**
   * The source of texts the library's legal sources hold only in part: the revised text of the Health and Care Act
   * 2022 published on legislation.gov.uk, as mirrored in a public repository at a fixed commit.
   */
  static final String L1_SOURCE =
      "Text from the Health and Care Act 2022 (c. 31), revised text (https://www.legislation.gov.uk/ukpga/2022/31),"
          + " as mirrored in legalize-dev/legalize-uk uk/ukpga-2022-31.md @ 09ea8d697e6f451beccfe7569a76e7d57169c2c5.";

  private static final String CONSTITUTION_NOT_RECORDED =
      "A configuration does not record the text of the ICB's constitution, so no rule checks this paragraph;"
          + " validation reports list it among the provisions not checked.";

  private static StatutoryDuty s3() {
    return duty("nhsa2006:3", "Commissioning hospital and other health services", false, ICB, MUST,
            "Arrange hospital, medical, dental, ophthalmic, nursing, ambulance, maternity, palliative and other"
                + " services to meet the reasonable requirements of the people for whom it has responsibility")
        .text(lines(
            "(1) An integrated care board must arrange for the provision of the following to such extent as it"
                + " considers necessary to meet the reasonable requirements of the people for whom it has"
                + " responsibility—",
            "(a) hospital accommodation,",
            "(b) other accommodation for the purpose of any service provided under this Act,",
            "(c) medical services other than primary medical services (for primary medical services, see Part 4),",
            "(d) dental services other than primary dental services (for primary dental services, see Part 5),",
            "(e) ophthalmic services other than primary ophthalmic services (for primary ophthalmic services, see"
                + " Part 6),",
            "(f) nursing and ambulance services,",
            "(g) such other services or facilities for the care of pregnant women, women who are breastfeeding and"
                + " young children as the board considers are appropriate as part of the health service,",
            "(h) such other services or facilities for palliative care as the board considers are appropriate as"
                + " part of the health service,",
            "(i) such other services or facilities for the prevention of illness, the care of persons suffering"
                + " from illness and the after-care of persons who have suffered from illness as the board considers"
                + " are appropriate as part of the health service, and",
            "(j) such other services or facilities as are required for the diagnosis and treatment of illness.",
            "(2) For the purposes of this section an integrated care board has responsibility for—",
            "(a) the group of people for whom it has core responsibility (see section 14Z31), and",
            "(b) such other people as may be prescribed (whether generally or in relation to a prescribed service"
                + " or facility).",
            "(3) The duty imposed on an integrated care board by subsection (1) to arrange for the provision of"
                + " services or facilities does not apply to the extent that—",
            "(a) NHS England has a duty to arrange for their provision;",
            "(b) another integrated care board has a duty to arrange for their provision by virtue of subsection"
                + " (2)(b).",
            "(4) In exercising its functions under this section, an integrated care board must act consistently"
                + " with—",
            "(a) the discharge by the Secretary of State and NHS England of their duty under section 1(1) (duty to"
                + " promote a comprehensive health service), and",
            "(b) the objectives and requirements for the time being specified in the mandate published under"
                + " section 13A."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            "Substituted by Health and Care Act 2022 s.21, in force on 1 July 2022 (S.I. 2022/734, Schedule).",
            L1_SOURCE,
            "The ICB's defining function (s.1I). What to arrange is the board's judgement (\"to such extent as it"
                + " considers necessary\"); a configuration records no commissioning arrangements, so no rule"
                + " checks it. Related: s.3A (a power to arrange further services); primary care under Parts 4 to"
                + " 6 (ss.82B and 99 among others), not catalogued here.")
        .build();
  }

  private static StatutoryDuty s13UA() {
    return duty("nhsa2006:13UA", "Guidance about joint appointments", false, RELEVANT_NHS_BODIES, MUST_HAVE_REGARD_TO,
            "Have regard to NHS England's guidance on joint appointments between NHS commissioners and providers,"
                + " or with local or combined authorities")
        .provision(LegalReference.section(Act.NHS_ACT_2006, "13UA").subdivision("(3)"))
        .text("(3) A relevant NHS body must have regard to guidance published under this section.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Inserted by Health and Care Act 2022 s.74, in force on 1 July 2022 (S.I. 2022/734, Schedule).",
            L1_SOURCE,
            "Subsection (2) defines the joint appointments: a position in \"(a) one or more relevant NHS commissioner"
                + " and one or more relevant NHS provider, (b) one or more relevant NHS body and one or more local"
                + " authority, or (c) one or more relevant NHS body and one or more combined authority\". An ICB is a"
                + " relevant NHS commissioner, so a post shared only between ICBs (commissioner with commissioner)"
                + " is not within subsection (2): the guidance reaches a cluster's shared post only where an NHS"
                + " trust, an NHS foundation trust, or a local or combined authority is also party to it. Whether NHS England has"
                + " published such guidance, and what it says, is not recorded in the library's sources.")
        .build();
  }

  private static StatutoryDuty s14Z29() {
    return duty("nhsa2006:14Z29", "Publication of the constitution", false, ICB, MUST,
            "Publish the constitution, as varied from time to time")
        .text("Each integrated care board must publish its constitution (as varied from time to time by order under"
            + " section 14Z25 or under provision included in its constitution by virtue of paragraph 15 of Schedule"
            + " 1B).")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Inserted by Health and Care Act 2022 s.19(2); s.19 (so far as not already in force) came into force on"
                + " 1 July 2022 (S.I. 2022/734, Schedule).",
            L1_SOURCE,
            "Checked by constitution.published against the ICB's constitutionPublished flag.")
        .build();
  }

  private static StatutoryDuty s14Z54() {
    return duty("nhsa2006:14Z54", "Consultation on the joint forward plan", false, ICB_AND_PARTNER_TRUSTS, MUST,
            "Consult the population and others on the joint forward plan, involve and consult each relevant Health"
                + " and Wellbeing Board, and include in the published plan a summary of views and each board's"
                + " final opinion")
        .text(lines(
            "(2) The integrated care board and its partner NHS trusts and NHS foundation trusts must consult—",
            "(a) the group of people for whom the integrated care board has core responsibility, and",
            "(b) any other persons they consider it appropriate to consult.",
            "(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must involve each"
                + " relevant Health and Wellbeing Board in preparing or revising the plan.",
            "(4) The integrated care board and its partner NHS trusts and NHS foundation trusts must, in"
                + " particular—",
            "(a) give each relevant Health and Wellbeing Board a draft of the plan or (as the case may be) the plan"
                + " as revised, and",
            "(b) consult each relevant Health and Wellbeing Board on whether the draft takes proper account of each"
                + " joint local health and wellbeing strategy published by it which relates to the period (or any"
                + " part of the period) to which the plan relates.",
            "(8) An integrated care board and its partner NHS trusts and NHS foundation trusts must include in a"
                + " plan published under section 14Z52(3)—",
            "(a) a summary of the views expressed by anyone consulted under subsection (2),",
            "(b) an explanation of how they took account of those views, and",
            "(c) a statement of the final opinion of each relevant Health and Wellbeing Board consulted in relation"
                + " to the plan under subsection (4)."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:14Z54(2)", "consultation", MUST,
                "(2) The integrated care board and its partner NHS trusts and NHS foundation trusts must consult—",
                "(a) the group of people for whom the integrated care board has core responsibility, and",
                "(b) any other persons they consider it appropriate to consult."),
            limb("nhsa2006:14Z54(3)", "involvement of each relevant Health and Wellbeing Board", MUST,
                "(3) The integrated care board and its partner NHS trusts and NHS foundation trusts must involve each"
                    + " relevant Health and Wellbeing Board in preparing or revising the plan."),
            limb("nhsa2006:14Z54(8)", "contents of the published plan", MUST,
                "(8) An integrated care board and its partner NHS trusts and NHS foundation trusts must include in a"
                    + " plan published under section 14Z52(3)—",
                "(a) a summary of the views expressed by anyone consulted under subsection (2),",
                "(b) an explanation of how they took account of those views, and",
                "(c) a statement of the final opinion of each relevant Health and Wellbeing Board consulted in"
                    + " relation to the plan under subsection (4)."))
        .addNotes(
            INSERTED_JULY_2022,
            L1_SOURCE,
            "The section applies where the plan is being prepared under s.14Z52 or significantly revised under"
                + " s.14Z53 (subsection (1)); subsections (1), (5) to (7) and (9) are not held here. For the"
                + " financial year ending 31 March 2023 ss.14Z53 to 14Z55 did not apply (S.I. 2022/734 reg 33(2)).",
            "Subsection (8) is checked by plan.jfp-consultation where the configuration records it; the"
                + " consultation itself is not recorded. s.14Z55 lets a relevant Health and Wellbeing Board give NHS England its opinion of the"
                + " published plan.")
        .build();
  }

  private static StatutoryDuty s14Z59() {
    return duty("nhsa2006:14Z59", "Performance assessment of integrated care boards", false, NHS_ENGLAND, MUST,
            "NHS England assesses each ICB's performance each year, in particular on the duties listed in"
                + " s.14Z59(3), and publishes a summary")
        .text(lines(
            "(1) NHS England must conduct a performance assessment of each integrated care board in respect of each"
                + " financial year.",
            "(2) A performance assessment is an assessment of how well the integrated care board has discharged its"
                + " functions during that year.",
            "(3) The assessment must, in particular, include an assessment of how well the integrated care board has"
                + " discharged its duties under—",
            "(a) section 14Z34 (improvement in quality of services),",
            "(b) section 14Z35 (reducing inequalities),",
            "(c) section 14Z38 (obtaining appropriate advice),",
            "(d) section 14Z40 (duty in respect of research),",
            "(e) section 14Z43 (duty to have regard to effect of decisions),",
            "(f) section 14Z45 (public involvement and consultation),",
            "(g) sections 223GB to 223N (financial duties), and",
            "(h) section 116B(1) of the Local Government and Public Involvement in Health Act 2007 (duty to have"
                + " regard to assessments and strategies).",
            "(6) NHS England must publish a report in respect of each financial year containing a summary of the"
                + " results of each performance assessment conducted by NHS England in respect of that year."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            INSERTED_JULY_2022,
            L1_SOURCE,
            "NHS England's duty, not the ICB's: it is catalogued because it is the accountability framework the"
                + " ICB's duties answer to (DutyGroup.PERFORMANCE_ASSESSMENT lists the duties of subsection (3)). By"
                + " subsection (4) NHS England must consult each relevant Health and Wellbeing Board. Under s.14Z60"
                + " NHS England may require information from an ICB, which \"must be provided in such form, and at"
                + " such time or within such period, as NHS England may require\".")
        .build();
  }

  private static StatutoryDuty s14Z61() {
    return duty("nhsa2006:14Z61", "Intervention by NHS England", false, NHS_ENGLAND, MAY,
            "Where an ICB is failing or likely to fail, NHS England may direct it, make it or its chief executive"
                + " cease functions, and terminate the chief executive's appointment")
        .text(lines(
            "(1) This section applies if NHS England is satisfied that—",
            "(a) an integrated care board is failing or has failed to discharge any of its functions, or",
            "(b) there is a significant risk that an integrated care board will fail to do so.",
            "(4) NHS England may—",
            "(a) terminate the appointment of the integrated care board's chief executive, and",
            "(b) direct the chair of the board as to which individual to appoint as a replacement and on what"
                + " terms.",
            "(9) For the purposes of this section—",
            "(a) a failure to discharge a function includes a failure to discharge it properly, and",
            "(b) a failure to discharge a function properly includes a failure to discharge it consistently with"
                + " what NHS England considers to be the interests of the health service."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            INSERTED_JULY_2022,
            L1_SOURCE,
            "Powers of NHS England rather than duties (strength: may); catalogued so that the consequences of failing the ICB's"
                + " duties are visible. Subsections (2), (3) and (5) to (8) (directions, ceasing functions, exercise"
                + " by NHS England or another ICB) are not held here. Section 14Z62(1): NHS England must consult"
                + " before directing another ICB or chief executive. A configuration cannot show NHS England's"
                + " satisfaction, so no rule checks this section.")
        .build();
  }

  private static StatutoryDuty s14Z62() {
    return duty("nhsa2006:14Z62", "Co-operation with a replacement chief executive", false, ICB, MUST,
            "Where NHS England directs an ICB's chief executive to cease functions, the ICB co-operates with the"
                + " chief executive directed to perform them")
        .provision(LegalReference.section(Act.NHS_ACT_2006, "14Z62").subdivision("(2)"))
        .text("(2) Where a direction is given under section 14Z61(3)(b) to the chief executive of an integrated care"
            + " board, that board must co-operate with any chief executive to whom a direction is given under"
            + " subsection (8)(b).")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(INSERTED_JULY_2022, L1_SOURCE)
        .build();
  }

  private static StatutoryDuty s65Z7() {
    return duty("nhsa2006:65Z7", "Joint working and delegation: guidance", false, RELEVANT_NHS_BODIES,
            MUST_HAVE_REGARD_TO,
            "Have regard to NHS England's guidance on delegating functions and exercising them jointly under"
                + " ss.65Z5 and 65Z6")
        .provision(LegalReference.section(Act.NHS_ACT_2006, "65Z7").subdivision("(2)"))
        .text("(2) A relevant body must have regard to any guidance published under this section.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Inserted by Health and Care Act 2022 s.71, in force on 1 July 2022 (S.I. 2022/734, Schedule).",
            L1_SOURCE,
            "Sections 65Z5 and 65Z6 confer powers, not duties: \"(1) A relevant body may arrange for any functions"
                + " exercisable by it to be exercised by or jointly with any one or more of the following— (a) a"
                + " relevant body; (b) a local authority (within the meaning of section 2B); (c) a combined"
                + " authority.\" (s.65Z5(1)); jointly exercisable functions may be exercised by a joint committee"
                + " (s.65Z6(2)(a)). Place committees, delegations to provider collaboratives and cluster joint"
                + " committees rest on them. Regulations under s.65Z5(3) limit the power; they are not in the"
                + " library's sources.")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Schedule 1B paragraphs the board rules rest on (law review of 7 December 2026, item C-X5). Texts verbatim from
  // the library's legal sources (Health and Care Act 2022 Sch. 2, as confirmed against legislation.gov.uk for the
  // paragraph numbers); where those sources hold no verbatim text, none is held and the notes say so.
  // ---------------------------------------------------------------------------------------------------------

  private static final String SCHEDULE_1B_IN_FORCE =
      "Inserted by Health and Care Act 2022 Sch. 2; Schedule 1B Part 1 was in force on 9 May 2022 for the purpose of"
          + " inserting it, and fully from 1 July 2022.";

  private static StatutoryDuty sch1B1() {
    return duty("nhsa2006:sch1B.1", "Constitution", false, ICB, MUST, "The ICB has a constitution")
        .text("An integrated care board must have a constitution.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "The establishing order must provide for the constitution (s.14Z25(5))."
            + " A configuration does not record the constitution itself (only whether it is published, for"
            + " s.14Z29), so no rule checks this paragraph.")
        .build();
  }

  private static StatutoryDuty sch1B2() {
    return duty("nhsa2006:sch1B.2", "Name and area", false, ICB, MUST,
            "The constitution specifies the ICB's name and the area for which it is established")
        .text("The constitution must specify— (a) the name of the integrated care board, and (b) the area for which it"
            + " is established.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, CONSTITUTION_NOT_RECORDED
            + " The reference-data checks compare a configuration's ICB name and footprint with the official ones;"
            + " they are data checks, not checks of this paragraph.")
        .build();
  }

  private static StatutoryDuty sch1B3() {
    return duty("nhsa2006:sch1B.3", "Membership: general", false, ICB, MUST,
            "The board consists of a chair, a chief executive and at least three other members")
        .text(lines(
            "(1) The constitution must provide for the integrated care board to consist of— (a) a chair (see paragraphs"
                + " 5 and 6), (b) a chief executive (see paragraph 7), and (c) at least three other members (see"
                + " paragraph 8).",
            "(2) In this Part of this Schedule a reference to an \"ordinary member\" is to a member other than the"
                + " chair or chief executive."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "Checked by board.chair-count, board.chief-executive-count and"
            + " board.ordinary-member-count against the board the configuration records.")
        .build();
  }

  private static StatutoryDuty sch1B4() {
    return duty("nhsa2006:sch1B.4", "Independence of members", false, ICB, MUST,
            "No one is appointed a member whose appointment could reasonably be regarded as undermining the"
                + " independence of the health service")
        .text("The constitution must prohibit a person from appointing someone as a member (\"the candidate\") if they"
            + " consider that the appointment could reasonably be regarded as undermining the independence of the"
            + " health service because of the candidate's involvement with the private healthcare sector or"
            + " otherwise.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "Checked by board.independence where the configuration records a member's"
            + " private healthcare involvement as assessed to undermine independence.")
        .build();
  }

  private static StatutoryDuty sch1B5() {
    return duty("nhsa2006:sch1B.5", "Appointment of the chair", false, ICB, MUST,
            "The chair is appointed by NHS England with the approval of the Secretary of State")
        .text("The constitution must provide for the chair to be appointed by NHS England, with the approval of the"
            + " Secretary of State.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "Checked by board.chair-appointment where the configuration records the"
            + " appointment.")
        .build();
  }

  private static StatutoryDuty sch1B7() {
    return duty("nhsa2006:sch1B.7", "Appointment of the chief executive", false, ICB, MUST,
            "The chief executive is appointed by the chair with NHS England's approval and is an employee of the ICB")
        .text(lines(
            "(1) The constitution must provide for the chief executive to be appointed by the chair, with the approval"
                + " of NHS England.",
            "(2) The constitution must provide that a person is eligible to become or remain the chief executive only"
                + " if the person is an employee of the integrated care board."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "Sub-paragraph (1) is checked by board.chief-executive-appointment, (2) by"
            + " board.chief-executive-employed and cluster.shared-chief-executive-at-each-icb, where the"
            + " configuration records the facts. Paragraph 19(4) extends \"employee\" here to certain secondees.")
        .build();
  }

  private static StatutoryDuty sch1B9() {
    return duty("nhsa2006:sch1B.9", "Further provision about members", false, ICB, MAY,
            "The constitution may make further provision about appointment, qualification and disqualification,"
                + " tenure and terms of members")
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "No text is held: the library's legal sources summarise the paragraph"
            + " without quoting it whole (the constitution may make further provision on how members are appointed,"
            + " \"qualification and disqualification for membership\", tenure, re-appointment, terms and validation"
            + " of proceedings). A power, not a duty. board.disqualified rests on an ICB constitution made under it.")
        .build();
  }

  private static StatutoryDuty sch1B10() {
    return duty("nhsa2006:sch1B.10", "Membership regulations", false, ICB, MUST,
            "The constitution complies with any membership requirements imposed by regulations")
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "No text is held: the library's legal sources quote only the words \"must"
            + " comply with any requirements in connection with membership that are imposed by regulations\". Which"
            + " regulations have been made, and what they require, is not in those sources (UNCONFIRMED), so no rule"
            + " checks this paragraph.")
        .build();
  }

  private static StatutoryDuty sch1B19() {
    return duty("nhsa2006:sch1B.19", "Secondees as employees", false, ICB, MUST,
            "For the chief executive's eligibility, certain secondees count as employees of the ICB")
        .provision(LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "19").subdivision("(4)"))
        .inForceFrom(JULY_2022)
        .addNotes(SCHEDULE_1B_IN_FORCE, "No text is held: the library's legal sources record only that paragraph"
            + " 19(4) extends \"employee\" in paragraph 7(2) to certain secondees; the list of bodies a secondee may"
            + " come from is not quoted there. A configuration records a secondee within paragraph 19(4) as"
            + " employed (employedByIcb), but not where the secondee comes from, so whether a secondment falls within"
            + " the paragraph is not checked.")
        .build();
  }

  private static StatutoryDuty sch1B6() {
    return duty("nhsa2006:sch1B.6", "Removal of the chair", false, ICB, MUST,
            "The constitution gives power to remove the chair only to NHS England, subject to the Secretary of"
                + " State's approval")
        .text("The constitution may not confer power to remove the chair from office on any person other than NHS"
            + " England, and any such power must be expressed to be subject to the approval of the Secretary of"
            + " State.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(CONSTITUTION_NOT_RECORDED)
        .build();
  }

  private static StatutoryDuty sch1B8() {
    return duty("nhsa2006:sch1B.8", "Appointment of ordinary members", false, ICB, MUST,
            "The constitution says who appoints the ordinary members, makes each appointment subject to the"
                + " chair's approval, and sets out the nominating process")
        .text("(1) The constitution must— (a) specify who is to appoint the ordinary members, and (b) provide that"
            + " the appointment of an ordinary member is subject to the approval of the chair.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Paragraph 8(1)(b) is checked by board.ordinary-member-approval, 8(2) by the board.partner-member rules"
                + " and 8(6) by board.mental-health-expertise; 8(1)(a) is not checked. " + CONSTITUTION_NOT_RECORDED,
            "Paragraph 8(3) to (5), quoted only in part in the library's legal sources: the constitution must set out the"
                + " nominating process, and nominators \"must have regard to any guidance published by NHS England"
                + " in relation to the selection of candidates\". A configuration does not record the process.")
        .build();
  }

  private static StatutoryDuty sch1B11() {
    return duty("nhsa2006:sch1B.11", "Arrangements for exercising functions", false, ICB, MUST,
            "The constitution specifies arrangements for the exercise of functions; commissioning committees'"
                + " members are approved or appointed by the chair, and none undermines independence")
        .text(lines(
            "(1) The constitution must specify arrangements for the exercise of the integrated care board's"
                + " functions (including its functions in determining the terms and conditions of its employees).",
            "(4) If the constitution includes provision under this paragraph allowing committees or sub-committees"
                + " to exercise commissioning functions, the constitution must—",
            "(a) provide for the members of any such committee or sub-committee to be approved or appointed by the"
                + " chair of the integrated care board, and",
            "(b) prohibit the chair from approving or appointing someone as a member of any such committee or"
                + " sub-committee (\"the candidate\") if the chair considers that the appointment could reasonably be"
                + " regarded as undermining the independence of the health service because of the candidate's"
                + " involvement with the private healthcare sector or otherwise."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:sch1B.11(4)(a)", "committee members approved or appointed by the chair", MUST,
                "(a) provide for the members of any such committee or sub-committee to be approved or appointed by"
                    + " the chair of the integrated care board, and"),
            limb("nhsa2006:sch1B.11(4)(b)", "no appointment undermining independence", MUST,
                "(b) prohibit the chair from approving or appointing someone as a member of any such committee or"
                    + " sub-committee (\"the candidate\") if the chair considers that the appointment could"
                    + " reasonably be regarded as undermining the independence of the health service because of the"
                    + " candidate's involvement with the private healthcare sector or otherwise."))
        .addNotes(
            L1_SOURCE,
            "Sub-paragraph (4)(a) is checked by committee.members-approved-by-chair where the configuration records"
                + " approvedByChair; (4)(b) by committee.independence. Sub-paragraph (1) is the statutory hook for"
                + " the remuneration committee (law review item X-06); the opt-in remuneration rules still take a"
                + " basis the user supplies.")
        .build();
  }


  private static StatutoryDuty sch1B12() {
    return duty("nhsa2006:sch1B.12", "Procedure and transparency", false, ICB, MUST,
            "The constitution specifies the board's decision-making procedure and transparency about its decisions")
        .text(lines(
            "(1) The constitution must specify the procedure to be followed by the integrated care board in making"
                + " decisions.",
            "(2) The constitution must also specify the arrangements to be made by the integrated care board for"
                + " securing that there is transparency about the decisions of the board and the manner in which"
                + " they are made."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(L1_SOURCE, CONSTITUTION_NOT_RECORDED)
        .build();
  }


  private static StatutoryDuty sch1B13() {
    return duty("nhsa2006:sch1B.13", "Conflicts of interest arrangements", false, ICB, MUST,
            "The constitution sets out arrangements for discharging s.14Z30(1) to (4) and the principles to be"
                + " followed")
        .text(lines(
            "The constitution must include—",
            "(a) provision about the arrangements to be made by the integrated care board for discharging its"
                + " functions under section 14Z30(1) to (4), and",
            "(b) a statement of the principles to be followed by the board in implementing those arrangements."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(L1_SOURCE, CONSTITUTION_NOT_RECORDED)
        .build();
  }


  private static StatutoryDuty sch1B14() {
    return duty("nhsa2006:sch1B.14", "Public involvement arrangements", false, ICB, MUST,
            "The constitution sets out arrangements for discharging s.14Z45(2) and the principles to be followed")
        .text(lines(
            "The constitution must include—",
            "(a) provision about the arrangements to be made by the integrated care board for discharging its"
                + " functions under section 14Z45(2), and",
            "(b) a statement of the principles to be followed by the board in implementing those arrangements."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(L1_SOURCE, CONSTITUTION_NOT_RECORDED)
        .build();
  }


  private static StatutoryDuty sch1B15() {
    return duty("nhsa2006:sch1B.15", "Variation of the constitution", false, ICB, MUST,
            "The power to vary the constitution includes NHS England's own power to vary it, and needs NHS"
                + " England's approval for any other variation")
        .text(lines(
            "(1) The constitution must include a power to vary the constitution in accordance with a procedure set"
                + " out there.",
            "(2) The provision made by the constitution in accordance with sub-paragraph (1) must—",
            "(a) include power for NHS England to vary the constitution on its own initiative, and",
            "(b) require NHS England's approval to be obtained before any other variation is made."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(L1_SOURCE, CONSTITUTION_NOT_RECORDED,
            "HCA 2022's s.14Z28(4) text refers to \"paragraph 14 of Schedule 1B\" for variation, while s.14Z29"
                + " refers to paragraph 15; the variation power itself is in paragraph 15.")
        .build();
  }


  private static StatutoryDuty sch1B22() {
    return duty("nhsa2006:sch1B.22", "Accounts", false, ICB, MUST,
            "Keep proper accounts, prepare annual accounts, have them audited, and send audited accounts to NHS"
                + " England")
        .text(lines(
            "(1) An integrated care board must keep proper accounts and proper records in relation to the"
                + " accounts.",
            "(2) An integrated care board must prepare annual accounts in respect of each financial year.",
            "(5) For the audit of the annual accounts, see the Local Audit and Accountability Act 2014 (and, in"
                + " particular, section 4 of that Act).",
            "(8) An integrated care board must send any audited accounts prepared under this paragraph to NHS"
                + " England by the date specified in a direction by NHS England."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(L1_SOURCE,
            "Sub-paragraphs (3), (4), (6), (7) and (9) (NHS England's directions and the Comptroller and Auditor"
                + " General) are not held here. A configuration records no accounts, so no rule checks this"
                + " paragraph.")
        .build();
  }


  private static StatutoryDuty s116() {
    return duty("lgpiha2007:116", "Joint strategic needs assessment", false,
            RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, MUST,
            "Prepare an assessment of relevant needs for each responsible local authority's area, the authority and"
                + " each partner ICB together")
        .text("An assessment of relevant needs must be prepared in relation to the area of each responsible local"
            + " authority.")
        .textVersion(REVISED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Subsection (1), current text (Local Government and Public Involvement in Health Act 2007, revised,"
                + " https://www.legislation.gov.uk/ukpga/2007/28). Subsection (4): it is for \"(a) the responsible local authority, and"
                + " (b) each of its partner integrated care boards\" to prepare it (paragraph (b) substituted by"
                + " Health and Care Act 2022 s.26(3), in force on 1 July 2022). Under Health and Social Care Act 2012"
                + " s.196(1) the functions are exercised by the Health and Wellbeing Board.",
            "Subsection (8): the preparers must co-operate, have regard to the Secretary of State's guidance,"
                + " \"involve the Local Healthwatch organisation\" and \"involve the people who live or work in that"
                + " area\". The icsmodel/1 format records needs assessments (published, given to the partnership)"
                + " but no rule checks this section.")
        .build();
  }

  private static StatutoryDuty s116A() {
    return duty("lgpiha2007:116A", "Joint local health and wellbeing strategy", false,
            RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, MUST,
            "On receiving an integrated care strategy, prepare a joint local health and wellbeing strategy, or"
                + " decide that the existing one is sufficient")
        .inForceFrom(JULY_2022)
        .addNotes(
            "Amended by Health and Care Act 2022 s.26(5), in force on 1 July 2022. No text is held: the library's"
                + " legal sources record the duty to prepare the strategy without quoting it, and quote only the"
                + " relief in subsection (2A), that the authority and its partner ICBs \"need not prepare a new joint"
                + " local health and wellbeing strategy if, having considered the integrated care strategy, they"
                + " consider that the existing joint local health and wellbeing strategy is sufficient\". Exercised by the Health and Wellbeing Board (Health and Social Care Act 2012"
                + " s.196(1)). Not checked by any rule.")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // National Health Service Act 2006: co-operation
  // ---------------------------------------------------------------------------------------------------------

  private static StatutoryDuty s72() {
    return duty("nhsa2006:72", "Co-operation between NHS bodies", false, NHS_BODIES, MUST,
            "NHS bodies must co-operate with each other in exercising their functions")
        .provision(DutyId.of("nhsa2006:72").toLegalReference().subdivision("(1)"))
        .text("It is the duty of NHS bodies to co-operate with each other in exercising their functions.")
        .textVersion(REVISED)
        .addNotes(
            "The commencement date of subsection (1) is not recorded in this catalogue's sources.",
            "Subsections (1A) and (1B), inserted by Health and Care Act 2022 s.75(2) (in force 1 July 2022), let"
                + " the Secretary of State publish guidance on the duty in relation to England and require an NHS"
                + " body other than a Welsh NHS body to have regard to it. Whether such guidance has been published"
                + " is unconfirmed.",
            "For this section NICE is an NHS body (subsection (2)). Subsection (4) was omitted by S.I. 2023/368"
                + " Sch. 1 para 9(13).",
            "\"NHS body\" is defined in s.275(1): \"NHS England, an integrated care board, a Special Health"
                + " Authority, an NHS trust, an NHS foundation trust, and a Local Health Board\".")
        .build();
  }

  private static StatutoryDuty s82() {
    return duty("nhsa2006:82", "Co-operation between NHS bodies and local authorities", false,
            NHS_BODIES_AND_LOCAL_AUTHORITIES, MUST,
            "NHS bodies and local authorities must co-operate to secure and advance the health and welfare of the"
                + " people")
        .provision(DutyId.of("nhsa2006:82").toLegalReference().subdivision("(1)"))
        .text("In exercising their respective functions NHS bodies (on the one hand) and local authorities (on the"
            + " other) must co-operate with one another in order to secure and advance the health and welfare of"
            + " the people of England and Wales.")
        .textVersion(REVISED)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            "The commencement date of subsection (1) is not recorded in this catalogue's sources.",
            "Health and Care Act 2022 s.75(3) numbered the existing words as subsection (1) and inserted"
                + " subsections (2) to (4): the Secretary of State may publish guidance on the duty in relation to"
                + " England, and an NHS body other than a Welsh NHS body and a local authority in England must"
                + " have regard to it. Whether such guidance has been published is unconfirmed.",
            "\"Local authority\" is defined in s.275(1): \"a county council, a county borough council, a district"
                + " council, a London borough council, and the Common Council of the City of London\".")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // National Health Service Act 2006: financial duties of integrated care boards (ss.223GB to 223N)
  // ---------------------------------------------------------------------------------------------------------

  private static StatutoryDuty s223GC() {
    return duty("nhsa2006:223GC", "Expenditure not to exceed sums received", false, ICB, MUST_ACT_WITH_A_VIEW_TO,
            "Exercise its functions with a view to its expenditure in a financial year not exceeding the sums it"
                + " receives in that year")
        .provision(DutyId.of("nhsa2006:223GC").toLegalReference().subdivision("(1)"))
        .text("An integrated care board must exercise its functions with a view to ensuring that expenditure"
            + " incurred by the board in a financial year does not exceed the sums received by it in that year.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            FINANCIAL_JULY_2022,
            "NHS England may direct what counts as expenditure or receipts (subsection (2)); sums allotted under"
                + " s.223G are treated as received in that year (subsection (3)).",
            "Health and Care Act 2022 s.30(2) would omit s.223GC, and s.30 would insert the joint duty in s.223LA."
                + " Whether and when s.30 was commenced is unconfirmed.")
        .build();
  }

  private static StatutoryDuty s223L() {
    return duty("nhsa2006:223L", "Joint financial objectives", false, ICB_AND_PARTNER_TRUSTS, MUST_SEEK_TO_ACHIEVE,
            "Seek to achieve any joint financial objectives NHS England sets for the board and its partner trusts")
        .provision(DutyId.of("nhsa2006:223L").toLegalReference().subdivision("(2)"))
        .text("An integrated care board and its partner NHS trusts and NHS foundation trusts must seek to achieve"
            + " any financial objectives set under this section.")
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            FINANCIAL_JULY_2022,
            "Subsection (1) is a power of NHS England, not a duty: \"NHS England may set joint financial objectives"
                + " for integrated care boards and their partner NHS trusts and NHS foundation trusts.\"")
        .build();
  }

  private static StatutoryDuty s223LA() {
    return duty("nhsa2006:223LA", "Joint break-even", false, ICB_AND_PARTNER_TRUSTS, MUST_ACT_WITH_A_VIEW_TO,
            "Exercise their functions with a view to their combined expenditure in a financial year not exceeding"
                + " the sums they receive")
        .provision(DutyId.of("nhsa2006:223LA").toLegalReference().subdivision("(1)"))
        .text("An integrated care board and its partner NHS trusts and NHS foundation trusts must exercise their"
            + " functions with a view to ensuring that their expenditure in a financial year (taken together) does"
            + " not exceed the aggregate of any sums received by them in the year.")
        .textVersion(AS_ENACTED)
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            "Inserted by Health and Care Act 2022 s.30, which is not among the provisions S.I. 2022/734 brought"
                + " into force. Whether and when s.30 was commenced is unconfirmed, so inForceFrom is empty and"
                + " the duty may not yet be in force.",
            "When commenced, s.30(2) also omits the board's own break-even duty in s.223GC.")
        .build();
  }

  private static StatutoryDuty s223M() {
    return duty("nhsa2006:223M", "Joint capital and revenue resource use limits", false, ICB_AND_PARTNER_TRUSTS,
            MUST_ACT_WITH_A_VIEW_TO,
            "Exercise their functions with a view to local capital and revenue resource use each financial year not"
                + " exceeding the limits NHS England directs")
        .provision(DutyId.of("nhsa2006:223M").toLegalReference().subdivision("(1)"))
        .text(lines(
            "Each integrated care board and its partner NHS trusts and NHS foundation trusts must exercise their"
                + " functions with a view to ensuring that, in respect of each financial year—",
            "(a) local capital resource use does not exceed the limit specified in a direction by NHS England;",
            "(b) local revenue resource use does not exceed the limit specified in a direction by NHS England."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("nhsa2006:223M(1)(a)", "capital", MUST_ACT_WITH_A_VIEW_TO,
                "(a) local capital resource use does not exceed the limit specified in a direction by NHS"
                    + " England;"),
            limb("nhsa2006:223M(1)(b)", "revenue", MUST_ACT_WITH_A_VIEW_TO,
                "(b) local revenue resource use does not exceed the limit specified in a direction by NHS"
                    + " England."))
        .addPurposes(ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY)
        .addNotes(
            FINANCIAL_JULY_2022,
            "A trust that is a partner of more than one integrated care board has its resource use apportioned as"
                + " NHS England directs (subsection (3)).")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Local Government and Public Involvement in Health Act 2007: integrated care partnerships and strategies
  // ---------------------------------------------------------------------------------------------------------

  private static StatutoryDuty s116ZA() {
    return duty("lgpiha2007:116ZA", "Establishment of the integrated care partnership", false,
            ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES, MUST,
            "The board and each responsible local authority in its area must establish a joint committee, the"
                + " integrated care partnership")
        .text(lines(
            "(1) An integrated care board and each responsible local authority whose area coincides with or falls"
                + " wholly or partly within the board's area must establish a joint committee for the board's area"
                + " (an \"integrated care partnership\").",
            "(2) The integrated care partnership for an area is to consist of—",
            "(a) one member appointed by the integrated care board,",
            "(b) one member appointed by each of the responsible local authorities, and",
            "(c) any members appointed by the integrated care partnership.",
            "(3) An integrated care partnership may determine its own procedure (including quorum)."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addNotes(
            "Inserted by Health and Care Act 2022 s.26(4); s.26 came into force on 1 July 2022 (S.I. 2022/734).",
            "\"Responsible local authority\" is defined in s.103 of the 2007 Act, read from an older version; whether"
                + " s.103 has since been amended is unconfirmed.")
        .build();
  }

  private static StatutoryDuty s116ZB() {
    return duty("lgpiha2007:116ZB", "Integrated care strategy", false, INTEGRATED_CARE_PARTNERSHIP, MUST,
            "Prepare, keep under review, publish and share an integrated care strategy for meeting the assessed"
                + " needs of its area")
        .text(lines(
            "(1) An integrated care partnership must prepare a strategy (an \"integrated care strategy\") setting"
                + " out how the assessed needs in relation to its area are to be met by the exercise of functions"
                + " of—",
            "(a) the integrated care board for its area,",
            "(b) NHS England, or",
            "(c) the responsible local authorities whose areas coincide with or fall wholly or partly within its"
                + " area.",
            "(2) In preparing a strategy under this section, an integrated care partnership must, in particular,"
                + " consider the extent to which the needs could be met more effectively by the making of"
                + " arrangements under section 75 of the National Health Service Act 2006 (rather than in any other"
                + " way).",
            "(3) In preparing a strategy under this section, an integrated care partnership must have regard to—",
            "(a) the mandate published by the Secretary of State under section 13A of the National Health Service"
                + " Act 2006, and",
            "(b) any guidance issued by the Secretary of State.",
            "(4) In preparing a strategy under this section, an integrated care partnership must—",
            "(a) involve the Local Healthwatch organisations whose areas coincide with or fall wholly or partly"
                + " within its area, and",
            "(b) involve the people who live or work in that area.",
            "(5) An integrated care partnership may include in a strategy under this section a statement of its"
                + " views on how arrangements for the provision of health-related services in its area could be"
                + " more closely integrated with arrangements for the provision of health services and social care"
                + " services in that area.",
            "(6) Each time that an integrated care partnership receives an assessment of relevant needs under"
                + " section 116(5A) it must—",
            "(a) consider whether the current integrated care strategy should be revised, and",
            "(b) if so, prepare a revised integrated care strategy under subsection (1).",
            "(7) An integrated care partnership must—",
            "(a) publish each integrated care strategy, and",
            "(b) give a copy of each integrated care strategy to—",
            "(i) each responsible local authority whose area coincides with or falls wholly or partly within its"
                + " area, and",
            "(ii) each partner integrated care board of those responsible local authorities."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE, SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT)
        .addNotes(
            "Only subsections (1) to (7) are held; subsection (8), which defines \"assessed needs\" by reference to"
                + " the needs assessed under s.116, is not reproduced.",
            "Inserted by Health and Care Act 2022 s.26(4) (\"After section 116 insert— (116ZA)… (116ZB)…\"), in"
                + " force on 1 July 2022 (S.I. 2022/734, Schedule).",
            "Statutory guidance under s.116ZB(3)(b): Department of Health and Social Care, \"Guidance on the"
                + " preparation of integrated care strategies\", published 29 July 2022.")
        .build();
  }

  private static StatutoryDuty s116B() {
    return duty("lgpiha2007:116B", "duty to have regard to assessments and strategies", true,
            RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS, MUST_HAVE_REGARD_TO,
            "In exercising any functions, have regard to the joint strategic needs assessment, the integrated care"
                + " strategy and the joint local health and wellbeing strategy, so far as relevant")
        .provision(DutyId.of("lgpiha2007:116B").toLegalReference().subdivision("(1)"))
        .text(lines(
            "A responsible local authority and each of its partner integrated care boards must, in exercising any"
                + " functions, have regard to the following so far as relevant—",
            "(a) any assessment of relevant needs prepared under section 116 in relation to the responsible local"
                + " authority's area,",
            "(b) any integrated care strategy prepared under section 116ZB in relation to an area that coincides"
                + " with or includes the whole or part of the responsible local authority's area, and",
            "(c) any joint local health and wellbeing strategy prepared under section 116A by the responsible local"
                + " authority and its partner integrated care boards."))
        .textVersion(AS_ENACTED)
        .inForceFrom(JULY_2022)
        .addLimbs(
            limb("lgpiha2007:116B(1)(a)", "joint strategic needs assessment", MUST_HAVE_REGARD_TO,
                "(a) any assessment of relevant needs prepared under section 116 in relation to the responsible"
                    + " local authority's area,"),
            limb("lgpiha2007:116B(1)(b)", "integrated care strategy", MUST_HAVE_REGARD_TO,
                "(b) any integrated care strategy prepared under section 116ZB in relation to an area that"
                    + " coincides with or includes the whole or part of the responsible local authority's area,"
                    + " and"),
            limb("lgpiha2007:116B(1)(c)", "joint local health and wellbeing strategy", MUST_HAVE_REGARD_TO,
                "(c) any joint local health and wellbeing strategy prepared under section 116A by the responsible"
                    + " local authority and its partner integrated care boards."))
        .addPurposes(IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE)
        .addNotes(
            "Substituted by Health and Care Act 2022 s.26(6); s.26 came into force on 1 July 2022 (S.I."
                + " 2022/734).",
            citedIn("NHS Act 2006 s.14Z59(3)(h)",
                "section 116B(1) of the Local Government and Public Involvement in Health Act 2007 (duty to have"
                    + " regard to assessments and strategies)"),
            "Subsection (2) imposes the same duty on NHS England in exercising any functions in arranging for the"
                + " provision of health services in relation to the area of a responsible local authority.")
        .build();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Health and Social Care Act 2012: Health and Wellbeing Boards
  // ---------------------------------------------------------------------------------------------------------

  private static StatutoryDuty s194() {
    return duty("hsca2012:194", "Co-operation with the Health and Wellbeing Board", false, ICB, MUST,
            "A relevant integrated care board must co-operate with the Health and Wellbeing Board in the exercise"
                + " of its functions")
        .provision(DutyId.of("hsca2012:194").toLegalReference().subdivision("(10)"))
        .text("A relevant integrated care board must co-operate with the Health and Wellbeing Board in the exercise"
            + " of the functions of the Board.")
        .textVersion(REVISED)
        .addNotes(
            "Owed by each relevant integrated care board, which must also appoint a representative to the Health"
                + " and Wellbeing Board (s.194(6)): its membership includes \"(f) a representative of each relevant"
                + " integrated care board\" (s.194(2)). The icsmodel/1 format does not record the membership of"
                + " Health and Wellbeing Boards, so no rule checks either.",
            "The commencement date of the current wording is not recorded in this catalogue's sources.")
        .build();
  }
}
