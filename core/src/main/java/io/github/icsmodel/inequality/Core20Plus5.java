package io.github.icsmodel.inequality;

import io.github.icsmodel.law.NhsEnglandPolicy;
import io.github.icsmodel.law.PolicyReference;
import java.util.List;

/**
 * Core20PLUS5, NHS England's approach to reducing healthcare inequalities, for adults (published November 2021)
 * and for children and young people: the most deprived 20% of the national population (Core20), population groups
 * identified locally (PLUS), and five clinical areas of focus (5).
 *
 * <p>The wording is NHS England's, verbatim, as the library's legal and policy sources record it.
 */
public enum Core20Plus5 {
  /** Core20PLUS5 for adults. */
  ADULTS(
      "PLUS population groups should be identified at a local level. Populations we would expect to see identified"
          + " are ethnic minority communities; people with a learning disability and autistic people; people with"
          + " multiple long-term health conditions; other groups that share protected characteristics as defined by"
          + " the Equality Act 2010; groups experiencing social exclusion, known as inclusion health groups coastal"
          + " communities (where there may be small areas of high deprivation hidden amongst relative affluence).",
      List.of(
          new ClinicalArea(1, "Maternity",
              "ensuring continuity of care for women from Black, Asian and minority ethnic communities and from the"
                  + " most deprived groups."),
          new ClinicalArea(2, "Severe mental illness (SMI)",
              "ensuring annual health checks for 60% of those living with SMI (bringing SMI in line with the success"
                  + " seen in learning disabilities)."),
          new ClinicalArea(3, "Chronic respiratory disease",
              "a clear focus on chronic obstructive pulmonary disease (COPD) driving up uptake of COVID-19, flu and"
                  + " pneumonia vaccines to reduce infective exacerbations and emergency hospital admissions due to"
                  + " those exacerbations."),
          new ClinicalArea(4, "Early cancer diagnosis", "75% of cases diagnosed at stage 1 or 2 by 2028."),
          new ClinicalArea(5, "Hypertension case-finding",
              "to allow for interventions to optimise blood pressure and minimise the risk of myocardial infarction"
                  + " and stroke."))),
  /** Core20PLUS5 for children and young people. */
  CHILDREN_AND_YOUNG_PEOPLE(
      "Specific consideration should be taken for the inclusion of young carers, looked after children/care leavers"
          + " and those in contact with the justice system.",
      List.of(
          new ClinicalArea(1, "Asthma",
              "Asthma: Address over reliance on reliever medications and decrease the number of asthma attacks."),
          new ClinicalArea(2, "Diabetes",
              "Diabetes: Increase access to real-time continuous glucose monitors and insulin pumps in the most"
                  + " deprived quintiles and from ethnic minority backgrounds and increase proportion of children and"
                  + " young people with Type 2 diabetes receiving annual health checks."),
          new ClinicalArea(3, "Epilepsy",
              "Epilepsy: Increase access to epilepsy specialist nurses and ensure access in the first year of care for"
                  + " those with a learning disability or autism."),
          new ClinicalArea(4, "Oral health",
              "Oral health: Address the backlog for tooth extractions in hospital for the under 10s."),
          new ClinicalArea(5, "Mental health",
              "Mental health: Improve access rates to children and young people's mental health services for 0-17"
                  + " year olds, for certain ethnic groups, age, gender and deprivation.")));

  /**
   * The Core20 definition, the same for adults and for children and young people: "The most deprived 20% of the
   * national population as identified by the national Index of Multiple Deprivation (IMD)."
   */
  public static final String CORE20 =
      "The most deprived 20% of the national population as identified by the national Index of Multiple"
          + " Deprivation (IMD). The IMD has seven domains with indicators accounting for a wide range of social"
          + " determinants of health.";

  /** The inclusion health groups, in NHS England's words. */
  public static final String INCLUSION_HEALTH_GROUPS =
      "people experiencing homelessness, drug and alcohol dependence, vulnerable migrants, Gypsy, Roma and Traveller"
          + " communities, sex workers, people in contact with the justice system, victims of modern slavery and"
          + " other socially excluded groups.";

  private final String plus;
  private final List<ClinicalArea> clinicalAreas;

  Core20Plus5(String plus, List<ClinicalArea> clinicalAreas) {
    this.plus = plus;
    this.clinicalAreas = clinicalAreas;
  }

  /**
   * Returns NHS England's description of the PLUS population groups for this population.
   *
   * @return the PLUS description
   */
  public String plus() {
    return plus;
  }

  /**
   * Returns the five clinical areas, in NHS England's order.
   *
   * @return the areas
   */
  public List<ClinicalArea> clinicalAreas() {
    return clinicalAreas;
  }

  /**
   * Returns the source of the approach.
   *
   * @return NHS England's Core20PLUS5 publication
   */
  public PolicyReference source() {
    return NhsEnglandPolicy.CORE20PLUS5;
  }

  /**
   * Returns whether a deprivation quintile (1 the most deprived) is in Core20, the most deprived 20% nationally.
   *
   * @param quintile the IMD quintile, 1 to 5
   * @return true for quintile 1
   * @throws io.github.icsmodel.InvalidValueException if the quintile is not 1 to 5
   */
  public static boolean isCore20Quintile(int quintile) {
    if (quintile < 1 || quintile > 5) {
      throw new io.github.icsmodel.InvalidValueException("IMD quintile must be 1 to 5, not " + quintile);
    }
    return quintile == 1;
  }

  /**
   * Returns whether a deprivation decile (1 the most deprived) is in Core20, the most deprived 20% nationally.
   *
   * @param decile the IMD decile, 1 to 10
   * @return true for deciles 1 and 2
   * @throws io.github.icsmodel.InvalidValueException if the decile is not 1 to 10
   */
  public static boolean isCore20Decile(int decile) {
    if (decile < 1 || decile > 10) {
      throw new io.github.icsmodel.InvalidValueException("IMD decile must be 1 to 10, not " + decile);
    }
    return decile <= 2;
  }
}
