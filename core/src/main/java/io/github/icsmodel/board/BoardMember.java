package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person at the table of an integrated care board: the chair, the chief executive, an ordinary member, or a
 * non-voting participant, with the facts that Schedule 1B to the NHS Act 2006 and NHS England policy turn on.
 *
 * <p>Real boards vary, and the model represents them as they are: several partner members per constituency,
 * place members, combined executive portfolios, deputy chief executives and other non-voting participants.
 */
@Value.Immutable
public abstract class BoardMember implements WithBoardMember {

  BoardMember() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BoardMember} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableBoardMember.Builder {
    Builder() {}
  }

  /**
   * The member's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The member's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The person who holds this seat, by an id shared across seats: a person who sits on the board, on committees, on
   * the integrated care partnership or on the board of another ICB of a cluster is given the same person id in
   * each seat. Empty means the seat's own {@link #id()} identifies the person (see {@link #personId()}).
   *
   * @return the person's id
   */
  public abstract Optional<LocalId> person();

  /**
   * The post's title as the ICB gives it, such as "Chief Finance Officer" or "Partner Member (Local Authorities)".
   *
   * @return the title
   */
  public abstract Optional<String> postTitle();

  /**
   * Whether the holder is substantive, acting or interim; empty if not recorded.
   *
   * @return the tenure
   */
  public abstract Optional<Tenure> tenure();

  /**
   * The member's role under Sch. 1B para 3(1), or {@link MemberRole#PARTICIPANT} for a non-member.
   *
   * @return the role
   */
  public abstract MemberRole role();

  /**
   * For an ordinary member, which kind; empty for the chair and the chief executive.
   *
   * @return the kind
   */
  public abstract Optional<OrdinaryMemberKind> ordinaryMemberKind();

  /**
   * The executive portfolios the member holds; several for a combined role.
   *
   * @return the portfolios
   */
  public abstract Set<ExecutivePortfolio> portfolios();

  /**
   * Whether the person is a voting member or a non-voting participant.
   *
   * @return the participation: by default non-voting for a {@link MemberRole#PARTICIPANT}, voting otherwise
   */
  @Value.Default
  public Participation participation() {
    return role() == MemberRole.PARTICIPANT ? Participation.NON_VOTING_PARTICIPANT : Participation.VOTING_MEMBER;
  }

  /**
   * Who appointed the member, if recorded.
   *
   * @return the appointer
   */
  public abstract Optional<AppointingAuthority> appointedBy();

  /**
   * Whose approval the appointment had.
   *
   * @return the approvers
   */
  public abstract Set<AppointingAuthority> approvedBy();

  /**
   * The organisations of the configuration that jointly nominated a partner member, by id (Sch. 1B para 8(2)).
   * Empty, with no {@link #nominatingConstituency()}, means the nomination is not recorded.
   *
   * @return the nominating organisations
   */
  public abstract Set<LocalId> nominatedBy();

  /**
   * The constituency that jointly nominated a partner member, stated as a whole instead of (or beside) listing
   * the bodies in {@link #nominatedBy()}: for example all the GP practices of the area.
   *
   * @return the constituency, if stated
   */
  public abstract Optional<NominatingConstituency> nominatingConstituency();

  /**
   * The date of the nomination, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> nominatedOn();

  /**
   * Whether the person is an employee of the ICB (Sch. 1B para 7(2) requires it of the chief executive; para
   * 19(4) extends "employee" to certain secondees): true, false, or empty if not recorded. Not recorded is not
   * false: a rule that needs the fact reports that the configuration does not show it.
   *
   * @return the fact, or empty if not recorded
   */
  public abstract Optional<Boolean> employedByIcb();

  /**
   * Whether the member has knowledge and experience in connection with services relating to the prevention,
   * diagnosis and treatment of mental illness (Sch. 1B para 8(6)): true, false, or empty if not recorded.
   *
   * @return the fact, or empty if not recorded
   */
  public abstract Optional<Boolean> mentalHealthExpertise();

  /**
   * The grounds of disqualification recorded as applying to the person (see {@link DisqualificationGround}).
   * Empty means none is recorded, not that none applies.
   *
   * @return the grounds
   */
  public abstract Set<DisqualificationGround> disqualifications();

  /**
   * The member's involvement with the private healthcare sector, if any (Sch. 1B para 4).
   *
   * @return the involvement
   */
  public abstract Optional<PrivateHealthcareInvolvement> privateHealthcareInvolvement();

  /**
   * Offices the member holds in other organisations in the system's footprint.
   *
   * @return the offices
   */
  public abstract List<OfficeHeld> officesHeld();

  /**
   * Designations beside the role, such as deputy chair.
   *
   * @return the designations
   */
  public abstract Set<Designation> designations();

  /**
   * The date the appointment took effect, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> appointedOn();

  /**
   * The date the term ends, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> termEndsOn();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * The id of the person holding this seat: {@link #person()} if recorded, else the seat's {@link #id()}.
   *
   * @return the person's id
   */
  public final LocalId personId() {
    return person().orElse(id());
  }

  /**
   * Returns whether the member is in office on a date: appointed on or before it (or appointment date not recorded)
   * and with a term that has not ended before it ({@link #termEndsOn()} is the last day in office).
   *
   * @param date the date
   * @return true if in office, as far as the configuration shows
   */
  public final boolean inOfficeOn(LocalDate date) {
    return appointedOn().map(d -> !d.isAfter(date)).orElse(true)
        && termEndsOn().map(d -> !d.isBefore(date)).orElse(true);
  }

  /**
   * Returns whether this person is a voting member of the board, so counts towards Schedule 1B's requirements.
   *
   * @return true for voting members
   */
  public final boolean isVotingMember() {
    return participation() == Participation.VOTING_MEMBER;
  }

  /**
   * Returns whether this is a voting ordinary member of the given kind.
   *
   * @param kind the kind
   * @return true if a voting ordinary member of that kind
   */
  public final boolean isVotingOrdinaryMember(OrdinaryMemberKind kind) {
    return isVotingMember() && role() == MemberRole.ORDINARY_MEMBER && ordinaryMemberKind().equals(Optional.of(kind));
  }

  /**
   * Returns whether this is a non-executive member (voting or not).
   *
   * @return true for a non-executive member
   */
  public final boolean isNonExecutiveMember() {
    return ordinaryMemberKind().equals(Optional.of(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER));
  }

  /**
   * Returns whether the member holds the given designation.
   *
   * @param designation the designation
   * @return true if held
   */
  public final boolean holds(Designation designation) {
    return designations().contains(designation);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("board member " + id() + ": name must not be blank");
    }
    if (role() != MemberRole.ORDINARY_MEMBER && ordinaryMemberKind().isPresent()) {
      throw new InvalidValueException("board member " + id() + ": only an ordinary member has an ordinaryMemberKind");
    }
    if (role() == MemberRole.PARTICIPANT && participation() == Participation.VOTING_MEMBER) {
      throw new InvalidValueException("board member " + id() + ": a participant is not a member and has no vote");
    }
    if (postTitle().isPresent() && postTitle().get().isBlank()) {
      throw new InvalidValueException("board member " + id() + ": postTitle must not be blank");
    }
  }
}
