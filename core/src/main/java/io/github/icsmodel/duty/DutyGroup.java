package io.github.icsmodel.duty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.law.Act;
import io.github.icsmodel.law.LegalReference;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A group of duties that the NHS Act 2006 itself names or lists together, so that another provision can refer to
 * them all: the joint forward plan must explain how the board will discharge the "general duties of integrated
 * care boards" and the "financial duties" (s.14Z52(2)(b)); the annual report must explain how it discharged them
 * (s.14Z58(2)(a)); NHS England's performance assessment must cover a list of them (s.14Z59(3)).
 *
 * <p>{@link #members()} holds the ids of the catalogued duties in the group. Where the Act names a range of
 * sections that also contains powers (ss.223GB to 223N contain powers of NHS England and of the Secretary of
 * State as well as duties of integrated care boards), only the duties are members.
 *
 * <p>Each constant has a stable lower-case kebab-case {@link #jsonName() name}, read back by {@link #of(String)}.
 */
public enum DutyGroup {
  /**
   * "sections 14Z34 to 14Z45 (general duties of integrated care boards)" (NHS Act 2006 s.14Z52(2)(b)(i); also
   * s.14Z58(2)(a)). Sections 14Z32 (NHS Constitution) and 14Z33 (effectiveness, efficiency and economy) also bind
   * each integrated care board but fall outside this statutory label. JSON name {@code general-duties-of-icbs}.
   */
  GENERAL_DUTIES_OF_ICBS(
      "general-duties-of-icbs",
      ImmutableList.of(nhsa("14Z52").subdivision("(2)(b)(i)"), nhsa("14Z58").subdivision("(2)(a)")),
      "14Z34", "14Z35", "14Z36", "14Z37", "14Z38", "14Z39", "14Z40", "14Z41", "14Z42", "14Z43", "14Z44", "14Z45"),

  /**
   * The duties in "sections 223GB to 223N (financial duties)" (NHS Act 2006 s.14Z52(2)(b)(ii); s.14Z59(3)(g)):
   * ss.223GC, 223L(2), 223LA and 223M. The range also holds powers that are not duties of integrated care boards
   * and are not members: s.223GB (NHS England's directions on resources), s.223GD (the Secretary of State's
   * directions on banking) and s.223N (NHS England's directions on resource use). s.223LA is a member although its
   * commencement is unconfirmed. JSON name {@code financial-duties}.
   */
  FINANCIAL_DUTIES(
      "financial-duties",
      ImmutableList.of(nhsa("14Z52").subdivision("(2)(b)(ii)"), nhsa("14Z59").subdivision("(3)(g)")),
      "223GC", "223L", "223LA", "223M"),

  /**
   * The duties whose discharge an integrated care board's annual report must explain: "sections 14Z34 to 14Z45 and
   * 14Z49 (general duties of integrated care boards)" (NHS Act 2006 s.14Z58(2)(a)). JSON name
   * {@code annual-report-duties}.
   */
  ANNUAL_REPORT_DUTIES(
      "annual-report-duties",
      ImmutableList.of(nhsa("14Z58").subdivision("(2)(a)")),
      "14Z34", "14Z35", "14Z36", "14Z37", "14Z38", "14Z39", "14Z40", "14Z41", "14Z42", "14Z43", "14Z44", "14Z45",
      "14Z49"),

  /**
   * The duties that NHS England's annual performance assessment of each integrated care board must in particular
   * cover (NHS Act 2006 s.14Z59(3)): ss.14Z34, 14Z35, 14Z38, 14Z40, 14Z43 and 14Z45, the financial duties in
   * ss.223GB to 223N, and s.116B(1) of the Local Government and Public Involvement in Health Act 2007. JSON name
   * {@code performance-assessment-duties}.
   */
  PERFORMANCE_ASSESSMENT_DUTIES(
      "performance-assessment-duties",
      ImmutableList.of(nhsa("14Z59").subdivision("(3)")),
      "14Z34", "14Z35", "14Z38", "14Z40", "14Z43", "14Z45", "223GC", "223L", "223LA", "223M",
      "lgpiha2007:116B");

  private static final ImmutableMap<String, DutyGroup> BY_JSON_NAME =
      Arrays.stream(values()).collect(ImmutableMap.toImmutableMap(DutyGroup::jsonName, Function.identity()));

  private final String jsonName;
  private final ImmutableList<LegalReference> basis;
  private final ImmutableSet<DutyId> members;

  DutyGroup(String jsonName, ImmutableList<LegalReference> basis, String... members) {
    this.jsonName = jsonName;
    this.basis = basis;
    this.members =
        Arrays.stream(members)
            .map(member -> DutyId.of(member.contains(":") ? member : "nhsa2006:" + member))
            .collect(ImmutableSet.toImmutableSet());
  }

  private static LegalReference nhsa(String section) {
    return LegalReference.section(Act.NHS_ACT_2006, section);
  }

  /**
   * Obtains a group from its {@link #jsonName() kebab-case name}.
   *
   * @param jsonName the name, such as {@code "financial-duties"}
   * @return the group
   * @throws InvalidValueException if no group has that name; the message lists the valid names
   * @throws NullPointerException if jsonName is null
   */
  public static DutyGroup of(String jsonName) {
    Objects.requireNonNull(jsonName, "jsonName");
    DutyGroup group = BY_JSON_NAME.get(jsonName);
    if (group == null) {
      throw new InvalidValueException(
          "unknown duty group \"" + jsonName + "\"; expected one of: " + String.join(", ", BY_JSON_NAME.keySet()));
    }
    return group;
  }

  /**
   * Returns the stable lower-case kebab-case name by which the JSON format writes this group.
   *
   * @return the name
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the provisions that name or list the group, such as NHS Act 2006 s.14Z52(2)(b)(i).
   *
   * @return the provisions
   */
  public List<LegalReference> basis() {
    return basis;
  }

  /**
   * Returns the ids of the catalogued duties in the group, in the order of the Act.
   *
   * @return the member ids
   */
  public Set<DutyId> members() {
    return members;
  }

  /**
   * Returns whether a duty is in the group.
   *
   * @param id a whole-duty id
   * @return true if it is a member
   * @throws NullPointerException if id is null
   */
  public boolean contains(DutyId id) {
    Objects.requireNonNull(id, "id");
    return members.contains(id);
  }
}
