package io.github.icsmodel.purpose;

/** Placeholder replaced by the duty catalogue branch. */
public enum CorePurpose {
  /** Placeholder. */
  IMPROVE_POPULATION_HEALTH_AND_HEALTHCARE,
  /** Placeholder. */
  TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS,
  /** Placeholder. */
  ENHANCE_PRODUCTIVITY_AND_VALUE_FOR_MONEY,
  /** Placeholder. */
  SUPPORT_BROADER_SOCIAL_AND_ECONOMIC_DEVELOPMENT
}
