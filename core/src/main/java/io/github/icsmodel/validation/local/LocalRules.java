package io.github.icsmodel.validation.local;

import io.github.icsmodel.law.PolicyReference;
import io.github.icsmodel.validation.RuleSet;
import java.util.Objects;

/**
 * Rules that rest on a source the user supplies: expectations an ICB's own constitution (or other local document)
 * sets which the library's legal and policy sources do not, so the library does not build them in. Each factory
 * takes the source as the rules' basis; add the rules to the built-in ones with {@link RuleSet#plus(RuleSet)}:
 *
 * <pre>{@code
 * PolicyReference constitution = PolicyReference.of("NHS Northshire ICB", "Constitution", "2024-04");
 * RuleSet rules = RuleSet.all()
 *     .plus(LocalRules.remunerationCommittee(constitution))
 *     .plus(LocalRules.disqualification("board.disqualified-local", constitution,
 *         "a director of a company that provides services to the ICB", "disqualifiedLocal"));
 * }</pre>
 *
 * <p>The rules are warnings: they report a departure from the user's source, not from the law.
 */
public final class LocalRules {
  private LocalRules() {}

  /**
   * Returns the remuneration committee rules, {@code committee.remuneration-chair} (chaired by a non-executive
   * member who is neither the board chair nor the audit committee chair) and
   * {@code committee.remuneration-no-employees} (no ICB employee among its members), resting on a source the user
   * supplies. They are not built in: the library's legal and policy sources hold no source for these expectations,
   * and the library cites none it does not have. With no committee of kind {@code remuneration}, neither reports.
   *
   * @param basis the document that sets the expectation, such as the ICB's constitution
   * @return the two rules, as warnings
   */
  public static RuleSet remunerationCommittee(PolicyReference basis) {
    Objects.requireNonNull(basis, "basis");
    return RuleSet.of(new CommitteeRemunerationChairRule(basis), new CommitteeRemunerationNoEmployeesRule(basis));
  }

  /**
   * Returns a rule for a ground of disqualification from board membership that the user's source gives and the
   * library does not build in (the model ICB constitution's list continues beyond the grounds the library's sources
   * hold; see {@code board.disqualified}). A voting member in office whose {@code extensions} hold {@code true}
   * under the key is reported, as a WARNING resting on the source.
   *
   * @param id the rule's id, such as {@code "board.disqualified-local"}
   * @param basis the document that gives the ground, such as the ICB's constitution
   * @param ground the ground in words, completing "is recorded as ...", such as "a director of a company that
   *     provides services to the ICB"
   * @param extension the extensions key that records the ground, such as {@code "disqualifiedLocal"}
   * @return a set of the one rule
   * @throws IllegalArgumentException if the id is not a valid rule id
   */
  public static RuleSet disqualification(String id, PolicyReference basis, String ground, String extension) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(extension, "extension");
    return RuleSet.of(new DisqualificationGroundRule(id, basis, ground, extension));
  }
}
