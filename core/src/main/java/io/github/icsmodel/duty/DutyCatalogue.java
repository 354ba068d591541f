package io.github.icsmodel.duty;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.purpose.CorePurpose;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of statutory duties that bind the bodies of an integrated care system: the general duties of
 * integrated care boards (NHS Act 2006 ss.14Z34 to 14Z45) and their other duties, the financial duties
 * (ss.223GB to 223N), the duties to co-operate (ss.72 and 82; Health and Social Care Act 2012 s.194(10)) and the
 * integrated care partnership provisions of the Local Government and Public Involvement in Health Act 2007
 * (ss.116ZA, 116ZB and 116B).
 *
 * <p>The built-in catalogue is {@link #builtIn()}. It is immutable and safe to share between threads; every query
 * is answered from indexes built once, and returns an immutable list in the catalogue's order (the order of the
 * Acts and sections).
 *
 * <p>The duties held are (by {@link DutyId}): {@code nhsa2006:14Z30}, {@code 14Z32} to {@code 14Z45},
 * {@code 14Z49}, {@code 14Z51}, {@code 14Z52}, {@code 14Z56}, {@code 14Z58}, {@code 72}, {@code 82},
 * {@code 223GC}, {@code 223L}, {@code 223LA}, {@code 223M}; {@code lgpiha2007:116ZA}, {@code 116ZB},
 * {@code 116B}; {@code hsca2012:194}. Only duties are held: powers in the same sections, such as NHS England's
 * power in s.223GB to direct integrated care boards about their resources, are not.
 */
public final class DutyCatalogue {
  /**
   * The built-in catalogue, read on first use. Memoised rather than held in a static field, so that a failure to read
   * it reaches every caller as it happened, not as a class that could not be initialised.
   */
  private static final Supplier<DutyCatalogue> BUILT_IN =
      Suppliers.memoize(() -> new DutyCatalogue(BuiltInDuties.all()));

  private final ImmutableList<StatutoryDuty> duties;
  private final ImmutableMap<DutyId, StatutoryDuty> byId;
  private final ImmutableMap<DutyId, DutyLimb> limbsById;
  private final ImmutableListMultimap<DutyHolder, StatutoryDuty> byHolder;
  private final ImmutableListMultimap<OrganisationKind, StatutoryDuty> byKind;
  private final ImmutableListMultimap<CorePurpose, StatutoryDuty> byPurpose;
  private final ImmutableListMultimap<DutyGroup, StatutoryDuty> byGroup;

  private DutyCatalogue(ImmutableList<StatutoryDuty> duties) {
    this.duties = duties;
    ImmutableMap.Builder<DutyId, StatutoryDuty> ids = ImmutableMap.builder();
    ImmutableMap.Builder<DutyId, DutyLimb> limbs = ImmutableMap.builder();
    ImmutableListMultimap.Builder<DutyHolder, StatutoryDuty> holders = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OrganisationKind, StatutoryDuty> kinds = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<CorePurpose, StatutoryDuty> purposes = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<DutyGroup, StatutoryDuty> groups = ImmutableListMultimap.builder();
    for (StatutoryDuty duty : duties) {
      ids.put(duty.id(), duty);
      duty.limbs().forEach(limb -> limbs.put(limb.id(), limb));
      holders.put(duty.owedBy(), duty);
      duty.owedBy().kinds().forEach(kind -> kinds.put(kind, duty));
      duty.purposes().forEach(purpose -> purposes.put(purpose, duty));
      for (DutyGroup group : DutyGroup.values()) {
        if (group.contains(duty.id())) {
          groups.put(group, duty);
        }
      }
    }
    this.byId = ids.buildOrThrow();
    this.limbsById = limbs.buildOrThrow();
    this.byHolder = holders.build();
    this.byKind = kinds.build();
    this.byPurpose = purposes.build();
    this.byGroup = groups.build();
  }

  /**
   * Returns the built-in catalogue.
   *
   * @return the catalogue, the same instance on every call
   */
  public static DutyCatalogue builtIn() {
    return BUILT_IN.get();
  }

