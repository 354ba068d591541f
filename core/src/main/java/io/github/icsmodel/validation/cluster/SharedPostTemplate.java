package io.github.icsmodel.validation.cluster;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.LegalReference;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.SharedPost;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Scope;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A post shared in a cluster, checked at each ICB of the cluster: clustering ICBs "remain legally separate
 * organisations" (Written Ministerial Statement HCWS915, 9 September 2025), so the shared chair or chief executive
 * holds the post on the board of each ICB, and the law's requirements of the post hold at each. National scope;
 * checks each post shared on the date of validation, at each member ICB that exists on that date. One finding per
 * post and ICB, at {@code /clusters/i/sharedPosts/j}.
 *
 * <p>A data gap is not a breach: a cluster that names a system this configuration does not contain, or whose
 * shared post the ICB's board does not show (the person under another member id, or not on the board), leaves the
 * configuration silent on whether the post is held there. Such gaps are reported, as not showing the requirement
 * met, only by a rule that {@linkplain #SharedPostTemplate reports data gaps} (a WARNING); a breach is reported only
 * where the configuration records one ({@link #checkAtIcb}).
 */
abstract class SharedPostTemplate extends AbstractRule {
  private final MemberRole role;
  private final String post;
  private final boolean reportsDataGaps;

  SharedPostTemplate(String id, Severity severity, MemberRole role, String post, LegalReference basis, String summary,
      String remedy, String quotation, boolean reportsDataGaps) {
    super(id, severity, basis, summary, remedy, quotation);
    this.role = role;
    this.post = post;
    this.reportsDataGaps = reportsDataGaps;
  }

  @Override
  public final Scope scope() {
    return Scope.NATIONAL;
  }

  @Override
  public final void check(RuleContext context) {
    NationalConfiguration national = context.national();
    LocalDate asOf = context.asOf();
    Map<LocalId, IntegratedCareSystem> systems = new HashMap<>(national.systems().size() * 4 / 3 + 1);
    for (IntegratedCareSystem system : national.systems()) {
      systems.putIfAbsent(system.id(), system);
    }
    List<IcbCluster> clusters = national.clusters();
    for (int c = 0; c < clusters.size(); c++) {
      IcbCluster cluster = clusters.get(c);
      if (!cluster.isInBeingOn(asOf)) {
        continue;
      }
      List<SharedPost> posts = cluster.sharedPosts();
      for (int p = 0; p < posts.size(); p++) {
        SharedPost shared = posts.get(p);
        if (shared.role() != role || !shared.isSharedOn(asOf)) {
          continue;
        }
        JsonPointer path = context.base().property("clusters").index(c).property("sharedPosts").index(p);
        for (LocalId systemId : cluster.systems()) {
          IntegratedCareSystem system = systems.get(systemId);
          if (system == null) {
            if (reportsDataGaps) {
              context.report(path, shared.member(),
                  "The cluster " + cluster.id() + " shares its " + post + " " + shared.member() + " with the system "
                      + systemId + ", which this configuration does not contain, so it does not show the post held"
                      + " at that ICB (a gap in the data, not a finding of breach).");
            }
            continue;
          }
          if (!system.existsOn(asOf)) {
            continue;
          }
          Optional<BoardMember> member = system.icb().board().member(shared.member())
              .filter(m -> m.role() == role && m.isVotingMember());
          String icb = system.icb().name();
          if (member.isEmpty()) {
            if (reportsDataGaps) {
              context.report(path, shared.member(),
                  "The cluster " + cluster.id() + " shares " + shared.member() + " as " + post + ", but the board of "
                      + icb + " does not show " + shared.member() + " as its " + post + " (it may record the person"
                      + " under another member id), so the configuration does not show the shared " + post
                      + " holding the post there; each ICB in a cluster is a separate legal body. A gap in the data,"
                      + " not a finding of breach.");
            }
          } else {
            checkAtIcb(context, path, cluster, member.get(), icb);
          }
        }
      }
    }
  }

  /**
   * Checks the requirements of the post at one ICB of the cluster, where the person is on its board in the post.
   *
   * @param context where to report
   * @param path the shared post's path
   * @param cluster the cluster
   * @param member the person as a member of this ICB's board
   * @param icb the ICB's name
   */
  void checkAtIcb(RuleContext context, JsonPointer path, IcbCluster cluster, BoardMember member, String icb) {}
}
