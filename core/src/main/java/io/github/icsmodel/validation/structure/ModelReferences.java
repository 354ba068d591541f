package io.github.icsmodel.validation.structure;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
import io.github.icsmodel.plan.JointLocalHealthAndWellbeingStrategy;
import io.github.icsmodel.plan.JointStrategicNeedsAssessment;
import io.github.icsmodel.purpose.Measure;
import io.github.icsmodel.purpose.Objective;
import io.github.icsmodel.system.FootprintArea;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCarePartnership;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.Neighbourhood;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.PrimaryCareNetwork;
import io.github.icsmodel.system.ProviderCollaborative;
import io.github.icsmodel.validation.JsonPointer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The model's description of its own references: every attribute of an element of a system that names other
 * elements by {@link LocalId}, where the elements holding it sit in the document, and what kind of element it must
 * name. {@link ReferencesResolveRule} is a loop over this description, so a reference declared here is checked;
 * a test fails when an attribute of the model typed {@code LocalId}, {@code Optional<LocalId>} or a collection of
 * them is neither declared here nor listed in {@link #NOT_REFERENCES}.
 *
 * <p>The references, with the kind each must name:
 *
 * <ul>
 *   <li>footprint {@code localAuthority}: a local authority;
 *   <li>a place's {@code localAuthorities}: local authorities; its {@code members}: organisations;
 *   <li>a provider collaborative's {@code members} and {@code lead}: organisations;
 *   <li>a primary care network's {@code practices}: providers of primary medical services; its {@code place}: a
 *       place;
 *   <li>a neighbourhood's {@code place}: a place; its {@code primaryCareNetworks}: primary care networks;
 *   <li>an arrangement's {@code parties}: organisations (the ICB included);
 *   <li>an ICP member's {@code appointingAuthority}: a local authority; its {@code organisation}: an organisation;
 *   <li>the integrated care strategy's {@code givenTo}: organisations;
 *   <li>an objective measure's {@code indicator}: an indicator;
 *   <li>a board member's {@code nominatedBy} and {@code officesHeld} organisations: organisations;
 *   <li>a committee's {@code chair}: one of its members; a committee member's {@code boardMember}: a board member;
 *   <li>a duty assurance's {@code accountableLead}: a board member;
 *   <li>a declaration's {@code person}: a board or committee member, unless the register also covers employees
 *       (the configuration does not list employees, so such a person cannot be checked, and such a register's
 *       declarations are not walked);
 *   <li>the health and wellbeing boards a forward or capital plan was given to: health and wellbeing boards;
 *   <li>the {@code localAuthority} of a needs assessment or joint local health and wellbeing strategy: a local
 *       authority.
 * </ul>
 */
final class ModelReferences {
  private ModelReferences() {}

  /** What a reference must name. */
  enum Target {
    /** Any organisation of the configuration, the ICB included. */
    ORGANISATION(null),
    /** An organisation that is a local authority. */
    LOCAL_AUTHORITY("a local authority"),
    /** An organisation that is a provider of primary medical services. */
    PRIMARY_MEDICAL_SERVICES_PROVIDER("a provider of primary medical services"),
    /** An organisation that is a health and wellbeing board. */
    HEALTH_AND_WELLBEING_BOARD("a health and wellbeing board"),
    /** A place-based partnership. */
    PLACE("place"),
    /** A primary care network. */
    PRIMARY_CARE_NETWORK("primary care network"),
    /** An indicator. */
    INDICATOR("indicator"),
    /** A member of the ICB's board. */
    BOARD_MEMBER("board member"),
    /** A member of the committee that holds the reference. */
    MEMBER_OF_ITS_COMMITTEE("member of that committee"),
    /** A member of the board or of one of its committees. */
    BOARD_OR_COMMITTEE_MEMBER("board member nor a committee member");

    /** How a finding names what was expected. */
    final String expected;

    Target(String expected) {
      this.expected = expected;
    }
  }

  /**
   * An attribute of an element of type {@code T} that names other elements.
   *
   * @param property the attribute, as the model's accessor and the document's property name it
   * @param ids the ids it names, in order
   * @param many whether it is a set or list (so each id is at its index below the property)
   * @param target what each id must name
   * @param label added to the holder's description in a finding, or empty
   * @param <T> the type of the element holding it
   */
  record Reference<T>(String property, Function<T, Collection<LocalId>> ids, boolean many, Target target,
      String label) {}

  /**
   * One element that holds references.
   *
   * @param path where it is in the document
   * @param element the element
   * @param what how a finding names it, such as {@code The place "wexcaster"}
   * @param <T> its type
   */
  record Holder<T>(JsonPointer path, T element, String what) {}

  /**
   * A kind of element that holds references: where every one of them is in a system, and its references.
   *
   * @param type the model type
   * @param holders every element of that type in a system, below a base pointer, in document order
   * @param references its references, in the order they are checked
   * @param <T> the model type
   */
  record Owner<T>(Class<T> type, BiFunction<IntegratedCareSystem, JsonPointer, List<Holder<T>>> holders,
      List<Reference<T>> references) {}

  /**
   * Attributes typed {@code LocalId} that are not references, with the reason, keyed by
   * {@code SimpleTypeName.accessor} ({@code *.id} for every type).
   */
  static final Map<String, String> NOT_REFERENCES = Map.of(
      "*.id", "an element's own id, which others name",
      "BoardMember.person", "a key shared by the seats one person holds, not an element of the configuration",
      "BoardMember.personId", "derived: the member's person key, or else the seat's own id",
      "CommitteeMember.person", "a key shared by the seats one person holds, not an element of the configuration",
      "IcpMember.person", "a key shared by the seats one person holds, not an element of the configuration");

  /** Every element kind of a system that holds references, with its references. */
  static final List<Owner<?>> OWNERS = List.of(
      new Owner<>(FootprintArea.class,
          listed("footprint", IntegratedCareSystem::footprint, area -> "The footprint"),
          List.of(one("localAuthority", FootprintArea::localAuthority, Target.LOCAL_AUTHORITY))),
      new Owner<>(PlaceBasedPartnership.class,
          listed("places", IntegratedCareSystem::places, place -> "The place \"" + place.id() + "\""),
          List.of(many("localAuthorities", PlaceBasedPartnership::localAuthorities, Target.LOCAL_AUTHORITY),
              many("members", PlaceBasedPartnership::members, Target.ORGANISATION))),
      new Owner<>(ProviderCollaborative.class,
          listed("providerCollaboratives", IntegratedCareSystem::providerCollaboratives,
              collaborative -> "The provider collaborative \"" + collaborative.id() + "\""),
          List.of(many("members", ProviderCollaborative::members, Target.ORGANISATION),
              new Reference<>("lead", collaborative -> optional(collaborative.lead()), false, Target.ORGANISATION,
                  " (lead)"))),
      new Owner<>(PrimaryCareNetwork.class,
          listed("primaryCareNetworks", IntegratedCareSystem::primaryCareNetworks,
              network -> "The primary care network \"" + network.id() + "\""),
          List.of(many("practices", PrimaryCareNetwork::practices, Target.PRIMARY_MEDICAL_SERVICES_PROVIDER),
              optional("place", PrimaryCareNetwork::place, Target.PLACE))),
      new Owner<>(Neighbourhood.class,
          listed("neighbourhoods", IntegratedCareSystem::neighbourhoods,
              neighbourhood -> "The neighbourhood \"" + neighbourhood.id() + "\""),
          List.of(optional("place", Neighbourhood::place, Target.PLACE),
              many("primaryCareNetworks", Neighbourhood::primaryCareNetworks, Target.PRIMARY_CARE_NETWORK))),
      new Owner<>(CooperationArrangement.class,
          listed("arrangements", IntegratedCareSystem::arrangements,
              arrangement -> "The arrangement " + arrangement.id()),
          List.of(many("parties", CooperationArrangement::parties, Target.ORGANISATION))),
      new Owner<>(IcpMember.class, ModelReferences::icpMembers,
          List.of(optional("appointingAuthority", IcpMember::appointingAuthority, Target.LOCAL_AUTHORITY),
              optional("organisation", IcpMember::organisation, Target.ORGANISATION))),
      new Owner<>(IntegratedCareStrategy.class, ModelReferences::strategy,
          List.of(many("givenTo", IntegratedCareStrategy::givenTo, Target.ORGANISATION))),
      new Owner<>(Measure.class, ModelReferences::measures,
          List.of(one("indicator", Measure::indicator, Target.INDICATOR))),
      new Owner<>(BoardMember.class, ModelReferences::boardMembers,
          List.of(many("nominatedBy", BoardMember::nominatedBy, Target.ORGANISATION))),
      new Owner<>(OfficeHeld.class, ModelReferences::officesHeld,
          List.of(one("organisation", OfficeHeld::organisation, Target.ORGANISATION))),
      new Owner<>(Committee.class, ModelReferences::committees,
          List.of(optional("chair", Committee::chair, Target.MEMBER_OF_ITS_COMMITTEE))),
      new Owner<>(CommitteeMember.class, ModelReferences::committeeMembers,
          List.of(optional("boardMember", CommitteeMember::boardMember, Target.BOARD_MEMBER))),
      new Owner<>(DutyAssurance.class,
          listed("dutyAssurances", IntegratedCareSystem::dutyAssurances,
              assurance -> "The assurance record for " + assurance.duty()),
          List.of(optional("accountableLead", DutyAssurance::accountableLead, Target.BOARD_MEMBER))),
      new Owner<>(Declaration.class, ModelReferences::declarations,
          List.of(one("person", Declaration::person, Target.BOARD_OR_COMMITTEE_MEMBER))),
      new Owner<>(JointForwardPlan.class,
          listed("jointForwardPlans", IntegratedCareSystem::jointForwardPlans,
              plan -> "The joint forward plan " + plan.id()),
          List.of(many("givenToHealthAndWellbeingBoards", JointForwardPlan::givenToHealthAndWellbeingBoards,
              Target.HEALTH_AND_WELLBEING_BOARD))),
      new Owner<>(JointCapitalResourceUsePlan.class,
          listed("capitalResourceUsePlans", IntegratedCareSystem::capitalResourceUsePlans,
              plan -> "The capital resource use plan " + plan.id()),
          List.of(many("givenToHealthAndWellbeingBoards",
              JointCapitalResourceUsePlan::givenToHealthAndWellbeingBoards, Target.HEALTH_AND_WELLBEING_BOARD))),
      new Owner<>(JointStrategicNeedsAssessment.class,
          listed("needsAssessments", IntegratedCareSystem::needsAssessments,
              assessment -> "The needs assessment " + assessment.id()),
          List.of(one("localAuthority", JointStrategicNeedsAssessment::localAuthority, Target.LOCAL_AUTHORITY))),
      new Owner<>(JointLocalHealthAndWellbeingStrategy.class,
          listed("healthAndWellbeingStrategies", IntegratedCareSystem::healthAndWellbeingStrategies,
              strategy -> "The health and wellbeing strategy " + strategy.id()),
          List.of(one("localAuthority", JointLocalHealthAndWellbeingStrategy::localAuthority,
              Target.LOCAL_AUTHORITY))));

  private static <T> Reference<T> one(String property, Function<T, LocalId> id, Target target) {
    return new Reference<>(property, element -> List.of(id.apply(element)), false, target, "");
  }

  private static <T> Reference<T> optional(String property, Function<T, Optional<LocalId>> id, Target target) {
    return new Reference<>(property, element -> optional(id.apply(element)), false, target, "");
  }

  private static <T> Reference<T> many(String property, Function<T, ? extends Collection<LocalId>> ids,
      Target target) {
    return new Reference<>(property, ids::apply, true, target, "");
  }

  private static Collection<LocalId> optional(Optional<LocalId> id) {
    return id.map(List::of).orElse(List.of());
  }

  /** The elements of one of the system's lists, at their index below the list's property. */
  private static <T> BiFunction<IntegratedCareSystem, JsonPointer, List<Holder<T>>> listed(String property,
      Function<IntegratedCareSystem, List<T>> list, Function<T, String> what) {
    return (system, base) -> {
      List<T> elements = list.apply(system);
      List<Holder<T>> holders = new ArrayList<>(elements.size());
      for (int i = 0; i < elements.size(); i++) {
        holders.add(new Holder<>(base.property(property).index(i), elements.get(i), what.apply(elements.get(i))));
      }
      return holders;
    };
  }

  private static List<Holder<IcpMember>> icpMembers(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<IcpMember>> holders = new ArrayList<>();
    system.icp().ifPresent(icp -> {
      List<IcpMember> members = icp.members();
      for (int i = 0; i < members.size(); i++) {
        holders.add(new Holder<>(base.property("icp").property("members").index(i), members.get(i),
            "The ICP member " + members.get(i).id()));
      }
    });
    return holders;
  }

  private static List<Holder<IntegratedCareStrategy>> strategy(IntegratedCareSystem system, JsonPointer base) {
    return system.icp().flatMap(IntegratedCarePartnership::strategy)
        .map(strategy -> List.of(new Holder<>(base.property("icp").property("strategy"), strategy,
            "The integrated care strategy \"" + strategy.id() + "\"")))
        .orElse(List.of());
  }

  private static List<Holder<Measure>> measures(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<Measure>> holders = new ArrayList<>();
    List<Objective> objectives = system.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      List<Measure> measures = objectives.get(i).measures();
      for (int j = 0; j < measures.size(); j++) {
        holders.add(new Holder<>(base.property("objectives").index(i).property("measures").index(j),
            measures.get(j), "The objective " + objectives.get(i).id()));
      }
    }
    return holders;
  }

  private static List<Holder<BoardMember>> boardMembers(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<BoardMember>> holders = new ArrayList<>();
    List<BoardMember> members = system.icb().board().members();
    for (int i = 0; i < members.size(); i++) {
      holders.add(new Holder<>(base.property("icb").property("board").property("members").index(i),
          members.get(i), "The board member \"" + members.get(i).id() + "\""));
    }
    return holders;
  }

  private static List<Holder<OfficeHeld>> officesHeld(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<OfficeHeld>> holders = new ArrayList<>();
    for (Holder<BoardMember> member : boardMembers(system, base)) {
      List<OfficeHeld> offices = member.element().officesHeld();
      for (int k = 0; k < offices.size(); k++) {
        holders.add(new Holder<>(member.path().property("officesHeld").index(k), offices.get(k), member.what()));
      }
    }
    return holders;
  }

  private static List<Holder<Committee>> committees(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<Committee>> holders = new ArrayList<>();
    List<Committee> committees = system.icb().committees();
    for (int i = 0; i < committees.size(); i++) {
      holders.add(new Holder<>(base.property("icb").property("committees").index(i), committees.get(i),
          "The committee \"" + committees.get(i).id() + "\""));
    }
    return holders;
  }

  private static List<Holder<CommitteeMember>> committeeMembers(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<CommitteeMember>> holders = new ArrayList<>();
    for (Holder<Committee> committee : committees(system, base)) {
      List<CommitteeMember> members = committee.element().members();
      for (int k = 0; k < members.size(); k++) {
        holders.add(new Holder<>(committee.path().property("members").index(k), members.get(k), committee.what()));
      }
    }
    return holders;
  }

  /** Declarations in registers that do not also cover employees: the configuration does not list employees. */
  private static List<Holder<Declaration>> declarations(IntegratedCareSystem system, JsonPointer base) {
    List<Holder<Declaration>> holders = new ArrayList<>();
    List<RegisterOfInterests> registers = system.icb().registersOfInterests();
    for (int r = 0; r < registers.size(); r++) {
      RegisterOfInterests register = registers.get(r);
      if (register.covers().contains(RegisterScope.EMPLOYEES)) {
        continue;
      }
      List<Declaration> declarations = register.declarations();
      for (int d = 0; d < declarations.size(); d++) {
        holders.add(new Holder<>(
            base.property("icb").property("registersOfInterests").index(r).property("declarations").index(d),
            declarations.get(d), "The declaration " + declarations.get(d).id() + " in register " + register.id()));
      }
    }
    return holders;
  }
}
