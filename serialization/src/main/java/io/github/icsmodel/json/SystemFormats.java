package io.github.icsmodel.json;

import static io.github.icsmodel.json.Values.BOOLEAN;
import static io.github.icsmodel.json.Values.DATE;
import static io.github.icsmodel.json.Values.DECIMAL;
import static io.github.icsmodel.json.Values.GSS_CODE;
import static io.github.icsmodel.json.Values.LOCAL_ID;
import static io.github.icsmodel.json.Values.ODS_CODE;
import static io.github.icsmodel.json.Values.STRING;
import static io.github.icsmodel.json.Values.enumOf;

import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.plan.AnnualReport;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.CollaborativeOrientation;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcbCluster;
import io.github.icsmodel.system.IcpAppointer;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareBoard;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.NationalConfiguration;
import io.github.icsmodel.system.Neighbourhood;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.system.RecordedSection;
import io.github.icsmodel.system.SharedPost;

/**
 * The system bodies of format {@code icsmodel/1}: the ICB, the ICP, places and the system and nation. Every table
 * lists the type's properties in the order its accessors are declared, under the accessors' names; types used by
 * others come first, so that each table can refer to the formats of its parts.
 */
final class SystemFormats {
  private SystemFormats() {}

  // system: the ICB

  static final ObjectFormat<IntegratedCareBoard, IntegratedCareBoard.Builder> INTEGRATED_CARE_BOARD =
      ObjectFormat.of(
              "IntegratedCareBoard",
              IntegratedCareBoard.class,
              IntegratedCareBoard::builder,
              IntegratedCareBoard.Builder::build)
          .required("id", LOCAL_ID, IntegratedCareBoard::id, IntegratedCareBoard.Builder::id)
          .required("name", STRING, IntegratedCareBoard::name, IntegratedCareBoard.Builder::name)
          .optional("odsCode", ODS_CODE, IntegratedCareBoard::odsCode, IntegratedCareBoard.Builder::odsCode)
          .optional("gssCode", GSS_CODE, IntegratedCareBoard::gssCode, IntegratedCareBoard.Builder::gssCode)
          .defaulted(
              "establishedOn",
              DATE,
              IntegratedCareBoard::establishedOn,
              IntegratedCareBoard.Builder::establishedOn)
          .optional(
              "dissolvedOn", DATE, IntegratedCareBoard::dissolvedOn, IntegratedCareBoard.Builder::dissolvedOn)
          .set(
              "predecessors",
              ODS_CODE,
              IntegratedCareBoard::predecessors,
              IntegratedCareBoard.Builder::addAllPredecessors)
          .optional(
              "successor", ODS_CODE, IntegratedCareBoard::successor, IntegratedCareBoard.Builder::successor)
          .optional(
              "constitutionPublished",
              BOOLEAN,
              IntegratedCareBoard::constitutionPublished,
              IntegratedCareBoard.Builder::constitutionPublished)
          .defaulted("board", BoardFormats.BOARD, IntegratedCareBoard::board, IntegratedCareBoard.Builder::board)
          .list(
              "committees",
              BoardFormats.COMMITTEE,
              IntegratedCareBoard::committees,
              IntegratedCareBoard.Builder::addAllCommittees,
              "id",
              Committee::id)
          .list(
              "registersOfInterests",
              BoardFormats.REGISTER_OF_INTERESTS,
              IntegratedCareBoard::registersOfInterests,
              IntegratedCareBoard.Builder::addAllRegistersOfInterests,
              "id",
              RegisterOfInterests::id)
          .extensions(IntegratedCareBoard::extensions, IntegratedCareBoard.Builder::extensions)
          .build();

  // system: the ICP

  static final ObjectFormat<IcpMember, IcpMember.Builder> ICP_MEMBER =
      ObjectFormat.of("IcpMember", IcpMember.class, IcpMember::builder, IcpMember.Builder::build)
          .required("id", LOCAL_ID, IcpMember::id, IcpMember.Builder::id)
          .required("name", STRING, IcpMember::name, IcpMember.Builder::name)
          .required(
              "appointedBy", enumOf(IcpAppointer.class), IcpMember::appointedBy, IcpMember.Builder::appointedBy)
          .optional(
              "appointingAuthority",
              LOCAL_ID,
              IcpMember::appointingAuthority,
              IcpMember.Builder::appointingAuthority)
          .optional("organisation", LOCAL_ID, IcpMember::organisation, IcpMember.Builder::organisation)
          .optional("person", LOCAL_ID, IcpMember::person, IcpMember.Builder::person)
          .build();

