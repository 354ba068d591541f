/**
 * The board of an integrated care board and its committees, as Schedule 1B to the NHS Act 2006 and NHS England policy
 * shape them: the chair, the chief executive, the ordinary members (partner members nominated by trusts, by primary
 * medical services providers and by local authorities; non-executive members; executive members), the non-voting
 * participants, and the facts about each that the law turns on.
 *
 * <p>A {@link io.github.icsmodel.board.Board} holds {@link io.github.icsmodel.board.BoardMember members}, each with a
 * {@link io.github.icsmodel.board.MemberRole} (and, for an ordinary member, an
 * {@link io.github.icsmodel.board.OrdinaryMemberKind}), who appointed and approved them
 * ({@link io.github.icsmodel.board.AppointingAuthority}), their term ({@link io.github.icsmodel.board.Tenure}),
 * designations such as deputy chair, and declared grounds of disqualification; {@link io.github.icsmodel.board.Vacancy
 * vacancies} for seats known to be empty; and {@link io.github.icsmodel.board.UnrecordedSeat unrecorded seats} for
 * seats the configuration does not yet describe (what {@code ics init} writes).
 * {@link io.github.icsmodel.board.Committee Committees} have {@link io.github.icsmodel.board.CommitteeMember members}
 * who are board members or named outsiders:
 *
 * <pre>{@code
 * Board board = Board.builder()
 *     .addMembers(BoardMember.builder()
 *         .id(LocalId.of("chair")).name("Helen Marsh").role(MemberRole.CHAIR)
 *         .appointedBy(AppointingAuthority.NHS_ENGLAND)
 *         .addApprovedBy(AppointingAuthority.SECRETARY_OF_STATE)
 *         .build())
 *     .addMembers(BoardMember.builder()
 *         .id(LocalId.of("ned-1")).name("Ravi Shah").role(MemberRole.ORDINARY_MEMBER)
 *         .ordinaryMemberKind(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)
 *         .build())
 *     .build();
 * List<BoardMember> chairs = board.votingMembers(MemberRole.CHAIR); // [Helen Marsh]
 * }</pre>
 *
 * <p>The board belongs to the ICB ({@link io.github.icsmodel.system.IntegratedCareBoard#board()}); the rules of
 * {@code io.github.icsmodel.validation} check it against Schedule 1B (which provides for a chair, a chief executive
 * and at least three other members, Sch. 1B para 3(1)) and NHS England's policy on ICB constitutions, each finding
 * pointing at the member by its JSON Pointer.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.board;

import io.github.icsmodel.IcsStyle;
