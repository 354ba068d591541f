package io.github.icsmodel.board;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import org.immutables.value.Value;

/**
 * A position or office a board member holds in another organisation, such as "chief executive" of a trust in the
 * system's area. NHS England policy keeps the chair and non-executive members free of roles in health and care
 * organisations in the area.
 */
@Value.Immutable
public abstract class OfficeHeld implements WithOfficeHeld {

  OfficeHeld() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OfficeHeld} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableOfficeHeld.Builder {
    Builder() {}
  }

  /**
   * The organisation, by its id in the configuration.
   *
   * @return the organisation's id
   */
  public abstract LocalId organisation();

  /**
   * The title of the office, such as "chief executive" or "councillor".
   *
   * @return the title
   */
  public abstract String title();

  @Value.Check
  void check() {
    if (Texts.isBlank(title())) {
      throw new InvalidValueException("office held in " + organisation() + ": title must not be blank");
    }
  }
}
