package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.organisation.OrganisationKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Who owes a statutory duty, in the words of the provision that imposes it.
 *
 * <p>Some holders are single bodies ("each integrated care board"); others are bodies named together, such as "an
 * integrated care board and its partner NHS trusts and NHS foundation trusts". {@link #kinds()} gives the
 * {@linkplain OrganisationKind kinds of organisation} among the holders. Kind alone does not always settle whether
 * a particular body owes the duty: an NHS trust owes the duties of {@link #ICB_AND_PARTNER_TRUSTS} only if it is a
 * partner of the board (NHS Act 2006 s.14Z48(3)), and a local authority owes the duties of
 * {@link #ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES} only if it is a responsible local authority. Each constant says
 * what else is needed. An integrated care partnership is a joint committee, not an organisation of its own, so
 * {@link #INTEGRATED_CARE_PARTNERSHIP} has no kinds; see {@link #includesIntegratedCarePartnership()}.
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum DutyHolder {
  /**
   * Each integrated care board ("Each integrated care board must ...", as in NHS Act 2006 ss.14Z32 to 14Z45), or
   * the relevant integrated care board where the provision says so (Health and Social Care Act 2012 s.194(10)).
   * JSON name {@code icb}.
   */
  ICB("icb", EnumSet.of(OrganisationKind.INTEGRATED_CARE_BOARD)),

  /**
   * An integrated care board and its partner NHS trusts and NHS foundation trusts, as in the joint forward plan
   * (NHS Act 2006 s.14Z52) and the financial duties of ss.223L, 223LA and 223M. A trust is a "partner" of a board
   * if it "(a) provides services for the purposes of the health service within the integrated care board's area,
   * and (b) has the function, under the integrated care board's constitution, of participating in the nomination
   * of members" (s.14Z48(3)); its kind alone does not show that. JSON name {@code icb-and-partner-trusts}.
   */
  ICB_AND_PARTNER_TRUSTS(
      "icb-and-partner-trusts",
      EnumSet.of(
          OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST)),

  /**
   * An integrated care board together with "each responsible local authority whose area coincides with or falls
   * wholly or partly within the board's area" (Local Government and Public Involvement in Health Act 2007
   * s.116ZA(1)): the bodies that must establish the integrated care partnership. A local authority is among them
   * only if it is a responsible local authority (s.103 of that Act). JSON name
   * {@code icb-and-responsible-local-authorities}.
   */
  ICB_AND_RESPONSIBLE_LOCAL_AUTHORITIES(
      "icb-and-responsible-local-authorities",
      EnumSet.of(OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.LOCAL_AUTHORITY)),

  /**
   * NHS bodies, each of them: "It is the duty of NHS bodies to co-operate with each other" (NHS Act 2006 s.72(1)).
   * An "NHS body" is defined in s.275(1) as "NHS England, an integrated care board, a Special Health Authority, an
   * NHS trust, an NHS foundation trust, and a Local Health Board"; the kinds are those this library models (see
   * {@link OrganisationKind#isNhsBody()}). JSON name {@code nhs-bodies}.
   */
  NHS_BODIES("nhs-bodies", nhsBodies()),

  /**
   * NHS bodies on the one hand and local authorities on the other (NHS Act 2006 s.82(1)). A "local authority" is
   * defined in s.275(1) as "a county council, a county borough council, a district council, a London borough
   * council, and the Common Council of the City of London". JSON name {@code nhs-bodies-and-local-authorities}.
   */
  NHS_BODIES_AND_LOCAL_AUTHORITIES(
      "nhs-bodies-and-local-authorities", Sets.union(nhsBodies(), EnumSet.of(OrganisationKind.LOCAL_AUTHORITY))),

  /**
   * The integrated care partnership, the joint committee of an integrated care board and its responsible local
   * authorities (Local Government and Public Involvement in Health Act 2007 s.116ZA), which must prepare the
   * integrated care strategy (s.116ZB). It is not an organisation, so it has no {@link #kinds()}. JSON name
   * {@code integrated-care-partnership}.
   */
  INTEGRATED_CARE_PARTNERSHIP("integrated-care-partnership", EnumSet.noneOf(OrganisationKind.class)),

  /**
   * "A responsible local authority and each of its partner integrated care boards" (Local Government and Public
   * Involvement in Health Act 2007 s.116B(1)). A "partner integrated care board", in relation to a responsible
   * local authority, "means any integrated care board whose area coincides with or falls wholly or partly within
   * the area of the authority" (s.116(9)). JSON name {@code responsible-local-authority-and-partner-icbs}.
   */
  RESPONSIBLE_LOCAL_AUTHORITY_AND_PARTNER_ICBS(
      "responsible-local-authority-and-partner-icbs",
      EnumSet.of(OrganisationKind.LOCAL_AUTHORITY, OrganisationKind.INTEGRATED_CARE_BOARD)),

  /**
   * NHS England, as in its performance assessment of each integrated care board (NHS Act 2006 s.14Z59). JSON
   * name {@code nhs-england}.
   */
  NHS_ENGLAND("nhs-england", EnumSet.of(OrganisationKind.NHS_ENGLAND)),

  /**
   * A "relevant body" (NHS Act 2006 s.65Z5(2): "(a) NHS England, (b) an integrated care board, (c) an NHS trust
   * established under section 25, (d) an NHS foundation trust, or (e) such other body as may be prescribed") or a
   * "relevant NHS body" (s.13UA(5): a relevant NHS commissioner, NHS England or an integrated care board, or a
   * relevant NHS provider, an NHS trust or an NHS foundation trust). JSON name {@code relevant-nhs-bodies}.
   */
  RELEVANT_NHS_BODIES(
      "relevant-nhs-bodies",
      EnumSet.of(
          OrganisationKind.NHS_ENGLAND, OrganisationKind.INTEGRATED_CARE_BOARD, OrganisationKind.NHS_TRUST, OrganisationKind.NHS_FOUNDATION_TRUST));

  private static final ImmutableMap<String, DutyHolder> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(DutyHolder::jsonName, Function.identity()));

  private final String jsonName;
  private final Set<OrganisationKind> kinds;

  DutyHolder(String jsonName, Set<OrganisationKind> kinds) {
    this.jsonName = jsonName;
    this.kinds = Sets.immutableEnumSet(kinds);
  }

  private static Set<OrganisationKind> nhsBodies() {
    EnumSet<OrganisationKind> kinds = EnumSet.noneOf(OrganisationKind.class);
    for (OrganisationKind kind : OrganisationKind.values()) {
      if (kind.isNhsBody()) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  /**
   * Obtains a holder from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "icb-and-partner-trusts"}
   * @return the holder
   * @throws InvalidValueException if no holder has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static DutyHolder of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    DutyHolder holder = BY_JSON_NAME.get(jsonName);
    if (holder == null) {
      throw new InvalidValueException(
          "unknown duty holder \"" + jsonName + "\"; expected one of: " + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return holder;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this holder.
   *
   * @return the name, such as {@code "icb-and-partner-trusts"}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the kinds of organisation among the holders. A body of one of these kinds owes the duty if it also
   * stands in the relation the constant describes (for example, a partner trust of the board).
   *
   * @return the kinds, empty for {@link #INTEGRATED_CARE_PARTNERSHIP}
   */
  public Set<OrganisationKind> kinds() {
    return kinds;
  }

  /**
   * Returns whether bodies of a kind are among the holders of duties owed by this holder, subject to the relation
   * the constant describes.
   *
   * @param kind the kind of organisation
   * @return true if bodies of that kind can owe such duties
   * @throws NullPointerException if kind is null
   */
  public boolean includes(OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kinds.contains(kind);
  }

  /**
   * Returns whether the integrated care partnership owes duties of this holder.
   *
   * @return true only for {@link #INTEGRATED_CARE_PARTNERSHIP}
   */
  public boolean includesIntegratedCarePartnership() {
    return this == INTEGRATED_CARE_PARTNERSHIP;
  }
}
