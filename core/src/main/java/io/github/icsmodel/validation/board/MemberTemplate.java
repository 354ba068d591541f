package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.law.Basis;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.List;

/**
 * A rule that looks at each member and participant of the board in turn, at {@code /icb/board/members/i}. A rule
 * and its {@code -unrecorded} twin share the walk and a test of which members the provision binds: the ERROR rule
 * reports what the configuration records against the provision, the WARNING twin what it does not record (not
 * recorded is not false).
 */
abstract class MemberTemplate extends AbstractRule {

  MemberTemplate(String id, Severity severity, Basis basis, String summary, String remedy, String quotation) {
    super(id, severity, basis, summary, remedy, quotation);
  }

  @Override
  public final void check(RuleContext context) {
    List<BoardMember> members = BoardPaths.boardOf(context).members();
    for (int i = 0; i < members.size(); i++) {
      check(context, members.get(i), BoardPaths.member(context, i));
    }
  }

  /**
   * Checks one member.
   *
   * @param context the context
   * @param member the member or participant
   * @param path the member's JSON Pointer
   */
  abstract void check(RuleContext context, BoardMember member, JsonPointer path);
}