  static final ObjectFormat<IntegratedCarePartnership, IntegratedCarePartnership.Builder>
      INTEGRATED_CARE_PARTNERSHIP =
          ObjectFormat.of(
                  "IntegratedCarePartnership",
                  IntegratedCarePartnership.class,
                  IntegratedCarePartnership::builder,
                  IntegratedCarePartnership.Builder::build)
              .required(
                  "name", STRING, IntegratedCarePartnership::name, IntegratedCarePartnership.Builder::name)
              .list(
                  "members",
                  ICP_MEMBER,
                  IntegratedCarePartnership::members,
                  IntegratedCarePartnership.Builder::addAllMembers,
                  "id",
                  IcpMember::id)
              .optional(
                  "strategy",
                  PlanFormats.INTEGRATED_CARE_STRATEGY,
                  IntegratedCarePartnership::strategy,
                  IntegratedCarePartnership.Builder::strategy)
              .extensions(
                  IntegratedCarePartnership::extensions, IntegratedCarePartnership.Builder::extensions)
              .build();

  // system: footprint, places, collaboratives, PCNs, neighbourhoods

  static final ObjectFormat<FootprintArea, FootprintArea.Builder> FOOTPRINT_AREA =
      ObjectFormat.of("FootprintArea", FootprintArea.class, FootprintArea::builder, FootprintArea.Builder::build)
          .required(
              "localAuthority", LOCAL_ID, FootprintArea::localAuthority, FootprintArea.Builder::localAuthority)
          .optional("share", DECIMAL, FootprintArea::share, FootprintArea.Builder::share)
          .build();

  static final ObjectFormat<PlaceBasedPartnership, PlaceBasedPartnership.Builder> PLACE_BASED_PARTNERSHIP =
      ObjectFormat.of(
              "PlaceBasedPartnership",
              PlaceBasedPartnership.class,
              PlaceBasedPartnership::builder,
              PlaceBasedPartnership.Builder::build)
          .required("id", LOCAL_ID, PlaceBasedPartnership::id, PlaceBasedPartnership.Builder::id)
          .required("name", STRING, PlaceBasedPartnership::name, PlaceBasedPartnership.Builder::name)
          .set(
              "localAuthorities",
              LOCAL_ID,
              PlaceBasedPartnership::localAuthorities,
              PlaceBasedPartnership.Builder::addAllLocalAuthorities)
          .set(
              "members",
              LOCAL_ID,
              PlaceBasedPartnership::members,
              PlaceBasedPartnership.Builder::addAllMembers)
          .extensions(PlaceBasedPartnership::extensions, PlaceBasedPartnership.Builder::extensions)
          .build();

  static final ObjectFormat<ProviderCollaborative, ProviderCollaborative.Builder> PROVIDER_COLLABORATIVE =
      ObjectFormat.of(
              "ProviderCollaborative",
              ProviderCollaborative.class,
              ProviderCollaborative::builder,
              ProviderCollaborative.Builder::build)
          .required("id", LOCAL_ID, ProviderCollaborative::id, ProviderCollaborative.Builder::id)
          .required("name", STRING, ProviderCollaborative::name, ProviderCollaborative.Builder::name)
          .optional(
              "orientation",
              enumOf(CollaborativeOrientation.class),
              ProviderCollaborative::orientation,
              ProviderCollaborative.Builder::orientation)
          .set(
              "members",
              LOCAL_ID,
              ProviderCollaborative::members,
              ProviderCollaborative.Builder::addAllMembers)
          .optional("lead", LOCAL_ID, ProviderCollaborative::lead, ProviderCollaborative.Builder::lead)
          .extensions(ProviderCollaborative::extensions, ProviderCollaborative.Builder::extensions)
          .build();

  static final ObjectFormat<PrimaryCareNetwork, PrimaryCareNetwork.Builder> PRIMARY_CARE_NETWORK =
      ObjectFormat.of(
              "PrimaryCareNetwork",
              PrimaryCareNetwork.class,
              PrimaryCareNetwork::builder,
              PrimaryCareNetwork.Builder::build)
          .required("id", LOCAL_ID, PrimaryCareNetwork::id, PrimaryCareNetwork.Builder::id)
          .required("name", STRING, PrimaryCareNetwork::name, PrimaryCareNetwork.Builder::name)
          .optional("odsCode", ODS_CODE, PrimaryCareNetwork::odsCode, PrimaryCareNetwork.Builder::odsCode)
          .set(
              "practices",
              LOCAL_ID,
              PrimaryCareNetwork::practices,
              PrimaryCareNetwork.Builder::addAllPractices)
          .optional("place", LOCAL_ID, PrimaryCareNetwork::place, PrimaryCareNetwork.Builder::place)
          .build();

