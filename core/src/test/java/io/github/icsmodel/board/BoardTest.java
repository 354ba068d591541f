package io.github.icsmodel.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BoardTest {

  static BoardMember member(String id, MemberRole role) {
    return BoardMember.builder().id(LocalId.of(id)).name("Person " + id).role(role).build();
  }

  static BoardMember ordinary(String id, OrdinaryMemberKind kind) {
    return BoardMember.builder()
        .id(LocalId.of(id))
        .name("Person " + id)
        .role(MemberRole.ORDINARY_MEMBER)
        .ordinaryMemberKind(kind)
        .build();
  }

  @Test
  void a_member_defaults_to_a_voting_member_with_no_facts_asserted() {
    BoardMember chair = member("chair", MemberRole.CHAIR);
    assertThat(chair.participation()).isEqualTo(Participation.VOTING_MEMBER);
    assertThat(chair.isVotingMember()).isTrue();
    assertThat(chair.employedByIcb()).as("not recorded, not false").isEmpty();
    assertThat(chair.mentalHealthExpertise()).as("not recorded, not false").isEmpty();
    assertThat(chair.personId()).isEqualTo(chair.id());
    assertThat(chair.appointedBy()).isEmpty();
    assertThat(chair.isNonExecutiveMember()).isFalse();
  }

  @Test
  void a_participant_is_its_own_kind_and_never_votes() {
    BoardMember dph = BoardMember.builder().id(LocalId.of("dph")).name("Dr P").role(MemberRole.PARTICIPANT).build();
    assertThat(dph.participation()).isEqualTo(Participation.NON_VOTING_PARTICIPANT);
    assertThat(dph.isVotingMember()).isFalse();
    assertThatThrownBy(() -> BoardMember.builder().id(LocalId.of("dph")).name("Dr P").role(MemberRole.PARTICIPANT)
            .participation(Participation.VOTING_MEMBER).build())
        .isInstanceOf(io.github.icsmodel.InvalidValueException.class)
        .hasMessageContaining("participant is not a member");
  }

  @Test
  void a_member_is_in_office_from_appointment_to_the_last_day_of_the_term() {
    BoardMember ned = ordinary("ned", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
        .withAppointedOn(java.time.LocalDate.of(2023, 4, 1)).withTermEndsOn(java.time.LocalDate.of(2026, 3, 31));
    assertThat(ned.inOfficeOn(java.time.LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(ned.inOfficeOn(java.time.LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(ned.inOfficeOn(java.time.LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(ned.inOfficeOn(java.time.LocalDate.of(2026, 4, 1))).isFalse();
  }

  @Test
  void non_voting_participants_are_not_voting_members_of_any_kind() {
    BoardMember deputy = ordinary("deputy-ceo", OrdinaryMemberKind.EXECUTIVE_MEMBER)
        .withParticipation(Participation.NON_VOTING_PARTICIPANT);
    assertThat(deputy.isVotingMember()).isFalse();
    assertThat(deputy.isVotingOrdinaryMember(OrdinaryMemberKind.EXECUTIVE_MEMBER)).isFalse();
    Board board = Board.builder().addMembers(deputy, member("ceo", MemberRole.CHIEF_EXECUTIVE)).build();
    assertThat(board.votingMembers(MemberRole.ORDINARY_MEMBER)).isEmpty();
    assertThat(board.votingMembers(MemberRole.CHIEF_EXECUTIVE)).hasSize(1);
    assertThat(board.member(LocalId.of("deputy-ceo"))).contains(deputy);
    assertThat(board.member(LocalId.of("nobody"))).isEmpty();
  }

  @Test
  void combined_roles_and_designations() {
    BoardMember member = BoardMember.builder()
        .from(ordinary("ned-1", OrdinaryMemberKind.NON_EXECUTIVE_MEMBER))
        .addDesignations(Designation.DEPUTY_CHAIR, Designation.SENIOR_NON_EXECUTIVE_MEMBER)
        .build();
    assertThat(member.holds(Designation.DEPUTY_CHAIR)).isTrue();
    assertThat(member.holds(Designation.AUDIT_COMMITTEE_CHAIR)).isFalse();
    assertThat(member.isNonExecutiveMember()).isTrue();
    BoardMember executive = BoardMember.builder()
        .from(ordinary("cfo", OrdinaryMemberKind.EXECUTIVE_MEMBER))
        .addPortfolios(ExecutivePortfolio.FINANCE, ExecutivePortfolio.OTHER)
        .build();
    assertThat(executive.portfolios()).containsExactly(ExecutivePortfolio.FINANCE, ExecutivePortfolio.OTHER);
  }

  @Test
  void only_ordinary_members_have_a_kind() {
    assertThatThrownBy(() -> BoardMember.builder()
            .from(member("chair", MemberRole.CHAIR))
            .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("only an ordinary member");
  }

  @Test
  void a_board_refuses_a_repeated_member_id() {
    assertThatThrownBy(() -> Board.builder()
            .addMembers(member("x", MemberRole.CHAIR), member("x", MemberRole.CHIEF_EXECUTIVE))
            .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("board members: the id \"x\" is used twice");
  }

  @Test
  void partner_member_kinds() {
    assertThat(OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS.isPartnerMember()).isTrue();
    assertThat(OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES.isPartnerMember()).isTrue();
    assertThat(OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES.isPartnerMember()).isTrue();
    assertThat(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER.isPartnerMember()).isFalse();
  }

  @Test
  void committees_refuse_repeated_members_and_nameless_outsiders() {
    CommitteeMember ned = CommitteeMember.ofBoardMember(LocalId.of("ned-1"));
    assertThat(ned.id()).isEqualTo(LocalId.of("ned-1"));
    assertThatThrownBy(() -> Committee.builder()
            .id(LocalId.of("audit"))
            .name("Audit Committee")
            .kind(CommitteeKind.AUDIT)
            .addMembers(ned, ned)
            .build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> CommitteeMember.builder().id(LocalId.of("outsider")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must have a name");
    assertThat(CommitteeMember.builder().id(LocalId.of("outsider")).name("Ann Expert").build().boardMember())
        .isEmpty();
  }

  @Test
  void private_healthcare_involvement_records_the_assessment() {
    PrivateHealthcareInvolvement involvement = PrivateHealthcareInvolvement.builder()
        .description("Director of a private hospital group")
        .underminesIndependence(false)
        .assessedOn(LocalDate.of(2024, 5, 1))
        .build();
    assertThat(involvement.underminesIndependence()).contains(false);
    assertThatThrownBy(() -> PrivateHealthcareInvolvement.builder().description(" ").build())
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> OfficeHeld.builder().organisation(LocalId.of("t")).title("").build())
        .isInstanceOf(InvalidValueException.class);
  }
}
