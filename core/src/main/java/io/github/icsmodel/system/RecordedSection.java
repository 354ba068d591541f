package io.github.icsmodel.system;

/**
 * A section of a configuration that records a duty's outcome as a list (plans, reports, registers) or as one
 * document (the integrated care strategy), and that a configuration either <em>records</em> or is silent on.
 *
 * <p>Not recorded is not false. A section is recorded when it holds at least one entry (as in every
 * {@code icsmodel/1} file that described it) or when the system lists it in
 * {@link IntegratedCareSystem#recordedSections()} ("recorded in full, even where empty"). Rules judge a recorded
 * section, an absence included: a recorded list of joint forward plans without this year's plan shows that there
 * is none. Where the section is not recorded, the rule's companion ({@code …-unrecorded}) says that the
 * configuration does not show the duty met, a WARNING and never a finding of breach. See
 * {@link IntegratedCareSystem#records(RecordedSection)}.
 *
 * <p>In JSON the names are lower-case kebab-case, such as {@code "joint-forward-plans"}.
 */
public enum RecordedSection {
  /** The joint forward plans ({@code jointForwardPlans}; NHS Act 2006 s.14Z52). */
  JOINT_FORWARD_PLANS,
  /** The joint capital resource use plans ({@code capitalResourceUsePlans}; s.14Z56). */
  CAPITAL_RESOURCE_USE_PLANS,
  /** The annual reports ({@code annualReports}; s.14Z58). */
  ANNUAL_REPORTS,
  /** The joint strategic needs assessments ({@code needsAssessments}; LGPIHA 2007 s.116). */
  NEEDS_ASSESSMENTS,
  /** The joint local health and wellbeing strategies ({@code healthAndWellbeingStrategies}; LGPIHA 2007 s.116A). */
  HEALTH_AND_WELLBEING_STRATEGIES,
  /** The ICB's registers of interests ({@code icb.registersOfInterests}; NHS Act 2006 s.14Z30). */
  REGISTERS_OF_INTERESTS,
  /** The integrated care partnership's strategy ({@code icp.strategy}; LGPIHA 2007 s.116ZB). */
  INTEGRATED_CARE_STRATEGY,
  /** The integrated care partnership's members ({@code icp.members}; LGPIHA 2007 s.116ZA(2)). */
  INTEGRATED_CARE_PARTNERSHIP_MEMBERS,
  /** The integrated care partnership itself ({@code icp}; LGPIHA 2007 s.116ZA(1)). */
  INTEGRATED_CARE_PARTNERSHIP
}
