package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.HashSet;
import java.util.Set;

/** Paths and wording shared by the board rules. */
final class BoardPaths {
  private BoardPaths() {}

  /** The board: {@code /icb/board}. */
  static JsonPointer board(RuleContext context) {
    return context.base().property("icb").property("board");
  }

  /** The board's members: {@code /icb/board/members}. */
  static JsonPointer members(RuleContext context) {
    return board(context).property("members");
  }

  /** One board member: {@code /icb/board/members/i}. */
  static JsonPointer member(RuleContext context, int index) {
    return members(context).index(index);
  }

  /** The committees: {@code /icb/committees}. */
  static JsonPointer committees(RuleContext context) {
    return context.base().property("icb").property("committees");
  }

  /** One committee: {@code /icb/committees/i}. */
  static JsonPointer committee(RuleContext context, int index) {
    return committees(context).index(index);
  }

  /** The board of the system in context. */
  static Board boardOf(RuleContext context) {
    return context.system().icb().board();
  }

  /**
   * The board members who chair the audit committee: those designated audit committee chair, and those a
   * committee of kind {@code audit} names as its chair.
   */
  static Set<LocalId> auditCommitteeChairs(RuleContext context) {
    Set<LocalId> chairs = new HashSet<>();
    for (BoardMember member : boardOf(context).members()) {
      if (member.holds(Designation.AUDIT_COMMITTEE_CHAIR)) {
        chairs.add(member.id());
      }
    }
    for (Committee committee : context.system().icb().committees()) {
      if (committee.kind() == CommitteeKind.AUDIT && committee.chair().isPresent()) {
        for (CommitteeMember member : committee.members()) {
          if (member.id().equals(committee.chair().get())) {
            member.boardMember().ifPresent(chairs::add);
          }
        }
      }
    }
    return chairs;
  }

  /** An appointing authority in the words of Schedule 1B. */
  static String describe(AppointingAuthority authority) {
    switch (authority) {
      case NHS_ENGLAND:
        return "NHS England";
      case SECRETARY_OF_STATE:
        return "the Secretary of State";
      case ICB_CHAIR:
        return "the chair of the ICB";
      case ICB_CHIEF_EXECUTIVE:
        return "the chief executive of the ICB";
      case INTEGRATED_CARE_BOARD:
        return "the integrated care board";
      case NOMINATING_BODIES:
        return "the nominating bodies";
      default:
        return "another person";
    }
  }
}