  static final ObjectFormat<Neighbourhood, Neighbourhood.Builder> NEIGHBOURHOOD =
      ObjectFormat.of("Neighbourhood", Neighbourhood.class, Neighbourhood::builder, Neighbourhood.Builder::build)
          .required("id", LOCAL_ID, Neighbourhood::id, Neighbourhood.Builder::id)
          .required("name", STRING, Neighbourhood::name, Neighbourhood.Builder::name)
          .optional("place", LOCAL_ID, Neighbourhood::place, Neighbourhood.Builder::place)
          .set(
              "primaryCareNetworks",
              LOCAL_ID,
              Neighbourhood::primaryCareNetworks,
              Neighbourhood.Builder::addAllPrimaryCareNetworks)
          .optionalInt("population", Neighbourhood::population, Neighbourhood.Builder::population)
          .build();

  // the system, and the nation

  static final ObjectFormat<IntegratedCareSystem, IntegratedCareSystem.Builder> INTEGRATED_CARE_SYSTEM =
      ObjectFormat.of(
              "IntegratedCareSystem",
              IntegratedCareSystem.class,
              IntegratedCareSystem::builder,
              IntegratedCareSystem.Builder::build)
          .document()
          .hint("systems", "this is a national configuration's property: read the document with readNational")
          .hint("clusters", "this is a national configuration's property: read the document with readNational")
          .required("id", LOCAL_ID, IntegratedCareSystem::id, IntegratedCareSystem.Builder::id)
          .required("name", STRING, IntegratedCareSystem::name, IntegratedCareSystem.Builder::name)
          .required("icb", INTEGRATED_CARE_BOARD, IntegratedCareSystem::icb, IntegratedCareSystem.Builder::icb)
          .optional(
              "icp", INTEGRATED_CARE_PARTNERSHIP, IntegratedCareSystem::icp, IntegratedCareSystem.Builder::icp)
          .list(
              "footprint",
              FOOTPRINT_AREA,
              IntegratedCareSystem::footprint,
              IntegratedCareSystem.Builder::addAllFootprint,
              "localAuthority",
              FootprintArea::localAuthority)
          .list(
              "organisations",
              OrganisationFormats.ORGANISATION,
              IntegratedCareSystem::organisations,
              IntegratedCareSystem.Builder::addAllOrganisations,
              "id",
              Organisation::id)
          .list(
              "places",
              PLACE_BASED_PARTNERSHIP,
              IntegratedCareSystem::places,
              IntegratedCareSystem.Builder::addAllPlaces,
              "id",
              PlaceBasedPartnership::id)
          .list(
              "providerCollaboratives",
              PROVIDER_COLLABORATIVE,
              IntegratedCareSystem::providerCollaboratives,
              IntegratedCareSystem.Builder::addAllProviderCollaboratives,
              "id",
              ProviderCollaborative::id)
          .list(
              "primaryCareNetworks",
              PRIMARY_CARE_NETWORK,
              IntegratedCareSystem::primaryCareNetworks,
              IntegratedCareSystem.Builder::addAllPrimaryCareNetworks,
              "id",
              PrimaryCareNetwork::id)
          .list(
              "neighbourhoods",
              NEIGHBOURHOOD,
              IntegratedCareSystem::neighbourhoods,
              IntegratedCareSystem.Builder::addAllNeighbourhoods,
              "id",
              Neighbourhood::id)
          .list(
              "objectives",
              InequalityFormats.OBJECTIVE,
              IntegratedCareSystem::objectives,
              IntegratedCareSystem.Builder::addAllObjectives,
              "id",
              Objective::id)
          .list(
              "indicators",
              InequalityFormats.INDICATOR,
              IntegratedCareSystem::indicators,
              IntegratedCareSystem.Builder::addAllIndicators,
              "id",
              Indicator::id)
          .list(
              "arrangements",
              AssuranceFormats.COOPERATION_ARRANGEMENT,
              IntegratedCareSystem::arrangements,
              IntegratedCareSystem.Builder::addAllArrangements,
              "id",
              CooperationArrangement::id)
          .list(
              "jointForwardPlans",
              PlanFormats.JOINT_FORWARD_PLAN,
              IntegratedCareSystem::jointForwardPlans,
              IntegratedCareSystem.Builder::addAllJointForwardPlans,
              "id",
              JointForwardPlan::id)
          .list(
              "capitalResourceUsePlans",
              PlanFormats.JOINT_CAPITAL_RESOURCE_USE_PLAN,
              IntegratedCareSystem::capitalResourceUsePlans,
              IntegratedCareSystem.Builder::addAllCapitalResourceUsePlans,
              "id",
              JointCapitalResourceUsePlan::id)
          .list(
              "annualReports",
              PlanFormats.ANNUAL_REPORT,
              IntegratedCareSystem::annualReports,
              IntegratedCareSystem.Builder::addAllAnnualReports,
              "id",
              AnnualReport::id)
          .list(
              "needsAssessments",
              PlanFormats.JOINT_STRATEGIC_NEEDS_ASSESSMENT,
              IntegratedCareSystem::needsAssessments,
              IntegratedCareSystem.Builder::addAllNeedsAssessments,
              "id",
              JointStrategicNeedsAssessment::id)
          .list(
              "healthAndWellbeingStrategies",
              PlanFormats.JOINT_LOCAL_HEALTH_AND_WELLBEING_STRATEGY,
              IntegratedCareSystem::healthAndWellbeingStrategies,
              IntegratedCareSystem.Builder::addAllHealthAndWellbeingStrategies,
              "id",
              JointLocalHealthAndWellbeingStrategy::id)
          .set(
              "recordedSections",
              enumOf(RecordedSection.class),
              IntegratedCareSystem::recordedSections,
              IntegratedCareSystem.Builder::addAllRecordedSections)
          .list(
              "dutyAssurances",
              AssuranceFormats.DUTY_ASSURANCE,
              IntegratedCareSystem::dutyAssurances,
              IntegratedCareSystem.Builder::addAllDutyAssurances)
          .list("waivers", AssuranceFormats.WAIVER, IntegratedCareSystem::waivers, IntegratedCareSystem.Builder::addAllWaivers)
          .extensions(IntegratedCareSystem::extensions, IntegratedCareSystem.Builder::extensions)
          .build();

