package io.github.icsmodel.validation.cluster;

import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.Severity;

/**
 * {@code cluster.shared-chief-executive-not-shown}: the configuration shows a chief executive shared in a cluster
 * as the chief executive on the board of each ICB of the cluster. Schedule 1B para 7 to the NHS Act 2006 gives each
 * integrated care board its own chief executive, an employee of that board (para 7(2)); a cluster does not merge
 * the boards.
 *
 * <p>WARNING: a gap in the data, not a breach. Reported where the cluster names a system the configuration does not
 * contain, or where an ICB's board does not show the shared person as its chief executive (another member id, or
 * not on the board). A breach that the configuration records is {@link SharedChiefExecutiveAtEachIcbRule}'s (law review of
 * 7 December 2026, item B-31).
 */
final class SharedChiefExecutiveNotShownRule extends SharedPostTemplate {

  /** Creates the rule. */
  SharedChiefExecutiveNotShownRule() {
    super(
        "cluster.shared-chief-executive-not-shown",
        Severity.WARNING,
        MemberRole.CHIEF_EXECUTIVE,
        "chief executive",
        LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "7").subdivision("(2)"),
        "The configuration shows a chief executive shared in a cluster as the chief executive on the board of each"
            + " ICB of the cluster",
        "Add each system of the cluster to the configuration, and record the shared chief executive on the board of"
            + " each ICB under the same member id.",
        "(2) The constitution must provide that a person is eligible to become or remain the chief executive only"
            + " if the person is an employee of the integrated care board.",
        true);
  }
}