  /**
   * Returns every duty in the catalogue, in the order of the Acts and sections.
   *
   * @return the duties
   */
  public List<StatutoryDuty> all() {
    return duties;
  }

  /**
   * Finds a duty by its id.
   *
   * @param id a whole-duty id, such as {@code nhsa2006:14Z35}
   * @return the duty, or empty if the catalogue does not hold it (always empty for a limb id; see
   *     {@link #findLimb(DutyId)})
   * @throws NullPointerException if id is null
   */
  public Optional<StatutoryDuty> find(DutyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns a duty by its id.
   *
   * @param id a whole-duty id, such as {@code nhsa2006:14Z35}
   * @return the duty
   * @throws InvalidValueException if the catalogue holds no duty with that id; the message names the id
   * @throws NullPointerException if id is null
   */
  public StatutoryDuty get(DutyId id) {
    return find(id)
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "no statutory duty " + id + " in the duty catalogue"
                        + (id.isLimb() ? " (" + id + " is a limb id; the duty is " + id.wholeDuty() + ")" : "")));
  }

  /**
   * Finds a limb of a duty by its id.
   *
   * @param id a limb id, such as {@code nhsa2006:14Z35(a)}
   * @return the limb, or empty if the catalogue does not hold it
   * @throws NullPointerException if id is null
   */
  public Optional<DutyLimb> findLimb(DutyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(limbsById.get(id));
  }

  /**
   * Returns the duties owed by a holder, such as every duty of {@link DutyHolder#ICB_AND_PARTNER_TRUSTS}.
   *
   * @param holder the holder
   * @return the duties, possibly empty
   * @throws NullPointerException if holder is null
   */
  public List<StatutoryDuty> owedBy(DutyHolder holder) {
    Objects.requireNonNull(holder, "holder");
    return byHolder.get(holder);
  }

  /**
   * Returns the duties that bodies of a kind can owe: those whose {@link DutyHolder} {@linkplain
   * DutyHolder#includes(OrganisationKind) includes} the kind. For an NHS trust this includes the duties of an
   * integrated care board and its partner trusts, which a trust owes only if it is a partner of the board.
   *
   * @param kind the kind of organisation
   * @return the duties, possibly empty
   * @throws NullPointerException if kind is null
   */
  public List<StatutoryDuty> owedBy(OrganisationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return byKind.get(kind);
  }

  /**
   * Returns the duties that serve a core purpose, in the library's classification (see
   * {@link StatutoryDuty#purposes()}), which is not law.
   *
   * @param purpose the purpose
   * @return the duties, possibly empty
   * @throws NullPointerException if purpose is null
   */
  public List<StatutoryDuty> serving(CorePurpose purpose) {
    Objects.requireNonNull(purpose, "purpose");
    return byPurpose.get(purpose);
  }

  /**
   * Returns the duties in a group that the Act names or lists together.
   *
   * @param group the group
   * @return the duties of the group held in the catalogue
   * @throws NullPointerException if group is null
   */
  public List<StatutoryDuty> inGroup(DutyGroup group) {
    Objects.requireNonNull(group, "group");
    return byGroup.get(group);
  }

  /**
   * Returns the "general duties of integrated care boards": the duties in "sections 14Z34 to 14Z45" (NHS Act 2006
   * s.14Z52(2)(b)(i); s.14Z58(2)(a)). The duties in ss.14Z32 and 14Z33 also bind each board but are outside this
   * statutory label.
   *
   * @return the twelve duties of ss.14Z34 to 14Z45
   */
  public List<StatutoryDuty> generalDutiesOfIcbs() {
    return inGroup(DutyGroup.GENERAL_DUTIES_OF_ICBS);
  }

  /**
   * Returns the duties among "sections 223GB to 223N (financial duties)" (NHS Act 2006 s.14Z52(2)(b)(ii);
   * s.14Z59(3)(g)): ss.223GC, 223L(2), 223LA (commencement unconfirmed) and 223M. The powers in that range are
   * not duties and are not returned.
   *
   * @return the financial duties
   */
  public List<StatutoryDuty> financialDuties() {
    return inGroup(DutyGroup.FINANCIAL_DUTIES);
  }
}
