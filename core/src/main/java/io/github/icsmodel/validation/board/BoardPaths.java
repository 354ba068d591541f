package io.github.icsmodel.validation.board;

import io.github.icsmodel.board.AppointingAuthority;
import io.github.icsmodel.board.Board;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeKind;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.Designation;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  /**
   * Whether a person at the table counts towards Schedule 1B's requirements on the validation date: a voting
   * member in office on that date ({@link BoardMember#inOfficeOn}).
   */
  /**
   * Why a member designated to a post NHS England's constitution guidance gives a non-executive member (deputy
   * chair, senior non-executive member) does not qualify for it, as phrases to join with "and"; empty if it does.
   */
  static List<String> whyNotAVotingNonExecutive(BoardMember member) {
    List<String> reasons = new ArrayList<>();
    if (!member.isVotingMember()) {
      reasons.add("is a non-voting participant");
    }
    if (!member.isNonExecutiveMember()) {
      reasons.add("is not a non-executive member");
    }
    return reasons;
  }

  static boolean sits(BoardMember member, RuleContext context) {
    return member.isVotingMember() && member.inOfficeOn(context.asOf());
  }

  /** A member in words: the name and, in brackets, the id, such as "Dr Helen Marsh (chair)". */
  static String named(BoardMember member) {
    return member.name() + " (" + member.id() + ")";
  }

  /**
   * An organisation in words: its name and, in brackets, its national code (GSS code for a local authority, ODS
   * code for an NHS body or practice) or, failing that, its id in the configuration.
   */
  static String describe(Organisation organisation) {
    String code = organisation.gssCode().map(Object::toString)
        .or(() -> organisation.odsCode().map(Object::toString))
        .orElse(organisation.id().toString());
    return organisation.name() + " (" + code + ")";
  }

  /** An organisation's kind in words, with its article: "an NHS trust", "a local authority". */
  static String kindWords(OrganisationKind kind) {
    switch (kind) {
      case INTEGRATED_CARE_BOARD:
        return "an integrated care board";
      case NHS_TRUST:
        return "an NHS trust";
      case NHS_FOUNDATION_TRUST:
        return "an NHS foundation trust";
      case LOCAL_AUTHORITY:
        return "a local authority";
      case PRIMARY_MEDICAL_SERVICES_PROVIDER:
        return "a provider of primary medical services";
      case PRIMARY_CARE_NETWORK:
        return "a primary care network";
      case VCSE_ORGANISATION:
        return "a voluntary, community or social enterprise organisation";
      case LOCAL_HEALTHWATCH:
        return "a local Healthwatch";
      case HEALTH_AND_WELLBEING_BOARD:
        return "a health and wellbeing board";
      case INDEPENDENT_SECTOR_PROVIDER:
        return "an independent sector provider";
      case NHS_ENGLAND:
        return "NHS England";
      case NHS_ENGLAND_REGION:
        return "a region of NHS England";
      default:
        return "an organisation";
    }
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
