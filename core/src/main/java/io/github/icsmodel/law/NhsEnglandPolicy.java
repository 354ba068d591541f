package io.github.icsmodel.law;

import java.time.LocalDate;

/**
 * The policy and guidance documents this library cites, with their publishers and dates as the library's legal
 * sources record them. Policy is not law: rules based on these are warnings or advice.
 */
public final class NhsEnglandPolicy {
  private NhsEnglandPolicy() {}

  /**
   * NHS England, Guidance on integrated care board constitutions and governance (updating the guidance of 13 May
   * 2022): deputy chair and senior non-executive member.
   *
   * <p>Its publication date is not recorded. Source: the guidance itself,
   * https://www.england.nhs.uk/long-read/guidance-on-integrated-care-board-constitutions-and-governance/, whose
   * text "updates the 13 May 2022 guidance and annex" but, as stored when searched on 7 December 2026, carries no
   * date of its own. So it was published after 13 May 2022, on a date not recorded: the reference carries no date,
   * and the rules that apply it take {@link #CONSTITUTION_GUIDANCE_START} as their start, so that they never apply
   * before 14 May 2022, the first day it can have existed; their findings say so.
   */
  public static final PolicyReference CONSTITUTION_GUIDANCE =
      PolicyReference.of("NHS England", "Guidance on integrated care board constitutions and governance", "");

  /**
   * The earliest day {@link #CONSTITUTION_GUIDANCE} can have existed: 14 May 2022, the day after the guidance it
   * updates. Its own publication date is not recorded.
   */
  public static final StartDate CONSTITUTION_GUIDANCE_START = StartDate.of(LocalDate.of(2022, 5, 14),
      "NHS England, Guidance on integrated care board constitutions and governance: it updates NHS England's"
          + " guidance of 13 May 2022, so it was published after that day, on a date not recorded");

  /**
   * How findings on {@link #CONSTITUTION_GUIDANCE} name it: "NHS England's updated guidance on ICB constitutions
   * (published after 13 May 2022, on a date not recorded)".
   */
  public static final String CONSTITUTION_GUIDANCE_NAME =
      "NHS England's updated guidance on ICB constitutions (published after 13 May 2022, on a date not recorded)";

  /**
   * NHS England and NHS Improvement, Integrated Care Systems: design framework, version 1 (16 June 2021): at
   * least ten mandatory board members; independent non-executives who will normally not hold positions in other
   * health and care organisations in the footprint.
   */
  public static final PolicyReference ICS_DESIGN_FRAMEWORK =
      PolicyReference.of("NHS England and NHS Improvement", "Integrated Care Systems: design framework", "2021-06-16");

  /**
   * NHS England and NHS Improvement, Interim guidance on the functions and governance of the integrated care
   * board, version 1 (August 2021).
   */
  public static final PolicyReference ICB_INTERIM_GUIDANCE =
      PolicyReference.of(
          "NHS England and NHS Improvement",
          "Interim guidance on the functions and governance of the integrated care board",
          "2021-08");

  /**
   * NHS England, Annual assessment of integrated care boards 2023/24, which asked "How has the ICB contributed to
   * each of the 4 core purposes of an ICS?". Its publication date is not in the library's sources, so rules resting
   * on it record no start date.
   */
  public static final PolicyReference ANNUAL_ASSESSMENT_2023_24 =
      PolicyReference.of("NHS England", "Annual assessment of integrated care boards 2023/24", "");

  /**
   * The NHS England model ICB constitution, as adopted by ICBs (for example Hertfordshire and West Essex ICB's
   * constitution, s.2.1.5 to 2.1.6): three executive members (director of finance, medical director, director of
   * nursing) and at least two non-executive members.
   */
  public static final PolicyReference MODEL_CONSTITUTION =
      PolicyReference.of("NHS England", "Model ICB constitution (as adopted in ICB constitutions)", "");

  /**
   * Ministerial answer HL6183 (23 February 2022): individuals with a role in any health and care organisation in
   * a particular area are not eligible for the independent chair roles.
   */
  public static final PolicyReference CHAIR_ELIGIBILITY_HL6183 =
      PolicyReference.of("UK Parliament", "Written question HL6183, answer on ICB chair eligibility", "2022-02-23");

  /**
   * NHS England and NHS Improvement, Working together at scale: guidance on provider collaboratives (August
   * 2021): trusts providing acute and mental health services are to be part of one or more provider
   * collaboratives, mandatory since July 2022. It applies from 1 July 2022, the end of the transition it gives.
   */
  public static final PolicyReference WORKING_TOGETHER_AT_SCALE =
      PolicyReference.of(
          "NHS England and NHS Improvement",
          "Working together at scale: guidance on provider collaboratives",
          "2021-08")
          .effectiveFrom(LocalDate.of(2022, 7, 1),
              "expected by April 2022; \"As of July 2022, provider collaboratives are mandatory\" (as reported)");

  /**
   * NHS England's statement on information on health inequalities under s.13SA of the NHS Act 2006, as updated:
   * NHS bodies are to "disaggregate data (at a minimum by deprivation, ethnicity, age, and sex)". The first
   * statement was published on 27 November 2023; the date of the updated statement, whose wording this is, is
   * unconfirmed, so the reference carries no date.
   */
  public static final PolicyReference INEQUALITIES_INFORMATION_STATEMENT =
      PolicyReference.of(
          "NHS England", "NHS England's statement on information on health inequalities (s.13SA), as updated", "");

  /** NHS England, Core20PLUS5 (adults, published November 2021; children and young people). */
  public static final PolicyReference CORE20PLUS5 =
      PolicyReference.of("NHS England", "Core20PLUS5: an approach to reducing healthcare inequalities", "2021-11");

  /**
   * NHS England and NHS Improvement with the Local Government Association, Thriving places (2021): "Place-based
   * partnerships are collaborative arrangements formed by the organisations responsible for arranging and
   * delivering health and care services in a locality or community"; "It is for system partners to determine the
   * footprint for each place-based partnership".
   */
  public static final PolicyReference THRIVING_PLACES =
      PolicyReference.of(
          "NHS England and NHS Improvement, and the Local Government Association", "Thriving places", "2021");
}
