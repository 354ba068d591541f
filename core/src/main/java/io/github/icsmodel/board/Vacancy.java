package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A seat on the board that nobody holds: a post the constitution provides for, recorded as vacant. A vacancy never
 * counts towards the membership that Schedule 1B requires; validation reports it.
 */
@Value.Immutable
public abstract class Vacancy implements WithVacancy {

  Vacancy() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Vacancy} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableVacancy.Builder {
    Builder() {}
  }

  /**
   * The vacancy's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The role of the vacant seat.
   *
   * @return the role
   */
  public abstract MemberRole role();

  /**
   * For an ordinary member's seat, which kind.
   *
   * @return the kind
   */
  public abstract Optional<OrdinaryMemberKind> ordinaryMemberKind();

  /**
   * The post's title, such as "Director of Nursing".
   *
   * @return the title
   */
  public abstract Optional<String> postTitle();

  /**
   * Since when the seat has been vacant, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> vacantSince();

  @Value.Check
  void check() {
    if (role() != MemberRole.ORDINARY_MEMBER && ordinaryMemberKind().isPresent()) {
      throw new InvalidValueException("vacancy " + id() + ": only an ordinary member's seat has an ordinaryMemberKind");
    }
    if (postTitle().isPresent() && postTitle().get().isBlank()) {
      throw new InvalidValueException("vacancy " + id() + ": postTitle must not be blank");
    }
  }
}
