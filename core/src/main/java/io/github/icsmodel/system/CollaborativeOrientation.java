package io.github.icsmodel.system;

/**
 * Whether a provider collaborative joins similar providers or providers along a pathway, as the configuration
 * classifies it. No NHS England definition of these terms was found, so the library takes the configuration's word
 * and attaches no rule to it.
 */
public enum CollaborativeOrientation {
  /** Similar providers, such as acute trusts with acute trusts (common usage). */
  HORIZONTAL,
  /** Different kinds of provider along a pathway (common usage). */
  VERTICAL
}
