package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.BOOLEAN;
import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.DECIMAL;
import static io.github.icsmodel.json.Values.DUTY_ID;
import static io.github.icsmodel.json.Values.FINANCIAL_YEAR;
import static io.github.icsmodel.json.Values.INTEGER;
import static io.github.icsmodel.json.Values.LOCAL_ID;

import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;

/**
 * The plans, strategies and reports of format {@code icsmodel/1}. Every table lists the type's properties in the
 * order its accessors are declared, under the accessors' names; types used by others come first, so that each table
 * can refer to the formats of its parts.
 */
final class PlanFormats {
  private PlanFormats() {}

  // plan

  static final ObjectFormat<IntegratedCareStrategy, IntegratedCareStrategy.Builder>
      INTEGRATED_CARE_STRATEGY =
          ObjectFormat.of(
                  "IntegratedCareStrategy",
                  IntegratedCareStrategy.class,
                  IntegratedCareStrategy::builder,
                  IntegratedCareStrategy.Builder::build)
              .required("id", LOCAL_ID, IntegratedCareStrategy::id, IntegratedCareStrategy.Builder::id)
              .optional(
                  "preparedOn",
                  DATE,
                  IntegratedCareStrategy::preparedOn,
                  IntegratedCareStrategy.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  IntegratedCareStrategy::publishedOn,
                  IntegratedCareStrategy.Builder::publishedOn)
              .defaulted(
                  "healthwatchInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::healthwatchInvolved,
                  IntegratedCareStrategy.Builder::healthwatchInvolved)
              .defaulted(
                  "publicInvolved",
                  BOOLEAN,
                  IntegratedCareStrategy::publicInvolved,
                  IntegratedCareStrategy.Builder::publicInvolved)
              .defaulted(
                  "consideredSection75Arrangements",
                  BOOLEAN,
                  IntegratedCareStrategy::consideredSection75Arrangements,
                  IntegratedCareStrategy.Builder::consideredSection75Arrangements)
              .set(
                  "givenTo",
                  LOCAL_ID,
                  IntegratedCareStrategy::givenTo,
                  IntegratedCareStrategy.Builder::addAllGivenTo)
              .build();

  static final ObjectFormat<JointForwardPlan, JointForwardPlan.Builder> JOINT_FORWARD_PLAN =
      ObjectFormat.of(
              "JointForwardPlan",
              JointForwardPlan.class,
              JointForwardPlan::builder,
              JointForwardPlan.Builder::build)
          .required("id", LOCAL_ID, JointForwardPlan::id, JointForwardPlan.Builder::id)
          .required("firstYear", FINANCIAL_YEAR, JointForwardPlan::firstYear, JointForwardPlan.Builder::firstYear)
          .required("yearsCovered", INTEGER, JointForwardPlan::yearsCovered, JointForwardPlan.Builder::yearsCovered)
          .required("preparedOn", DATE, JointForwardPlan::preparedOn, JointForwardPlan.Builder::preparedOn)
          .optional("publishedOn", DATE, JointForwardPlan::publishedOn, JointForwardPlan.Builder::publishedOn)
          .defaulted(
              "givenToIntegratedCarePartnership",
              BOOLEAN,
              JointForwardPlan::givenToIntegratedCarePartnership,
              JointForwardPlan.Builder::givenToIntegratedCarePartnership)
          .set(
              "givenToHealthAndWellbeingBoards",
              LOCAL_ID,
              JointForwardPlan::givenToHealthAndWellbeingBoards,
              JointForwardPlan.Builder::addAllGivenToHealthAndWellbeingBoards)
          .defaulted(
              "givenToNhsEngland",
              BOOLEAN,
              JointForwardPlan::givenToNhsEngland,
              JointForwardPlan.Builder::givenToNhsEngland)
          .set(
              "explainsDuties",
              DUTY_ID,
              JointForwardPlan::explainsDuties,
              JointForwardPlan.Builder::addAllExplainsDuties)
          .defaulted(
              "coversJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              JointForwardPlan::coversJointLocalHealthAndWellbeingStrategies,
              JointForwardPlan.Builder::coversJointLocalHealthAndWellbeingStrategies)
          .defaulted(
              "coversUnder25s",
              BOOLEAN,
              JointForwardPlan::coversUnder25s,
              JointForwardPlan.Builder::coversUnder25s)
          .defaulted(
              "coversVictimsOfAbuse",
              BOOLEAN,
              JointForwardPlan::coversVictimsOfAbuse,
              JointForwardPlan.Builder::coversVictimsOfAbuse)
          .optional(
              "includesConsultationSummary",
              BOOLEAN,
              JointForwardPlan::includesConsultationSummary,
              JointForwardPlan.Builder::includesConsultationSummary)
          .optional(
              "statesHealthAndWellbeingBoardOpinions",
              BOOLEAN,
              JointForwardPlan::statesHealthAndWellbeingBoardOpinions,
              JointForwardPlan.Builder::statesHealthAndWellbeingBoardOpinions)
          .optional(
              "describesHealthServices",
              BOOLEAN,
              JointForwardPlan::describesHealthServices,
              JointForwardPlan.Builder::describesHealthServices)
          .build();

