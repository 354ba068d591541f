package io.github.icsmodel.validation.cluster;

import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;

/**
 * {@code cluster.shared-chair-at-each-icb}: a chair shared in a cluster is the chair of each ICB of the cluster.
 * Schedule 1B para 3(1)(a) to the NHS Act 2006 gives each integrated care board "a chair"; a cluster does not merge
 * the boards, so the shared chair is on the board of each ICB, as its chair (and the per-board rules, such as
 * {@code board.chair-appointment}, then check the appointment at each). ERROR.
 */
public final class SharedChairRule extends SharedPostRule {

  /** Creates the rule. */
  public SharedChairRule() {
    super(
        "cluster.shared-chair-at-each-icb",
        MemberRole.CHAIR,
        "chair",
        LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3").subdivision("(1)(a)"),
        "A chair shared in a cluster is the chair on the board of each ICB of the cluster",
        "Record the shared chair on the board of each ICB of the cluster, under the same member id.",
        "(1) The constitution must provide for the integrated care board to consist of— (a) a chair (see"
            + " paragraphs 5 and 6), …");
  }
}
