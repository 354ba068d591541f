package io.github.icsmodel.organisation;

/**
 * A kind of service a provider delivers in the system's area. Rules depend on it: NHS England expects every trust
 * providing acute or mental health services to be in a provider collaborative.
 */
public enum ProviderService {
  /** Acute hospital services. */
  ACUTE,
  /** Mental health services. */
  MENTAL_HEALTH,
  /** Community health services. */
  COMMUNITY,
  /** Ambulance services. */
  AMBULANCE,
  /** Specialist services. */
  SPECIALIST
}