  static final ObjectFormat<JointCapitalResourceUsePlan, JointCapitalResourceUsePlan.Builder>
      JOINT_CAPITAL_RESOURCE_USE_PLAN =
          ObjectFormat.of(
                  "JointCapitalResourceUsePlan",
                  JointCapitalResourceUsePlan.class,
                  JointCapitalResourceUsePlan::builder,
                  JointCapitalResourceUsePlan.Builder::build)
              .required("id", LOCAL_ID, JointCapitalResourceUsePlan::id, JointCapitalResourceUsePlan.Builder::id)
              .required(
                  "financialYear",
                  FINANCIAL_YEAR,
                  JointCapitalResourceUsePlan::financialYear,
                  JointCapitalResourceUsePlan.Builder::financialYear)
              .required(
                  "preparedOn",
                  DATE,
                  JointCapitalResourceUsePlan::preparedOn,
                  JointCapitalResourceUsePlan.Builder::preparedOn)
              .optional(
                  "publishedOn",
                  DATE,
                  JointCapitalResourceUsePlan::publishedOn,
                  JointCapitalResourceUsePlan.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToIntegratedCarePartnership,
                  JointCapitalResourceUsePlan.Builder::givenToIntegratedCarePartnership)
              .set(
                  "givenToHealthAndWellbeingBoards",
                  LOCAL_ID,
                  JointCapitalResourceUsePlan::givenToHealthAndWellbeingBoards,
                  JointCapitalResourceUsePlan.Builder::addAllGivenToHealthAndWellbeingBoards)
              .defaulted(
                  "givenToNhsEngland",
                  BOOLEAN,
                  JointCapitalResourceUsePlan::givenToNhsEngland,
                  JointCapitalResourceUsePlan.Builder::givenToNhsEngland)
              .build();

