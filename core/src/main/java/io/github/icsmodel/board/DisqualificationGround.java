package io.github.icsmodel.board;

/**
 * A ground of disqualification from membership of an integrated care board that the library's sources give, beside
 * Schedule 1B para 4 (involvement with the private healthcare sector "or otherwise", recorded as a
 * {@link PrivateHealthcareInvolvement} and judged by the appointer).
 *
 * <p>The constants are the grounds in section 3.2 of the model ICB constitution, as an ICB constitution following
 * the model gives them (Hertfordshire and West Essex ICB constitution, /constitution/3). That list continues in the
 * constitution beyond these items, but its further items are not in the library's sources (UNCONFIRMED) and are not
 * built in: a user who has them supplies their own rule. Recording a ground states that it applies to the person;
 * a person with none recorded is not thereby shown to be free of them.
 */
public enum DisqualificationGround {
  /** "A Member of Parliament". */
  MEMBER_OF_PARLIAMENT,
  /**
   * A person convicted within 5 years and sentenced to imprisonment of not less than three months without the option
   * of a fine.
   */
  RECENT_CONVICTION_WITH_IMPRISONMENT,
  /** A person subject to a bankruptcy restrictions order. */
  BANKRUPTCY_RESTRICTIONS_ORDER,
  /** A person dismissed within 5 years (other than for redundancy) from paid employment by any Health Service Body. */
  DISMISSED_BY_HEALTH_SERVICE_BODY
}
