package io.github.icsmodel.json;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The object types of format {@code icsmodel/1}, one table each, gathered from the tables of each model area
 * ({@link OrganisationFormats}, {@link BoardFormats}, {@link PlanFormats}, {@link SystemFormats},
 * {@link InequalityFormats}, {@link AssuranceFormats}). Every table lists the type's properties in the order its
 * accessors are declared, under the accessors' names: the format is the model, spelt in JSON.
 */
final class Formats {
  private Formats() {}

  /** Every object format, parts before wholes. */
  static final List<ObjectFormat<?, ?>> ALL =
      ImmutableList.of(
          OrganisationFormats.ORGANISATION,
          BoardFormats.PRIVATE_HEALTHCARE_INVOLVEMENT,
          BoardFormats.OFFICE_HELD,
          BoardFormats.BOARD_MEMBER,
          BoardFormats.VACANCY,
          BoardFormats.UNRECORDED_SEAT,
          BoardFormats.BOARD,
          BoardFormats.COMMITTEE_MEMBER,
          BoardFormats.COMMITTEE,
          BoardFormats.DECLARATION,
          BoardFormats.REGISTER_OF_INTERESTS,
          SystemFormats.INTEGRATED_CARE_BOARD,
          PlanFormats.INTEGRATED_CARE_STRATEGY,
          PlanFormats.JOINT_FORWARD_PLAN,
          PlanFormats.JOINT_CAPITAL_RESOURCE_USE_PLAN,
          PlanFormats.ANNUAL_REPORT,
          PlanFormats.JOINT_STRATEGIC_NEEDS_ASSESSMENT,
          PlanFormats.JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY,
          SystemFormats.ICP_MEMBER,
          SystemFormats.INTEGRATED_CARE_PARTNERSHIP,
          SystemFormats.FOOTPRINT_AREA,
          SystemFormats.PLACE_BASED_PARTNERSHIP,
          SystemFormats.PROVIDER_COLLABORATIVE,
          SystemFormats.PRIMARY_CARE_NETWORK,
          SystemFormats.NEIGHBOURHOOD,
          InequalityFormats.MEASURED_VALUE,
          InequalityFormats.MEASURE,
          InequalityFormats.OBJECTIVE,
          InequalityFormats.INDICATOR_VALUE,
          InequalityFormats.INDICATOR,
          AssuranceFormats.COOPERATION_ARRANGEMENT,
          AssuranceFormats.EVIDENCE,
          AssuranceFormats.DUTY_ASSURANCE,
          AssuranceFormats.WAIVER,
          SystemFormats.INTEGRATED_CARE_SYSTEM,
          SystemFormats.SHARED_POST,
          SystemFormats.ICB_CLUSTER,
          SystemFormats.NATIONAL_CONFIGURATION);
}
