package io.github.icsmodel.validation.cluster;

import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.validation.Severity;

/**
 * {@code cluster.shared-chair-at-each-icb}: a chair shared in a cluster is the chair of each ICB of the cluster.
 * Schedule 1B para 3(1)(a) to the NHS Act 2006 gives each integrated care board "a chair"; a cluster does not merge
 * the boards, so the shared chair is on the board of each ICB, as its chair (and the per-board rules, such as
 * {@code board.chair-appointment}, then check the appointment at each).
 *
 * <p>WARNING: what this rule can see is a gap between the cluster record and the boards (a system the
 * configuration does not contain, or a board that does not show the shared chair as its chair), not a breach:
 * para 3(1)(a) requires each ICB to have a chair, which {@code board.chair-count} checks. Before the law review of
 * 7 December 2026 (item B-30) these findings were statutory ERRORs.
 */
final class SharedChairAtEachIcbRule extends SharedPostTemplate {

  /** Creates the rule. */
  SharedChairAtEachIcbRule() {
    super(
        "cluster.shared-chair-at-each-icb",
        Severity.WARNING,
        MemberRole.CHAIR,
        "chair",
        LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3").subdivision("(1)(a)"),
        "The configuration shows a chair shared in a cluster as the chair on the board of each ICB of the cluster",
        "Record the shared chair on the board of each ICB of the cluster, under the same member id.",
        "(1) The constitution must provide for the integrated care board to consist of— (a) a chair (see"
            + " paragraphs 5 and 6), …",
        true);
  }
}
