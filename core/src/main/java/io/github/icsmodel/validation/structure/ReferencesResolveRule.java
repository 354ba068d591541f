package io.github.icsmodel.validation.structure;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.Committee;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.NoQuotation;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import io.github.icsmodel.validation.structure.ModelReferences.Holder;
import io.github.icsmodel.validation.structure.ModelReferences.Owner;
import io.github.icsmodel.validation.structure.ModelReferences.Reference;
import io.github.icsmodel.validation.structure.ModelReferences.Target;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code structure.references-resolve}: every reference in the configuration names something that exists, of the
 * right kind. The references checked, with the kind each must name, are those the model's description of its
 * references, {@link ModelReferences}, declares: the footprint's local authorities; places' local authorities and
 * members; provider collaboratives' members and lead; primary care networks' practices and place; neighbourhoods'
 * place and networks; arrangements' parties; ICP members' appointing authority and organisation; the integrated
 * care strategy's recipients; objective measures' indicators; board members' nominating bodies and offices held;
 * committees' chairs and members' board seats; duty assurances' accountable leads; declarations' persons (unless
 * the register also covers employees, whom the configuration does not list); the health and wellbeing boards
 * plans were given to; and the local authority of each needs assessment and health and wellbeing strategy.
 *
 * <p>ERROR, with this library's configuration format as basis ({@link StructureRules#CONFIGURATION_FORMAT}): no
 * law speaks to references in a configuration, but a dangling one leaves the statutory rules checking a structure
 * that is not there. One finding per dangling or mistyped reference, at the reference (for a set, at its position
 * in the set's order).
 */
@NoQuotation(
    "An integrity check: it rests on this library's configuration format, which no statute or guidance speaks to.")
final class ReferencesResolveRule extends AbstractRule {

  /** Creates the rule. */
  ReferencesResolveRule() {
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

  /** One run of the rule over one system: a loop over the model's description of its references. */
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
      system.indicators().forEach(i -> indicators.add(i.id()));
      system.icb().board().members().forEach(m -> boardMembers.putIfAbsent(m.id(), m));
      system.icb().committees().forEach(c -> c.members().forEach(m -> committeeMembers.add(m.id())));
    }

    void run() {
      ModelReferences.OWNERS.forEach(this::check);
    }

    private <T> void check(Owner<T> owner) {
      for (Holder<T> holder : owner.holders().apply(system, base)) {
        for (Reference<T> reference : owner.references()) {
          JsonPointer at = holder.path().property(reference.property());
          int index = 0;
          for (LocalId id : reference.ids().apply(holder.element())) {
            resolve(reference.many() ? at.index(index++) : at, id, holder, reference);
          }
        }
      }
    }

    private void resolve(JsonPointer path, LocalId id, Holder<?> holder, Reference<?> reference) {
      String what = holder.what() + reference.label();
      Target target = reference.target();
      switch (target) {
        case ORGANISATION:
          organisation(path, id, what);
          break;
        case LOCAL_AUTHORITY:
          Organisation organisation = organisation(path, id, what);
          if (organisation != null && !organisation.isLocalAuthority()) {
            wrongKind(path, id, what, organisation, target);
          }
          break;
        case PRIMARY_MEDICAL_SERVICES_PROVIDER:
          ofKind(path, id, what, OrganisationKind.PRIMARY_MEDICAL_SERVICES_PROVIDER, target);
          break;
        case HEALTH_AND_WELLBEING_BOARD:
          ofKind(path, id, what, OrganisationKind.HEALTH_AND_WELLBEING_BOARD, target);
          break;
        case PLACE:
          member(path, id, places, what, target);
          break;
        case PRIMARY_CARE_NETWORK:
          member(path, id, networks, what, target);
          break;
        case INDICATOR:
          member(path, id, indicators, what, target);
          break;
        case BOARD_MEMBER:
          member(path, id, boardMembers.keySet(), what, target);
          break;
        case MEMBER_OF_ITS_COMMITTEE:
          Set<LocalId> own = new HashSet<>();
          ((Committee) holder.element()).members().forEach(m -> own.add(m.id()));
          member(path, id, own, what, target);
          break;
        case BOARD_OR_COMMITTEE_MEMBER:
          if (!boardMembers.containsKey(id) && !committeeMembers.contains(id)) {
            context.report(path, id, what + " names \"" + id + "\", which is neither a " + target.expected
                + " (the register does not cover employees).");
          }
          break;
        default:
          // A target added to the description but not here: the validator turns this into a FATAL finding.
          throw new IllegalStateException("no check for references to " + target);
      }
    }

    private Organisation organisation(JsonPointer path, LocalId id, String what) {
      Organisation organisation = organisations.get(id);
      if (organisation == null) {
        context.report(path, id, what + " names \"" + id + "\", which is not an organisation in the configuration.");
      }
      return organisation;
    }

    private void ofKind(JsonPointer path, LocalId id, String what, OrganisationKind kind, Target target) {
      Organisation organisation = organisation(path, id, what);
      if (organisation != null && organisation.kind() != kind) {
        wrongKind(path, id, what, organisation, target);
      }
    }

    private void wrongKind(JsonPointer path, LocalId id, String what, Organisation organisation, Target target) {
      context.report(path, id, what + " names " + organisation.name() + " (" + id + "), which is not "
          + target.expected + ".");
    }

    private void member(JsonPointer path, LocalId id, Set<LocalId> known, String what, Target target) {
      if (!known.contains(id)) {
        context.report(path, id, what + " names \"" + id + "\", which is not a " + target.expected + " in the"
            + " configuration.");
      }
    }
  }
}