  static final ObjectFormat<AnnualReport, AnnualReport.Builder> ANNUAL_REPORT =
      ObjectFormat.of("AnnualReport", AnnualReport.class, AnnualReport::builder, AnnualReport.Builder::build)
          .required("id", LOCAL_ID, AnnualReport::id, AnnualReport.Builder::id)
          .required(
              "financialYear", FINANCIAL_YEAR, AnnualReport::financialYear, AnnualReport.Builder::financialYear)
          .optional("publishedOn", DATE, AnnualReport::publishedOn, AnnualReport.Builder::publishedOn)
          .defaulted(
              "givenToNhsEngland", BOOLEAN, AnnualReport::givenToNhsEngland, AnnualReport.Builder::givenToNhsEngland)
          .set("explainsDuties", DUTY_ID, AnnualReport::explainsDuties, AnnualReport.Builder::addAllExplainsDuties)
          .defaulted("reviewsPlans", BOOLEAN, AnnualReport::reviewsPlans, AnnualReport.Builder::reviewsPlans)
          .defaulted(
              "reviewsInequalitiesStatement",
              BOOLEAN,
              AnnualReport::reviewsInequalitiesStatement,
              AnnualReport.Builder::reviewsInequalitiesStatement)
          .defaulted(
              "reviewsJointLocalHealthAndWellbeingStrategies",
              BOOLEAN,
              AnnualReport::reviewsJointLocalHealthAndWellbeingStrategies,
              AnnualReport.Builder::reviewsJointLocalHealthAndWellbeingStrategies)
          .optional(
              "consultedHealthAndWellbeingBoards",
              BOOLEAN,
              AnnualReport::consultedHealthAndWellbeingBoards,
              AnnualReport.Builder::consultedHealthAndWellbeingBoards)
          .optional(
              "mentalHealthExpenditure",
              DECIMAL,
              AnnualReport::mentalHealthExpenditure,
              AnnualReport.Builder::mentalHealthExpenditure)
          .optional(
              "mentalHealthProportion",
              DECIMAL,
              AnnualReport::mentalHealthProportion,
              AnnualReport.Builder::mentalHealthProportion)
          .defaulted(
              "explainsMentalHealthExpenditure",
              BOOLEAN,
              AnnualReport::explainsMentalHealthExpenditure,
              AnnualReport.Builder::explainsMentalHealthExpenditure)
          .build();

  static final ObjectFormat<JointStrategicNeedsAssessment, JointStrategicNeedsAssessment.Builder>
      JOINT_STRATEGIC_NEEDS_ASSESSMENT =
          ObjectFormat.of(
                  "JointStrategicNeedsAssessment",
                  JointStrategicNeedsAssessment.class,
                  JointStrategicNeedsAssessment::builder,
                  JointStrategicNeedsAssessment.Builder::build)
              .required(
                  "id", LOCAL_ID, JointStrategicNeedsAssessment::id, JointStrategicNeedsAssessment.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointStrategicNeedsAssessment::localAuthority,
                  JointStrategicNeedsAssessment.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointStrategicNeedsAssessment::publishedOn,
                  JointStrategicNeedsAssessment.Builder::publishedOn)
              .defaulted(
                  "givenToIntegratedCarePartnership",
                  BOOLEAN,
                  JointStrategicNeedsAssessment::givenToIntegratedCarePartnership,
                  JointStrategicNeedsAssessment.Builder::givenToIntegratedCarePartnership)
              .optional(
                  "strategyRevisionConsidered",
                  BOOLEAN,
                  JointStrategicNeedsAssessment::strategyRevisionConsidered,
                  JointStrategicNeedsAssessment.Builder::strategyRevisionConsidered)
              .build();

  static final ObjectFormat<JointLocalHealthAndWellbeingStrategy, JointLocalHealthAndWellbeingStrategy.Builder>
      JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY =
          ObjectFormat.of(
                  "JointLocalHealthAndWellbeingStrategy",
                  JointLocalHealthAndWellbeingStrategy.class,
                  JointLocalHealthAndWellbeingStrategy::builder,
                  JointLocalHealthAndWellbeingStrategy.Builder::build)
              .required(
                  "id",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::id,
                  JointLocalHealthAndWellbeingStrategy.Builder::id)
              .required(
                  "localAuthority",
                  LOCAL_ID,
                  JointLocalHealthAndWellbeingStrategy::localAuthority,
                  JointLocalHealthAndWellbeingStrategy.Builder::localAuthority)
              .optional(
                  "publishedOn",
                  DATE,
                  JointLocalHealthAndWellbeingStrategy::publishedOn,
                  JointLocalHealthAndWellbeingStrategy.Builder::publishedOn)
              .build();
}
