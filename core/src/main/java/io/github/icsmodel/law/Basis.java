package io.github.icsmodel.law;

import java.util.Optional;

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

  /**
   * Returns the day from which the basis applies, where the library records it: the commencement of a provision
   * of law, or the publication of a policy document (after its transition period, where it gives one). Empty when
   * the day is not recorded (for example a provision the library's legal sources give no commencement for, or
   * guidance whose publication date is UNCONFIRMED); the documentation of each rule says so.
   *
   * @return the start date, if recorded
   */
  Optional<StartDate> startDate();
}
