package io.github.icsmodel.validation.cluster;

import static io.github.icsmodel.validation.fixtures.Checks.at;
import static io.github.icsmodel.validation.fixtures.Checks.compliant;
import static io.github.icsmodel.validation.fixtures.CompliantSystem.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.SharedPost;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.Rule;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.RuleKind;
import io.github.icsmodel.validation.Scope;
import io.github.icsmodel.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ClusterRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);
  private static final SharedPost CHIEF_EXECUTIVE = SharedPost.builder().role(MemberRole.CHIEF_EXECUTIVE)
      .member(id("chief-executive")).sharedFrom(LocalDate.of(2025, 10, 1)).sharedUntil(LocalDate.of(2026, 3, 31)).build();
  private static final SharedPost CHAIR = SharedPost.builder().role(MemberRole.CHAIR)
      .member(id("chair")).sharedFrom(LocalDate.of(2025, 9, 1)).build();

  private static IntegratedCareSystem system(String name, UnaryOperator<BoardMember> change) {
    IntegratedCareSystem system = compliant();
    List<BoardMember> members = new ArrayList<>();
    for (BoardMember member : system.icb().board().members()) {
      members.add(change.apply(member));
    }
    return system.withId(id(name)).withIcb(system.icb().withId(id(name + "-icb"))
        .withBoard(system.icb().board().withMembers(members)));
  }

  private static NationalConfiguration national(IntegratedCareSystem second, SharedPost... posts) {
    IcbCluster cluster = IcbCluster.builder().id(id("north-cluster")).name("North cluster")
        .addSystems(id("north"), id("south")).addSharedLeaders(id("chief-executive"), id("chair"))
        .addSharedPosts(posts).startedOn(LocalDate.of(2025, 9, 1)).endedOn(LocalDate.of(2026, 3, 31)).build();
    return NationalConfiguration.builder().addSystems(system("north", m -> m), second).addClusters(cluster).build();
  }

  private static List<Finding> run(Rule rule, NationalConfiguration national, LocalDate asOf) {
    RuleContext context = RuleContext.forNational(rule, national, asOf);
    rule.check(context);
    return context.findings();
  }

  @Test
  void cluster_shared_chief_executive_at_each_icb_passes_when_employed_by_each_icb() {
    Rule rule = new SharedChiefExecutiveAtEachIcbRule();
    assertThat(rule.scope()).isEqualTo(Scope.NATIONAL);
    assertThat(run(rule, national(system("south", m -> m), CHIEF_EXECUTIVE, CHAIR), AS_OF)).isEmpty();
  }

  @Test
  void cluster_shared_chief_executive_at_each_icb_fails_where_one_icb_does_not_employ_the_shared_chief_executive() {
    IntegratedCareSystem south = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withEmployedByIcb(false) : m);

    List<Finding> findings = run(new SharedChiefExecutiveAtEachIcbRule(), national(south, CHIEF_EXECUTIVE), AS_OF);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId().toString()).isEqualTo("cluster.shared-chief-executive-at-each-icb");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo(at("/clusters/0/sharedPosts/0"));
      assertThat(f.message()).contains("separate legal body", "Sch. 1B para 7(2)", "employee of");
      assertThat(f.basis().citation()).isEqualTo("NHS Act 2006 Sch. 1B para 7(2)");
    });
  }

  @Test
  void cluster_shared_chief_executive_at_each_icb_states_no_breach_where_employment_is_not_recorded() {
    IntegratedCareSystem south = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withEmployedByIcb(java.util.Optional.empty()) : m);

    assertThat(run(new SharedChiefExecutiveAtEachIcbRule(), national(south, CHIEF_EXECUTIVE), AS_OF)).isEmpty();
  }

  @Test
  void cluster_shared_chief_executive_at_each_icb_checks_only_while_the_post_is_shared() {
    IntegratedCareSystem south = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withEmployedByIcb(false) : m);

    assertThat(run(new SharedChiefExecutiveAtEachIcbRule(), national(south, CHIEF_EXECUTIVE), LocalDate.of(2025, 9, 30)))
        .isEmpty();
    assertThat(run(new SharedChiefExecutiveAtEachIcbRule(), national(south, CHIEF_EXECUTIVE), LocalDate.of(2026, 4, 1)))
        .isEmpty();
  }

  @Test
  void cluster_shared_chair_at_each_icb_passes_when_each_board_has_the_shared_chair() {
    assertThat(run(new SharedChairAtEachIcbRule(), national(system("south", m -> m), CHAIR, CHIEF_EXECUTIVE), AS_OF))
        .isEmpty();
  }

  @Test
  void cluster_shared_chair_at_each_icb_warns_of_a_data_gap_where_a_board_has_a_different_chair() {
    IntegratedCareSystem south = system("south", m -> m.role() == MemberRole.CHAIR
        ? m.withId(id("other-chair")) : m);

    List<Finding> findings = run(new SharedChairAtEachIcbRule(), national(south, CHAIR), AS_OF);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId().toString()).isEqualTo("cluster.shared-chair-at-each-icb");
      assertThat(f.severity()).as("a data gap, not a breach of para 3(1)(a) (B-30)").isEqualTo(Severity.WARNING);
      assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
      assertThat(f.subject()).contains(id("chair"));
      assertThat(f.message()).contains("does not show chair as its chair", "separate legal body",
          "another member id", "not a finding of breach");
    });
  }

  @Test
  void cluster_shared_chair_at_each_icb_warns_of_a_system_not_in_the_configuration() {
    NationalConfiguration national = national(system("elsewhere", m -> m), CHAIR);

    assertThat(run(new SharedChairAtEachIcbRule(), national, AS_OF)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("south", "does not contain", "does not show the post held",
          "not a finding of breach");
    });
  }

  @Test
  void cluster_shared_chief_executive_at_each_icb_reports_no_data_gap() {
    NationalConfiguration elsewhere = national(system("elsewhere", m -> m), CHIEF_EXECUTIVE);
    IntegratedCareSystem renamed = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withId(id("other-chief-executive")) : m);

    assertThat(run(new SharedChiefExecutiveAtEachIcbRule(), elsewhere, AS_OF)).isEmpty();
    assertThat(run(new SharedChiefExecutiveAtEachIcbRule(), national(renamed, CHIEF_EXECUTIVE), AS_OF)).isEmpty();
  }

  @Test
  void cluster_shared_chief_executive_not_shown_passes_when_each_board_shows_the_shared_chief_executive() {
    assertThat(run(new SharedChiefExecutiveNotShownRule(), national(system("south", m -> m), CHIEF_EXECUTIVE),
        AS_OF)).isEmpty();
  }

  @Test
  void cluster_shared_chief_executive_not_shown_warns_of_each_data_gap() {
    NationalConfiguration elsewhere = national(system("elsewhere", m -> m), CHIEF_EXECUTIVE);
    IntegratedCareSystem renamed = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withId(id("other-chief-executive")) : m);

    assertThat(run(new SharedChiefExecutiveNotShownRule(), elsewhere, AS_OF)).singleElement().satisfies(f -> {
      assertThat(f.ruleId().toString()).isEqualTo("cluster.shared-chief-executive-not-shown");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.kind()).isEqualTo(RuleKind.LAW_NOT_SHOWN);
      assertThat(f.message()).contains("south", "does not contain", "not a finding of breach");
    });
    assertThat(run(new SharedChiefExecutiveNotShownRule(), national(renamed, CHIEF_EXECUTIVE), AS_OF))
        .singleElement().satisfies(f -> assertThat(f.message())
            .contains("does not show chief-executive as its chief executive", "not a finding of breach"));
    IntegratedCareSystem notEmployed = system("south", m -> m.role() == MemberRole.CHIEF_EXECUTIVE
        ? m.withEmployedByIcb(false) : m);
    assertThat(run(new SharedChiefExecutiveNotShownRule(), national(notEmployed, CHIEF_EXECUTIVE), AS_OF))
        .as("a recorded breach is the ERROR rule's").isEmpty();
  }

  @Test
  void a_shared_post_is_a_chair_or_a_chief_executive() {
    assertThatThrownBy(() -> SharedPost.builder().role(MemberRole.ORDINARY_MEMBER).member(id("x"))
        .sharedFrom(AS_OF).build()).isInstanceOf(InvalidValueException.class).hasMessageContaining("only the chair");
    assertThat(CHIEF_EXECUTIVE.isSharedOn(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(CHIEF_EXECUTIVE.isSharedOn(LocalDate.of(2026, 4, 1))).isFalse();
  }
}
