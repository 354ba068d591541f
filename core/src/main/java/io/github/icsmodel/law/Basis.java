package io.github.icsmodel.law;

/**
 * What a duty or a validation rule rests on: a provision of the law, or an NHS England (or government) policy
 * document.
 */
public sealed interface Basis permits LegalReference, PolicyReference {

  /**
   * Returns a citation a reader can look up, such as "NHS Act 2006 s.14Z35(a)" or "NHS England, Guidance on
   * integrated care board constitutions and governance".
   *
   * @return the citation
   */
  String citation();

  /**
   * Returns whether the basis is law (an Act or statutory instrument) rather than policy.
   *
   * @return true for a {@link LegalReference}
   */
  boolean isStatutory();
}
