package io.github.icsmodel.interest;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.LocalIds;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A register of interests that an integrated care board maintains under s.14Z30(1) of the NHS Act 2006, with
 * the groups it covers, how the public can see it (s.14Z30(2)) and the declarations it holds (s.14Z30(3)(c)).
 */
@Value.Immutable
public abstract class RegisterOfInterests implements WithRegisterOfInterests {

  RegisterOfInterests() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RegisterOfInterests} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableRegisterOfInterests.Builder {
    Builder() {}
  }

  /**
   * The register's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * Whose interests it records.
   *
   * @return the groups covered
   */
  public abstract Set<RegisterScope> covers();

  /**
   * How the public can see it.
   *
   * @return the access
   */
  public abstract RegisterAccess access();

  /**
   * Where it is published, if it is.
   *
   * @return the address
   */
  public abstract Optional<String> url();

  /**
   * The declarations in the register.
   *
   * @return the declarations
   */
  public abstract List<Declaration> declarations();

  @Value.Check
  void check() {
    if (covers().isEmpty()) {
      throw new InvalidValueException("register of interests " + id() + ": covers must name at least one group");
    }
    LocalIds.requireUnique(declarations(), Declaration::id, "declarations in register " + id());
  }
}
