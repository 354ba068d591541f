package io.github.icsmodel.system;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.cooperation.ArrangementKind;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.cooperation.CooperationGraph;
import io.github.icsmodel.extension.Extensions;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.identifier.LocalIds;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.internal.Texts;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.validation.Waiver;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An integrated care system: a partnership of NHS bodies and local authorities, working with other relevant local
 * organisations, that come together to plan and deliver joined up health and care services. The statutory system is
 * its integrated care board (NHS Act 2006 s.14Z25) and its integrated care partnership (Local Government and
 * Public Involvement in Health Act 2007 s.116ZA).
 *
 * <p>This is the root of a governance configuration: the ICB and its board, the ICP, the footprint, places,
 * provider collaboratives, primary care networks and neighbourhoods, the partner organisations, objectives and
 * indicators, co-operation arrangements, plans and reports, duty assurance, and approved waivers.
 *
 * <p>Building a system checks only what cannot be represented (a repeated id inside one list). Whether the system
 * is lawful is for {@code io.github.icsmodel.validation}. Building is linear in the size of the configuration.
 */
@Value.Immutable
public abstract class IntegratedCareSystem implements WithIntegratedCareSystem {

  IntegratedCareSystem() {}

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IntegratedCareSystem} values; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIntegratedCareSystem.Builder {
    Builder() {}
  }

  /**
   * The system's id within the configuration.
   *
   * @return the id
   */
  public abstract LocalId id();

  /**
   * The system's name, such as "Northshire Integrated Care System".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The integrated care board.
   *
   * @return the ICB
   */
  public abstract IntegratedCareBoard icb();

  /**
   * The integrated care partnership, once established.
   *
   * @return the ICP
   */
  public abstract Optional<IntegratedCarePartnership> icp();

  /**
   * The footprint: the local authority areas, whole or in part, that make up the ICB's area.
   *
   * @return the footprint
   */
  public abstract List<FootprintArea> footprint();

  /**
   * The partner organisations: trusts, local authorities, practices, VCSE organisations, Healthwatch, health and
   * wellbeing boards and others. The ICB itself is not listed here; see {@link #allOrganisations()}.
   *
   * @return the organisations
   */
  public abstract List<Organisation> organisations();

  /**
   * The place-based partnerships.
   *
   * @return the places
   */
  public abstract List<PlaceBasedPartnership> places();

  /**
   * The provider collaboratives.
   *
   * @return the collaboratives
   */
  public abstract List<ProviderCollaborative> providerCollaboratives();

  /**
   * The primary care networks.
   *
   * @return the networks
   */
  public abstract List<PrimaryCareNetwork> primaryCareNetworks();

  /**
   * The neighbourhoods.
   *
   * @return the neighbourhoods
   */
  public abstract List<Neighbourhood> neighbourhoods();

  /**
   * The system's objectives, each serving one or more core purposes.
   *
   * @return the objectives
   */
  public abstract List<Objective> objectives();

  /**
   * The indicators the objectives use.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * The co-operation arrangements recorded explicitly. Places, provider collaboratives and ICP appointments imply
   * further arrangements; see {@link #allArrangements()}.
   *
   * @return the arrangements
   */
  public abstract List<CooperationArrangement> arrangements();

  /**
   * The joint forward plans (NHS Act 2006 s.14Z52), one per planning round.
   *
   * @return the plans
   */
  public abstract List<JointForwardPlan> jointForwardPlans();

  /**
   * The joint capital resource use plans (s.14Z56).
   *
   * @return the plans
   */
  public abstract List<JointCapitalResourceUsePlan> capitalResourceUsePlans();

  /**
   * The ICB's annual reports (s.14Z58).
   *
   * @return the reports
   */
  public abstract List<AnnualReport> annualReports();

  /**
   * The joint strategic needs assessments of the responsible local authorities (LGPIHA 2007 s.116).
   *
   * @return the assessments
   */
  public abstract List<JointStrategicNeedsAssessment> needsAssessments();

  /**
   * The joint local health and wellbeing strategies (LGPIHA 2007 s.116A).
   *
   * @return the strategies
   */
  public abstract List<JointLocalHealthAndWellbeingStrategy> healthAndWellbeingStrategies();

  /**
   * The sections this configuration records in full, even where they are empty: for a section listed here, an
   * empty list means that there is none (a breach where the law requires one), not that the configuration is
   * silent. A section with at least one entry is recorded whether or not it is listed ({@link #records}). Not
   * recorded is not false: a rule reports an unrecorded section only as not showing the duty met.
   *
   * @return the sections recorded in full
   */
  public abstract Set<RecordedSection> recordedSections();

  /**
   * Returns whether this configuration records a section: it lists the section in {@link #recordedSections()}, or
   * the section holds at least one entry (the joint forward plans, say, or an {@code icp.strategy}). A recorded
   * section is read as complete; an unrecorded one says nothing either way.
   *
   * @param section the section
   * @return whether it is recorded
   */
  public final boolean records(RecordedSection section) {
    if (recordedSections().contains(section)) {
      return true;
    }
    switch (section) {
      case JOINT_FORWARD_PLANS:
        return !jointForwardPlans().isEmpty();
      case CAPITAL_RESOURCE_USE_PLANS:
        return !capitalResourceUsePlans().isEmpty();
      case ANNUAL_REPORTS:
        return !annualReports().isEmpty();
      case NEEDS_ASSESSMENTS:
        return !needsAssessments().isEmpty();
      case HEALTH_AND_WELLBEING_STRATEGIES:
        return !healthAndWellbeingStrategies().isEmpty();
      case REGISTERS_OF_INTERESTS:
        return !icb().registersOfInterests().isEmpty();
      case INTEGRATED_CARE_PARTNERSHIP_MEMBERS:
        return icp().map(icp -> !icp.members().isEmpty()).orElse(false);
      case INTEGRATED_CARE_PARTNERSHIP:
        return icp().isPresent();
      default:
        return icp().flatMap(IntegratedCarePartnership::strategy).isPresent();
    }
  }

  /**
   * The ICB's assurance records, one per duty.
   *
   * @return the records
   */
  public abstract List<DutyAssurance> dutyAssurances();

  /**
   * Approved waivers of policy rules.
   *
   * @return the waivers
   */
  public abstract List<Waiver> waivers();

  /**
   * Local data the library carries but does not interpret.
   *
   * @return the extensions
   */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Returns every organisation of the system: the ICB first, then the partner organisations.
   *
   * @return the organisations
   */
  @Value.Lazy
  public List<Organisation> allOrganisations() {
    return ImmutableList.<Organisation>builderWithExpectedSize(organisations().size() + 1)
        .add(icb().asOrganisation())
        .addAll(organisations())
        .build();
  }

  /**
   * Returns the organisations by id, the ICB included. If an id is used twice, the first use wins (validation
   * reports the repeat).
   *
   * @return an immutable map
   */
  @Value.Lazy
  public Map<LocalId, Organisation> organisationsById() {
    Map<LocalId, Organisation> byId = new HashMap<>(allOrganisations().size() * 4 / 3 + 1);
    for (Organisation organisation : allOrganisations()) {
      byId.putIfAbsent(organisation.id(), organisation);
    }
    return Collections.unmodifiableMap(byId);
  }

  /**
   * Finds an organisation by id, the ICB included.
   *
   * @param id the id
   * @return the organisation, if present
   */
  public final Optional<Organisation> organisation(LocalId id) {
    return Optional.ofNullable(organisationsById().get(id));
  }

  /**
   * Returns the explicit arrangements together with those the structure implies: the ICP's appointments (the ICB
   * and each appointing local authority), each place (its members and local authorities) and each provider
   * collaborative (its members). Implied arrangements take the id of the place or collaborative, or
   * {@code icp}.
   *
   * @return the arrangements
   */
  @Value.Lazy
  public List<CooperationArrangement> allArrangements() {
    ImmutableList.Builder<CooperationArrangement> all = ImmutableList.builder();
    all.addAll(arrangements());
    icp().ifPresent(icp -> {
      ImmutableSet.Builder<LocalId> parties = ImmutableSet.builder();
      parties.add(icb().id());
      icp.members().forEach(m -> m.appointingAuthority().ifPresent(parties::add));
      implied(all, LocalId.of("icp"), ArrangementKind.ICP_MEMBERSHIP, parties.build());
    });
    for (PlaceBasedPartnership place : places()) {
      Set<LocalId> parties =
          ImmutableSet.<LocalId>builder().addAll(place.members()).addAll(place.localAuthorities()).build();
      implied(all, place.id(), ArrangementKind.PLACE_BASED_PARTNERSHIP_AGREEMENT, parties);
    }
    for (ProviderCollaborative collaborative : providerCollaboratives()) {
      implied(all, collaborative.id(), ArrangementKind.PROVIDER_COLLABORATIVE_AGREEMENT, collaborative.members());
    }
    return all.build();
  }

  private static void implied(
      ImmutableList.Builder<CooperationArrangement> all, LocalId id, ArrangementKind kind, Set<LocalId> parties) {
    if (parties.size() >= 2) {
      all.add(CooperationArrangement.builder().id(id).kind(kind).parties(parties).build());
    }
  }

  /**
   * Returns the co-operation graph of all the system's organisations and arrangements, explicit and implied.
   *
   * @return the graph
   */
  @Value.Lazy
  public CooperationGraph cooperationGraph() {
    Map<LocalId, Organisation> unique = new java.util.LinkedHashMap<>();
    for (Organisation organisation : allOrganisations()) {
      unique.putIfAbsent(organisation.id(), organisation);
    }
    return CooperationGraph.of(unique.values(), allArrangements());
  }

  /**
   * Returns whether the system's ICB exists on a date.
   *
   * @param date the date
   * @return true if the ICB exists then
   */
  public final boolean existsOn(LocalDate date) {
    return icb().existsOn(date);
  }

  @Value.Check
  void check() {
    if (Texts.isBlank(name())) {
      throw new InvalidValueException("integrated care system " + id() + ": name must not be blank");
    }
    LocalIds.requireUnique(organisations(), Organisation::id, "organisations");
    LocalIds.requireUnique(places(), PlaceBasedPartnership::id, "places");
    LocalIds.requireUnique(providerCollaboratives(), ProviderCollaborative::id, "provider collaboratives");
    LocalIds.requireUnique(primaryCareNetworks(), PrimaryCareNetwork::id, "primary care networks");
    LocalIds.requireUnique(neighbourhoods(), Neighbourhood::id, "neighbourhoods");
    LocalIds.requireUnique(objectives(), Objective::id, "objectives");
    LocalIds.requireUnique(indicators(), Indicator::id, "indicators");
    LocalIds.requireUnique(arrangements(), CooperationArrangement::id, "arrangements");
    LocalIds.requireUnique(jointForwardPlans(), JointForwardPlan::id, "joint forward plans");
    LocalIds.requireUnique(capitalResourceUsePlans(), JointCapitalResourceUsePlan::id, "capital plans");
    LocalIds.requireUnique(annualReports(), AnnualReport::id, "annual reports");
    LocalIds.requireUnique(needsAssessments(), JointStrategicNeedsAssessment::id, "needs assessments");
    LocalIds.requireUnique(
        healthAndWellbeingStrategies(), JointLocalHealthAndWellbeingStrategy::id, "health and wellbeing strategies");
    LocalIds.requireUnique(footprint(), FootprintArea::localAuthority, "footprint areas");
  }
}
