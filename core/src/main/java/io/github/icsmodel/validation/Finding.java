package io.github.icsmodel.validation;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.law.Basis;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found by validation: which rule, how serious, where (a JSON Pointer into the configuration), what
 * is wrong, on what basis, and about which element.
 */
@Value.Immutable
public abstract class Finding implements WithFinding {
  /**
   * The longest message a finding carries: {@value} characters. A rule that would say more (quoting a very long
   * name, say) has its message shortened, ending with a note of its full length, so that no report grows with the
   * size of one value in the configuration.
   */
  public static final int MAX_MESSAGE_LENGTH = 2_000;

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }

  /**
   * The id of the rule that found it.
   *
   * @return the rule id
   */
  public abstract RuleId ruleId();

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where in the configuration, as a JSON Pointer built from the JSON property names.
   *
   * @return the path
   */
  public abstract JsonPointer path();

  /**
   * What is wrong, in words a governance officer can act on.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The provision of law or policy departed from.
   *
   * @return the basis
   */
  public abstract Basis basis();

  /**
   * The id of the element the finding is about, if it has one.
   *
   * @return the subject's id
   */
  public abstract Optional<LocalId> subject();

  /**
   * The waiver that covers this finding, if one does. A waived finding does not make a configuration invalid.
   *
   * @return the waiver
   */
  public abstract Optional<Waiver> waivedBy();

  /**
   * Returns whether a waiver covers this finding.
   *
   * @return true if waived
   */
  public final boolean isWaived() {
    return waivedBy().isPresent();
  }

  /**
   * What the finding means: the law, an integrity check, policy or advice, from its severity and basis (see
   * {@link RuleKind}).
   *
   * @return the kind
   */
  public final RuleKind kind() {
    return RuleKind.of(severity(), basis().isStatutory());
  }

  /**
   * Returns whether this finding makes the configuration invalid: an ERROR or FATAL finding that is not waived.
   *
   * @return true if blocking
   */
  public final boolean isBlocking() {
    return severity().isBlocking() && !isWaived();
  }

  /** Shortens a message longer than {@link #MAX_MESSAGE_LENGTH}. */
  @Value.Check
  Finding bounded() {
    if (message().length() <= MAX_MESSAGE_LENGTH) {
      return this;
    }
    return this.withMessage(Texts.shorten(message(), MAX_MESSAGE_LENGTH));
  }
}
