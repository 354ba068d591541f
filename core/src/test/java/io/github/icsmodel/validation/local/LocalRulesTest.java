package io.github.icsmodel.validation.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.board.BoardFixtures;
import io.github.icsmodel.validation.Finding;
import io.github.icsmodel.validation.RuleId;
import io.github.icsmodel.validation.RuleSet;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalRulesTest {
  static final PolicyReference CONSTITUTION = PolicyReference.of("NHS Example ICB", "Constitution", "2024-04");
  static final RuleSet RULES = LocalRules.remunerationCommittee(CONSTITUTION);

  static IntegratedCareSystem withRemunerationCommittee(String chair, CommitteeMember... members) {
    IntegratedCareSystem system = BoardFixtures.compliantSystem();
    List<Committee> committees = new ArrayList<>(system.icb().committees());
    committees.removeIf(c -> c.kind() == CommitteeKind.REMUNERATION);
    committees.add(Committee.builder().id(LocalId.of("remco")).name("Remuneration Committee")
        .kind(CommitteeKind.REMUNERATION).chair(LocalId.of(chair)).addMembers(members).build());
    return system
        .withIcb(system.icb().withCommittees(committees));
  }

  static List<Finding> findings(IntegratedCareSystem system) {
    return Validator.of(RULES).validate(system, BoardFixtures.AS_OF).findings();
  }

  static String nonExecutiveNotAuditChair(IntegratedCareSystem system) {
    var auditChairs = new java.util.HashSet<LocalId>();
    system.icb().committees().stream().filter(c -> c.kind() == CommitteeKind.AUDIT)
        .forEach(c -> c.chair().ifPresent(auditChairs::add));
    return system.icb().board().members().stream()
        .filter(m -> m.isNonExecutiveMember() && m.isVotingMember() && !auditChairs.contains(m.id())
            && !m.holds(io.github.icsmodel.board.Designation.AUDIT_COMMITTEE_CHAIR))
        .findFirst().orElseThrow().id().toString();
  }

  @Test
  void the_rules_rest_on_the_source_the_user_gives_and_are_not_built_in() {
    assertThat(RULES.rules()).extracting(r -> r.id().toString())
        .containsExactly("committee.remuneration-chair", "committee.remuneration-no-employees");
    assertThat(RULES.rules()).allSatisfy(r -> {
      assertThat(r.basis()).isEqualTo(CONSTITUTION);
      assertThat(r.severity()).isEqualTo(Severity.WARNING);
    });
    assertThat(RuleSet.all().find(RuleId.of("committee.remuneration-chair"))).isEmpty();
  }

  @Test
  void committee_remuneration_chair_passes_with_a_non_executive_chair() {
    IntegratedCareSystem base = BoardFixtures.compliantSystem();
    String ned = nonExecutiveNotAuditChair(base);
    assertThat(findings(withRemunerationCommittee(ned, CommitteeMember.ofBoardMember(LocalId.of(ned))))).isEmpty();
  }

  @Test
  void committee_remuneration_chair_fails_when_the_board_chair_chairs_it() {
    List<Finding> findings = findings(withRemunerationCommittee("chair", CommitteeMember.ofBoardMember(LocalId.of("chair"))));
    assertThat(findings).extracting(f -> f.ruleId().toString()).containsExactly("committee.remuneration-chair");
    assertThat(findings.get(0).path().toString()).endsWith("/chair");
  }

  @Test
  void committee_remuneration_no_employees_fails_for_an_employee_member() {
    IntegratedCareSystem base = BoardFixtures.compliantSystem();
    String ned = nonExecutiveNotAuditChair(base);
    List<Finding> findings = findings(withRemunerationCommittee(ned, CommitteeMember.ofBoardMember(LocalId.of(ned)),
        CommitteeMember.builder().id(LocalId.of("hr-director")).name("HR Director").employedByIcb(true).build()));
    assertThat(findings).extracting(f -> f.ruleId().toString()).containsExactly("committee.remuneration-no-employees");
    assertThat(findings.get(0).path().toString()).endsWith("/members/1");
  }
}
