package io.github.icsmodel.validation.structure;

import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.AbstractRule;
import io.github.icsmodel.validation.NoQuotation;
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
@NoQuotation(
    "An integrity check: it rests on this library's configuration format, which no statute or guidance speaks to.")
final class UniqueIdsRule extends AbstractRule {

  /** Creates the rule. */
  UniqueIdsRule() {
    super(
        "structure.unique-ids",
        Severity.ERROR,
        StructureRules.CONFIGURATION_FORMAT,
        "Ids are unique across the ICB, organisations, places, provider collaboratives, primary care networks and"
            + " neighbourhoods",
        "Give each element its own id and update the references to it.",
        null);
  }

  /** Ids and references are about the document, so they are checked whether or not the ICB exists. */
  @Override
  public boolean requiresExistingIcb() {
    return false;
  }

  @Override
  public void check(RuleContext context) {
    IntegratedCareSystem system = context.system();
    int size = 1 + system.organisations().size() + system.places().size()
        + system.providerCollaboratives().size() + system.primaryCareNetworks().size()
        + system.neighbourhoods().size();
    Map<LocalId, Place> seen = new HashMap<>(size * 4 / 3 + 1);
    seen.put(system.icb().id(), new Place("icb", -1));
    visit(context, seen, system.organisations(), o -> o.id(), "organisations");
    visit(context, seen, system.places(), p -> p.id(), "places");
    visit(context, seen, system.providerCollaboratives(), c -> c.id(), "providerCollaboratives");
    visit(context, seen, system.primaryCareNetworks(), n -> n.id(), "primaryCareNetworks");
    visit(context, seen, system.neighbourhoods(), n -> n.id(), "neighbourhoods");
  }

  /** Where an id was first seen: a list property and an index, or {@code -1} for a single object. */
  private record Place(String property, int index) {
    JsonPointer under(JsonPointer base) {
      JsonPointer path = base.property(property);
      return index < 0 ? path : path.index(index);
    }
  }

  private static <T> void visit(
      RuleContext context, Map<LocalId, Place> seen, List<T> elements, Function<T, LocalId> id, String property) {
    for (int i = 0; i < elements.size(); i++) {
      LocalId key = id.apply(elements.get(i));
      Place earlier = seen.putIfAbsent(key, new Place(property, i));
      if (earlier != null) {
        JsonPointer here = context.base().property(property).index(i);
        context.report(
            here.property("id"),
            key,
            "The id \"" + key + "\" is already used at " + earlier.under(context.base())
                + ": references to it are ambiguous.");
      }
    }
  }
}