  static final ObjectFormat<SharedPost, SharedPost.Builder> SHARED_POST =
      ObjectFormat.of("SharedPost", SharedPost.class, SharedPost::builder, SharedPost.Builder::build)
          .required("role", enumOf(MemberRole.class), SharedPost::role, SharedPost.Builder::role)
          .required("member", LOCAL_ID, SharedPost::member, SharedPost.Builder::member)
          .required("sharedFrom", DATE, SharedPost::sharedFrom, SharedPost.Builder::sharedFrom)
          .optional("sharedUntil", DATE, SharedPost::sharedUntil, SharedPost.Builder::sharedUntil)
          .build();

  static final ObjectFormat<IcbCluster, IcbCluster.Builder> ICB_CLUSTER =
      ObjectFormat.of("IcbCluster", IcbCluster.class, IcbCluster::builder, IcbCluster.Builder::build)
          .required("id", LOCAL_ID, IcbCluster::id, IcbCluster.Builder::id)
          .required("name", STRING, IcbCluster::name, IcbCluster.Builder::name)
          .set("systems", LOCAL_ID, IcbCluster::systems, IcbCluster.Builder::addAllSystems)
          .set("sharedLeaders", LOCAL_ID, IcbCluster::sharedLeaders, IcbCluster.Builder::addAllSharedLeaders)
          .list("sharedPosts", SHARED_POST, IcbCluster::sharedPosts, IcbCluster.Builder::addAllSharedPosts)
          .required("startedOn", DATE, IcbCluster::startedOn, IcbCluster.Builder::startedOn)
          .optional("endedOn", DATE, IcbCluster::endedOn, IcbCluster.Builder::endedOn)
          .build();

  static final ObjectFormat<NationalConfiguration, NationalConfiguration.Builder> NATIONAL_CONFIGURATION =
      ObjectFormat.of(
              "NationalConfiguration",
              NationalConfiguration.class,
              NationalConfiguration::builder,
              NationalConfiguration.Builder::build)
          .document()
          .hint("icb", "this is a system's property: read the document with readSystem")
          .hint("id", "this is a system's property: read the document with readSystem")
          .list(
              "systems",
              INTEGRATED_CARE_SYSTEM,
              NationalConfiguration::systems,
              NationalConfiguration.Builder::addAllSystems,
              "id",
              IntegratedCareSystem::id)
          .list(
              "clusters",
              ICB_CLUSTER,
              NationalConfiguration::clusters,
              NationalConfiguration.Builder::addAllClusters,
              "id",
              IcbCluster::id)
          .build();
}
