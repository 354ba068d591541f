package io.github.icsmodel.validation.structure;

import io.github.icsmodel.assurance.DutyAssurance;
import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.board.CommitteeMember;
import io.github.icsmodel.board.OfficeHeld;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.inequality.Indicator;
import io.github.icsmodel.interest.Declaration;
import io.github.icsmodel.interest.RegisterOfInterests;
import io.github.icsmodel.interest.RegisterScope;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.plan.IntegratedCareStrategy;
import io.github.icsmodel.plan.JointCapitalResourceUsePlan;
import io.github.icsmodel.plan.JointForwardPlan;
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
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code structure.references-resolve}: every reference in the configuration names something that exists, of the
 * right kind. The references checked, with the kind each must name:
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
 *       (the configuration does not list employees, so such a person cannot be checked);
 *   <li>the health and wellbeing boards a forward or capital plan was given to: health and wellbeing boards;
 *   <li>the {@code localAuthority} of a needs assessment or joint local health and wellbeing strategy: a local
 *       authority.
 * </ul>
 *
 * <p>ERROR, with this library's configuration format as basis ({@link StructureRules#CONFIGURATION_FORMAT}): no
 * law speaks to references in a configuration, but a dangling one leaves the statutory rules checking a structure
 * that is not there. One finding per dangling or mistyped reference, at the reference (for a set, at its position
 * in the set's order).
 */
public final class ReferencesResolveRule extends AbstractRule {

  /** Creates the rule. */
  public ReferencesResolveRule() {
    super(
        "structure.references-resolve",
        Severity.ERROR,
        StructureRules.CONFIGURATION_FORMAT,
        "Every reference names an element of the configuration of the right kind",
        "Add the missing element, or correct the reference.",
        null);
  }

  /** Ids and references are about the document, so they are checked whether or not the ICB exists. */
  @Override
  public boolean requiresExistingIcb() {
    return false;
  }

  @Override
  public void check(RuleContext context) {
    new Check(context).run();
  }

  /** One run of the rule over one system. */
  private static final class Check {
    private final RuleContext context;
    private final IntegratedCareSystem system;
    private final JsonPointer base;
    private final Map<LocalId, Organisation> organisations;
    private final Set<LocalId> places = new HashSet<>();
    private final Set<LocalId> networks = new HashSet<>();
    private final Set<LocalId> indicators = new HashSet<>();
    private final Map<LocalId, BoardMember> boardMembers = new HashMap<>();
    private final Set<LocalId> committeeMembers = new HashSet<>();

    Check(RuleContext context) {
      this.context = context;
      this.system = context.system();
      this.base = context.base();
      this.organisations = system.organisationsById();
      system.places().forEach(p -> places.add(p.id()));
      system.primaryCareNetworks().forEach(n -> networks.add(n.id()));
      system.indicators().forEach((Indicator i) -> indicators.add(i.id()));
      system.icb().board().members().forEach(m -> boardMembers.putIfAbsent(m.id(), m));
      system.icb().committees().forEach(c -> c.members().forEach(m -> committeeMembers.add(m.id())));
    }

    void run() {
      footprint();
      places();
      collaboratives();
      networks();
      neighbourhoods();
      arrangements();
      icp();
      objectives();
      board();
      committees();
      dutyAssurances();
      declarations();
      plans();
    }

    private void footprint() {
      List<FootprintArea> footprint = system.footprint();
      for (int i = 0; i < footprint.size(); i++) {
        localAuthority(base.property("footprint").index(i).property("localAuthority"),
            footprint.get(i).localAuthority(), "The footprint");
      }
    }

    private void places() {
      List<PlaceBasedPartnership> list = system.places();
      for (int i = 0; i < list.size(); i++) {
        PlaceBasedPartnership place = list.get(i);
        JsonPointer path = base.property("places").index(i);
        String what = "The place \"" + place.id() + "\"";
        each(place.localAuthorities(), path.property("localAuthorities"), (p, id) -> localAuthority(p, id, what));
        each(place.members(), path.property("members"), (p, id) -> organisation(p, id, what));
      }
    }

    private void collaboratives() {
      List<ProviderCollaborative> list = system.providerCollaboratives();
      for (int i = 0; i < list.size(); i++) {
        ProviderCollaborative collaborative = list.get(i);
        JsonPointer path = base.property("providerCollaboratives").index(i);
        String what = "The provider collaborative \"" + collaborative.id() + "\"";
        each(collaborative.members(), path.property("members"), (p, id) -> organisation(p, id, what));
        collaborative.lead().ifPresent(lead -> organisation(path.property("lead"), lead, what + " (lead)"));
      }
    }

    private void networks() {
      List<PrimaryCareNetwork> list = system.primaryCareNetworks();
      for (int i = 0; i < list.size(); i++) {
        PrimaryCareNetwork network = list.get(i);
        JsonPointer path = base.property("primaryCareNetworks").index(i);
        String what = "The primary care network \"" + network.id() + "\"";
        each(network.practices(), path.property("practices"),
            (p, id) -> ofKind(p, id, what, OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER,
                "a provider of primary medical services"));
        network.place().ifPresent(place -> member(path.property("place"), place, places, what, "place"));
      }
    }

    private void neighbourhoods() {
      List<Neighbourhood> list = system.neighbourhoods();
      for (int i = 0; i < list.size(); i++) {
        Neighbourhood neighbourhood = list.get(i);
        JsonPointer path = base.property("neighbourhoods").index(i);
        String what = "The neighbourhood \"" + neighbourhood.id() + "\"";
        neighbourhood.place().ifPresent(place -> member(path.property("place"), place, places, what, "place"));
        each(neighbourhood.primaryCareNetworks(), path.property("primaryCareNetworks"),
            (p, id) -> member(p, id, networks, what, "primary care network"));
      }
    }

    private void arrangements() {
      List<CooperationArrangement> list = system.arrangements();
      for (int i = 0; i < list.size(); i++) {
        String what = "The arrangement " + list.get(i).id();
        each(list.get(i).parties(), base.property("arrangements").index(i).property("parties"),
            (p, id) -> organisation(p, id, what));
      }
    }

    private void icp() {
      if (system.icp().isEmpty()) {
        return;
      }
      IntegratedCarePartnership icp = system.icp().get();
      JsonPointer path = base.property("icp");
      List<IcpMember> members = icp.members();
      for (int i = 0; i < members.size(); i++) {
        IcpMember member = members.get(i);
        JsonPointer memberPath = path.property("members").index(i);
        String what = "The ICP member " + member.id();
        member.appointingAuthority()
            .ifPresent(id -> localAuthority(memberPath.property("appointingAuthority"), id, what));
        member.organisation().ifPresent(id -> organisation(memberPath.property("organisation"), id, what));
      }
      icp.strategy().ifPresent((IntegratedCareStrategy strategy) -> each(strategy.givenTo(),
          path.property("strategy").property("givenTo"),
          (p, id) -> organisation(p, id, "The integrated care strategy \"" + strategy.id() + "\"")));
    }

    private void objectives() {
      List<Objective> list = system.objectives();
      for (int i = 0; i < list.size(); i++) {
        List<Measure> measures = list.get(i).measures();
        for (int j = 0; j < measures.size(); j++) {
          member(base.property("objectives").index(i).property("measures").index(j).property("indicator"),
              measures.get(j).indicator(), indicators, "The objective " + list.get(i).id(), "indicator");
        }
      }
    }

    private void board() {
      List<BoardMember> members = system.icb().board().members();
      for (int i = 0; i < members.size(); i++) {
        BoardMember member = members.get(i);
        JsonPointer path = base.property("icb").property("board").property("members").index(i);
        String what = "The board member \"" + member.id() + "\"";
        each(member.nominatedBy(), path.property("nominatedBy"), (p, id) -> organisation(p, id, what));
        List<OfficeHeld> offices = member.officesHeld();
        for (int k = 0; k < offices.size(); k++) {
          organisation(path.property("officesHeld").index(k).property("organisation"),
              offices.get(k).organisation(), what);
        }
      }
    }

    private void committees() {
      List<Committee> committees = system.icb().committees();
      for (int i = 0; i < committees.size(); i++) {
        Committee committee = committees.get(i);
        JsonPointer path = base.property("icb").property("committees").index(i);
        String what = "The committee \"" + committee.id() + "\"";
        Set<LocalId> own = new HashSet<>();
        committee.members().forEach(m -> own.add(m.id()));
        committee.chair()
            .ifPresent(chair -> member(path.property("chair"), chair, own, what, "member of that committee"));
        List<CommitteeMember> members = committee.members();
        for (int k = 0; k < members.size(); k++) {
          int index = k;
          members.get(k).boardMember().ifPresent(id -> member(
              path.property("members").index(index).property("boardMember"), id, boardMembers.keySet(), what,
              "board member"));
        }
      }
    }

    private void dutyAssurances() {
      List<DutyAssurance> list = system.dutyAssurances();
      for (int i = 0; i < list.size(); i++) {
        int index = i;
        list.get(i).accountableLead().ifPresent(id -> member(
            base.property("dutyAssurances").index(index).property("accountableLead"), id, boardMembers.keySet(),
            "The assurance record for " + list.get(index).duty(), "board member"));
      }
    }

    private void declarations() {
      List<RegisterOfInterests> registers = system.icb().registersOfInterests();
      for (int r = 0; r < registers.size(); r++) {
        RegisterOfInterests register = registers.get(r);
        if (register.covers().contains(RegisterScope.EMPLOYEES)) {
          continue;
        }
        List<Declaration> declarations = register.declarations();
        for (int d = 0; d < declarations.size(); d++) {
          LocalId person = declarations.get(d).person();
          if (!boardMembers.containsKey(person) && !committeeMembers.contains(person)) {
            context.report(
                base.property("icb").property("registersOfInterests").index(r).property("declarations").index(d)
                    .property("person"),
                person,
                "The declaration " + declarations.get(d).id() + " in register " + register.id() + " names \""
                    + person + "\", which is neither a board member nor a committee member (the register does not"
                    + " cover employees).");
          }
        }
      }
    }

    private void plans() {
      List<JointForwardPlan> forward = system.jointForwardPlans();
      for (int i = 0; i < forward.size(); i++) {
        String what = "The joint forward plan " + forward.get(i).id();
        each(forward.get(i).givenToHealthAndWellbeingBoards(),
            base.property("jointForwardPlans").index(i).property("givenToHealthAndWellbeingBoards"),
            (p, id) -> healthAndWellbeingBoard(p, id, what));
      }
      List<JointCapitalResourceUsePlan> capital = system.capitalResourceUsePlans();
      for (int i = 0; i < capital.size(); i++) {
        String what = "The capital resource use plan " + capital.get(i).id();
        each(capital.get(i).givenToHealthAndWellbeingBoards(),
            base.property("capitalResourceUsePlans").index(i).property("givenToHealthAndWellbeingBoards"),
            (p, id) -> healthAndWellbeingBoard(p, id, what));
      }
      for (int i = 0; i < system.needsAssessments().size(); i++) {
        localAuthority(base.property("needsAssessments").index(i).property("localAuthority"),
            system.needsAssessments().get(i).localAuthority(),
            "The needs assessment " + system.needsAssessments().get(i).id());
      }
      for (int i = 0; i < system.healthAndWellbeingStrategies().size(); i++) {
        localAuthority(base.property("healthAndWellbeingStrategies").index(i).property("localAuthority"),
            system.healthAndWellbeingStrategies().get(i).localAuthority(),
            "The health and wellbeing strategy " + system.healthAndWellbeingStrategies().get(i).id());
      }
    }

    private void healthAndWellbeingBoard(JsonPointer path, LocalId id, String what) {
      ofKind(path, id, what, OrganisationKind.HEALTH_AND_WELLBEING_BOARD, "a health and wellbeing board");
    }

    private interface Reference {
      void check(JsonPointer path, LocalId id);
    }

    private static void each(Collection<LocalId> ids, JsonPointer path, Reference reference) {
      int index = 0;
      for (LocalId id : ids) {
        reference.check(path.index(index++), id);
      }
    }

    private Organisation organisation(JsonPointer path, LocalId id, String what) {
      Organisation organisation = organisations.get(id);
      if (organisation == null) {
        context.report(path, id, what + " names \"" + id + "\", which is not an organisation in the configuration.");
      }
      return organisation;
    }

    private void localAuthority(JsonPointer path, LocalId id, String what) {
      Organisation organisation = organisation(path, id, what);
      if (organisation != null && !organisation.isLocalAuthority()) {
        context.report(path, id, what + " names " + organisation.name() + " (" + id + "), which is not a local"
            + " authority.");
      }
    }

    private void ofKind(JsonPointer path, LocalId id, String what, OrganisationKind kind, String expected) {
      Organisation organisation = organisation(path, id, what);
      if (organisation != null && organisation.kind() != kind) {
        context.report(path, id, what + " names " + organisation.name() + " (" + id + "), which is not " + expected
            + ".");
      }
    }

    private void member(JsonPointer path, LocalId id, Set<LocalId> known, String what, String expected) {
      if (!known.contains(id)) {
        context.report(path, id, what + " names \"" + id + "\", which is not a " + expected + " in the"
            + " configuration.");
      }
    }
  }
}
