package io.github.icsmodel.validation.structure;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.JsonPointer;
import io.github.icsmodel.validation.RuleContext;
import io.github.icsmodel.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code structure.unique-ids}: no id is used by two of the ICB, the organisations, the places, the provider
 * collaboratives, the primary care networks and the neighbourhoods. These share one namespace of references (an
 * arrangement party, a place member or a collaborative lead may name any of them), so an id used twice makes every
 * reference to it ambiguous. Building a system already refuses an id used twice inside one list; this rule finds
 * an id shared between lists, or between the ICB and an organisation.
 *
 * <p>ERROR, with this library's configuration format as basis ({@link StructureRules#CONFIGURATION_FORMAT}): no
 * law speaks to ids, but an ambiguous configuration cannot be checked against the law reliably. One finding per
 * repeat, at the later use, naming the earlier.
 */
public final class UniqueIdsRule extends AbstractRule {

  /** Creates the rule. */
  public UniqueIdsRule() {
    super(
        "structure.unique-ids",
        Severity.ERROR,
        StructureRules.CONFIGURATION_FORMAT,
        "Ids are unique across the ICB, organisations, places, provider collaboratives, primary care networks and"
            + " neighbourhoods",
        "Give each element its own id and update the references to it.",
        null);
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    JsonPointer base = context.base();
    Map<LocalId, JsonPointer> seen = new HashMap<>();
    seen.put(system.icb().id(), base.property("icb"));
    visit(context, seen, system.organisations(), o -> o.id(), base.property("organisations"));
    visit(context, seen, system.places(), p -> p.id(), base.property("places"));
    visit(context, seen, system.providerCollaboratives(), c -> c.id(), base.property("providerCollaboratives"));
    visit(context, seen, system.primaryCareNetworks(), n -> n.id(), base.property("primaryCareNetworks"));
    visit(context, seen, system.neighbourhoods(), n -> n.id(), base.property("neighbourhoods"));
  }

  private static <T> void visit(
      RuleContext context, Map<LocalId, JsonPointer> seen, List<T> elements, Function<T, LocalId> id,
      JsonPointer path) {
    for (int i = 0; i < elements.size(); i++) {
      LocalId key = id.apply(elements.get(i));
      JsonPointer here = path.index(i);
      JsonPointer earlier = seen.putIfAbsent(key, here);
      if (earlier != null) {
        context.report(
            here.property("id"),
            key,
            "The id \"" + key + "\" is already used at " + earlier + ": references to it are ambiguous.");
      }
    }
  }
}
