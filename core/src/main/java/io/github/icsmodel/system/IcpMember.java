package io.github.icsmodel.system;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/** A member of an integrated care partnership and who appointed them (s.116ZA(2) of the 2007 Act). */
@Value.Immutable
public abstract class IcpMember implements WithIcpMember {

  IcpMember() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IcpMember} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIcpMember.Builder {
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
   * Who appointed the member.
   *
   * @return the appointer
   */
  public abstract IcpAppointer appointedBy();

  /**
   * For a member appointed by a responsible local authority, that authority, by organisation id.
   *
   * @return the appointing authority
   */
  public abstract Optional<LocalId> appointingAuthority();

  /**
   * The organisation the member comes from, if any, such as a Local Healthwatch.
   *
   * @return the organisation's id
   */
  public abstract Optional<LocalId> organisation();

  /**
   * The person, by an id shared across seats (see {@link io.github.icsmodel.board.BoardMember#person()}): the
   * same person id on the ICB's board and on the partnership identifies one person in both.
   *
   * @return the person's id
   */
  public abstract Optional<LocalId> person();

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("ICP member " + id() + ": name must not be blank");
    }
    if ((appointedBy() == IcpAppointer.RESPONSIBLE_LOCAL_AUTHORITY) != appointingAuthority().isPresent()) {
      throw new InvalidValueException(
          "ICP member " + id() + ": a member appointed by a responsible local authority must name the"
              + " appointingAuthority, and only such a member may");
    }
  }
}
