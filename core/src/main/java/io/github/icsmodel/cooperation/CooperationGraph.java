package io.github.icsmodel.cooperation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.ImmutableGraph;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The co-operation graph of an integrated care system: its organisations, joined wherever two of them are parties
 * to the same arrangement.
 *
 * <p>It answers the two questions the duties to co-operate raise. For s.82 of the NHS Act 2006 (NHS bodies and
 * local authorities): which pairs of an NHS body and a local authority share no arrangement
 * ({@link #unlinkedNhsBodyLocalAuthorityPairs()}). For s.72 (NHS bodies with each other): do the NHS bodies form
 * one connected group, and if not, what are the groups ({@link #nhsBodyGroups()}).
 *
 * <p>Both answers take time linear in the total number of arrangement parties, plus, for the s.82 answer, the
 * number of NHS-body and local-authority pairs it reports. Parties that name no organisation in the graph are
 * ignored (validation reports them separately). Instances are immutable and thread-safe.
 */
public final class CooperationGraph {
  private final ImmutableMap<LocalId, Organisation> organisations;
  private final ImmutableList<CooperationArrangement> arrangements;
  private final ImmutableListMultimap<LocalId, CooperationArrangement> arrangementsByParty;

  private CooperationGraph(
      ImmutableMap<LocalId, Organisation> organisations, ImmutableList<CooperationArrangement> arrangements) {
    this.organisations = organisations;
    this.arrangements = arrangements;
    ImmutableListMultimap.Builder<LocalId, CooperationArrangement> byParty = ImmutableListMultimap.builder();
    for (CooperationArrangement arrangement : arrangements) {
      for (LocalId party : arrangement.parties()) {
        if (organisations.containsKey(party)) {
          byParty.put(party, arrangement);
        }
      }
    }
    this.arrangementsByParty = byParty.build();
  }

  /**
   * Builds the graph of some organisations and the arrangements between them.
   *
   * @param organisations the organisations, each once
   * @param arrangements the arrangements
   * @return the graph
   * @throws io.github.icsmodel.InvalidValueException if two organisations share an id
   */
  public static CooperationGraph of(
      Iterable<Organisation> organisations, Iterable<CooperationArrangement> arrangements) {
    Map<LocalId, Organisation> byId = new LinkedHashMap<>();
    for (Organisation organisation : organisations) {
      if (byId.put(organisation.id(), organisation) != null) {
        throw new io.github.icsmodel.InvalidValueException(
            "co-operation graph: the organisation id \"" + organisation.id() + "\" is used twice");
      }
    }
    return new CooperationGraph(ImmutableMap.copyOf(byId), ImmutableList.copyOf(arrangements));
  }

  /**
   * Returns the organisations, by id, in their original order.
   *
   * @return the organisations
   */
  public ImmutableMap<LocalId, Organisation> organisations() {
    return organisations;
  }

  /**
   * Returns the arrangements.
   *
   * @return the arrangements
   */
  public ImmutableList<CooperationArrangement> arrangements() {
    return arrangements;
  }

  /**
   * Returns the arrangements an organisation is a party to.
   *
   * @param organisation the organisation's id
   * @return its arrangements, empty if it has none or is not in the graph
   */
  public ImmutableList<CooperationArrangement> arrangementsOf(LocalId organisation) {
    return arrangementsByParty.get(Objects.requireNonNull(organisation, "organisation"));
  }

  /**
   * Returns whether two organisations are parties to at least one common arrangement.
   *
   * @param first one organisation's id
   * @param second the other's
   * @return true if linked
   */
  public boolean areLinked(LocalId first, LocalId second) {
    List<CooperationArrangement> smaller = arrangementsOf(first);
    List<CooperationArrangement> other = arrangementsOf(second);
    LocalId target = second;
    if (other.size() < smaller.size()) {
      smaller = other;
      target = first;
    }
    for (CooperationArrangement arrangement : smaller) {
      if (arrangement.parties().contains(target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns every pair of an NHS body and a local authority that share no arrangement: the gaps in evidence of
   * co-operation under s.82 of the NHS Act 2006. Pairs come in the order of the organisations.
   *
   * @return the unlinked pairs
   */
  public ImmutableList<Pair> unlinkedNhsBodyLocalAuthorityPairs() {
    List<Organisation> localAuthorities = new ArrayList<>();
    for (Organisation organisation : organisations.values()) {
      if (organisation.isLocalAuthority()) {
        localAuthorities.add(organisation);
      }
    }
    ImmutableList.Builder<Pair> pairs = ImmutableList.builder();
    for (Organisation body : organisations.values()) {
      if (!body.isNhsBody()) {
        continue;
      }
      Set<LocalId> linked = new LinkedHashSet<>();
      for (CooperationArrangement arrangement : arrangementsOf(body.id())) {
        for (LocalId party : arrangement.parties()) {
          Organisation other = organisations.get(party);
          if (other != null && other.isLocalAuthority()) {
            linked.add(party);
          }
        }
      }
      for (Organisation authority : localAuthorities) {
        if (!linked.contains(authority.id())) {
          pairs.add(new Pair(body.id(), authority.id()));
        }
      }
    }
    return pairs.build();
  }

  /**
   * Returns the groups of NHS bodies that are joined, directly or through other NHS bodies, by arrangements to
   * which at least two NHS bodies are parties. Under s.72 of the NHS Act 2006 one group is expected. Groups are
   * ordered by their first member in organisation order; members keep organisation order.
   *
   * @return the groups, each a set of organisation ids
   */
  public ImmutableList<ImmutableSet<LocalId>> nhsBodyGroups() {
    Map<LocalId, LocalId> parent = new HashMap<>();
    for (Organisation organisation : organisations.values()) {
      if (organisation.isNhsBody()) {
        parent.put(organisation.id(), organisation.id());
      }
    }
    for (CooperationArrangement arrangement : arrangements) {
      LocalId first = null;
      for (LocalId party : arrangement.parties()) {
        if (!parent.containsKey(party)) {
          continue;
        }
        if (first == null) {
          first = party;
        } else {
          union(parent, first, party);
        }
      }
    }
    Map<LocalId, ImmutableSet.Builder<LocalId>> groups = new LinkedHashMap<>();
    for (Organisation organisation : organisations.values()) {
      if (organisation.isNhsBody()) {
        groups.computeIfAbsent(find(parent, organisation.id()), root -> ImmutableSet.builder())
            .add(organisation.id());
      }
    }
    ImmutableList.Builder<ImmutableSet<LocalId>> result = ImmutableList.builder();
    groups.values().forEach(group -> result.add(group.build()));
    return result.build();
  }

  /**
   * Returns the graph as a Guava graph of organisation ids, with an edge between every two organisations that
   * share an arrangement. Building it costs the sum, over arrangements, of the square of the number of parties.
   *
   * @return an undirected immutable graph
   */
  public ImmutableGraph<LocalId> asGraph() {
    ImmutableGraph.Builder<LocalId> graph = GraphBuilder.undirected().allowsSelfLoops(false).immutable();
    organisations.keySet().forEach(graph::addNode);
    for (CooperationArrangement arrangement : arrangements) {
      List<LocalId> parties = new ArrayList<>();
      for (LocalId party : arrangement.parties()) {
        if (organisations.containsKey(party)) {
          parties.add(party);
        }
      }
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          graph.putEdge(parties.get(i), parties.get(j));
        }
      }
    }
    return graph.build();
  }

  private static LocalId find(Map<LocalId, LocalId> parent, LocalId node) {
    LocalId root = node;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    LocalId current = node;
    while (!current.equals(root)) {
      LocalId next = parent.get(current);
      parent.put(current, root);
      current = next;
    }
    return root;
  }

  private static void union(Map<LocalId, LocalId> parent, LocalId a, LocalId b) {
    LocalId rootA = find(parent, a);
    LocalId rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      parent.put(rootB, rootA);
    }
  }

  /**
   * A pair of an NHS body and a local authority.
   *
   * @param nhsBody the NHS body's id
   * @param localAuthority the local authority's id
   */
  public record Pair(LocalId nhsBody, LocalId localAuthority) {
    /**
     * Creates a pair.
     *
     * @param nhsBody the NHS body's id
     * @param localAuthority the local authority's id
     */
    public Pair {
      Objects.requireNonNull(nhsBody, "nhsBody");
      Objects.requireNonNull(localAuthority, "localAuthority");
    }
  }
}
