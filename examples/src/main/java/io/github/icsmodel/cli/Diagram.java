package io.github.icsmodel.cli;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.cooperation.CooperationArrangement;
import io.github.icsmodel.cooperation.CooperationGraph;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IcpMember;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.system.PlaceBasedPartnership;
import io.github.icsmodel.system.ProviderCollaborative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a system as a Mermaid flowchart (which GitHub renders as is) or a Graphviz DOT graph: the ICB and its
 * board, the ICP, places with their local authorities, provider collaboratives, and the co-operation graph, with
 * the NHS-body and local-authority pairs that share no arrangement (s.82 of the NHS Act 2006) drawn as dashed red
 * lines.
 */
final class Diagram {
  private final IntegratedCareSystem system;
  private final Map<LocalId, String> nodeIds = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private int next;

  private Diagram(IntegratedCareSystem system) {
    this.system = system;
  }

  static String mermaid(IntegratedCareSystem system) {
    return new Diagram(system).renderMermaid();
  }

  static String dot(IntegratedCareSystem system) {
    return new Diagram(system).renderDot();
  }

  private String node(LocalId id) {
    return nodeIds.computeIfAbsent(id, k -> "n" + next++);
  }

  private String name(LocalId id) {
    return system.organisation(id).map(Organisation::name).orElse(id.toString());
  }

  /** What a control character, a lone surrogate or a format character is drawn as: never written raw. */
  static final String REPLACEMENT = "\uFFFD";

  /** A quoted Mermaid label: the text with every character that Mermaid could read as syntax escaped. */
  static String mermaidLabel(String label) {
    return "\"" + mermaidText(label) + "\"";
  }

  /**
   * Text for Mermaid: letters, digits, spaces and plain punctuation as they are; every other character as a
   * Mermaid entity ({@code #34;} for a quote), so that no name can end a label, a comment or a line, start a
   * directive or a {@code click} statement, or carry HTML; control characters replaced.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (unsafe(c)) {
        out.append(REPLACEMENT);
      } else if (Character.isLetterOrDigit(c) || c == ' ' || ".,:;()'-/_?!".indexOf(c) >= 0) {
        out.appendCodePoint(c);
      } else {
        out.append('#').append(c).append(';');
      }
    });
    return out.toString();
  }

  /** A quoted DOT string: backslashes and quotes escaped, control characters replaced. */
  static String dotLabel(String label) {
    StringBuilder out = new StringBuilder(label.length() + 16).append('"');
    label.codePoints().forEach(c -> {
      if (unsafe(c)) {
        out.append(REPLACEMENT);
      } else if (c == '\\' || c == '"') {
        out.append('\\').appendCodePoint(c);
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append('"').toString();
  }

  /** Control (C0, DEL, C1), format (bidirectional controls among them) and separator characters, lone surrogates. */
  private static boolean unsafe(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
  }

  private String renderMermaid() {
    line("flowchart LR");
    line("  %% " + mermaidText(system.name()));
    String icb = node(system.icb().id());
    line("  subgraph ICB[" + mermaidLabel(system.icb().name() + " (ICB)") + "]");
    line("    direction TB");
    line("    " + icb + "[" + mermaidLabel(system.icb().name()) + "]");
    for (BoardMember member : system.icb().board().members()) {
      String id = "b" + next++;
      line("    " + id + "([" + mermaidLabel(member.name() + ": " + roleOf(member)) + "])");
      line("    " + icb + " --- " + id);
    }
    line("  end");
    system.icp().ifPresent(icp -> {
      line("  subgraph ICP[" + mermaidLabel(icp.name() + " (ICP)") + "]");
      for (IcpMember member : icp.members()) {
        String id = "p" + next++;
        line("    " + id + "([" + mermaidLabel(member.name() + ", appointed by "
            + words(member.appointedBy().name()) + member.appointingAuthority().map(a -> " " + name(a)).orElse(""))
            + "])");
      }
      line("  end");
    });
    for (PlaceBasedPartnership place : system.places()) {
      line("  subgraph " + node(place.id()) + "[" + mermaidLabel("Place: " + place.name()) + "]");
      place.localAuthorities().forEach(la -> line("    " + node(la) + "[" + mermaidLabel(name(la)) + "]"));
      line("  end");
    }
    for (ProviderCollaborative collaborative : system.providerCollaboratives()) {
      line("  subgraph " + node(collaborative.id()) + "[" + mermaidLabel("Provider collaborative: "
          + collaborative.name()) + "]");
      collaborative.members().forEach(m -> line("    " + node(m) + "[" + mermaidLabel(name(m)) + "]"));
      line("  end");
    }
    for (Organisation organisation : system.organisations()) {
      if (organisation.isNhsBody() || organisation.isLocalAuthority()) {
        line("  " + node(organisation.id()) + "[" + mermaidLabel(organisation.name()) + "]");
      }
    }
    CooperationGraph graph = system.cooperationGraph();
    for (CooperationArrangement arrangement : system.arrangements()) {
      String id = "a" + next++;
      line("  " + id + "{{" + mermaidLabel(arrangement.name().orElse(words(arrangement.kind().name()))) + "}}");
      for (LocalId party : arrangement.parties()) {
        if (graph.organisations().containsKey(party)) {
          line("  " + id + " --- " + node(party));
        }
      }
    }
    int links = countLinks();
    List<CooperationGraph.Pair> missing = graph.unlinkedNhsBodyLocalAuthorityPairs();
    for (CooperationGraph.Pair pair : missing) {
      line("  " + node(pair.nhsBody()) + " -. " + mermaidLabel("s.82: no arrangement") + " .- "
          + node(pair.localAuthority()));
    }
    for (int i = 0; i < missing.size(); i++) {
      line("  linkStyle " + (links + i) + " stroke:#d00,stroke-width:2px,stroke-dasharray:5 5");
    }
    return text.toString();
  }

  private int countLinks() {
    int count = 0;
    for (String line : text.toString().split("\n")) {
      if (line.contains(" --- ") || line.contains(" -. ")) {
        count++;
      }
    }
    return count;
  }

  private String renderDot() {
    line("graph ics {");
    line("  label=" + dotLabel(system.name()) + ";");
    line("  rankdir=LR; node [shape=box, fontname=\"Helvetica\"];");
    String icb = node(system.icb().id());
    line("  subgraph cluster_icb {");
    line("    label=" + dotLabel(system.icb().name() + " (ICB)") + ";");
    line("    " + icb + " [label=" + dotLabel(system.icb().name()) + ", style=bold];");
    for (BoardMember member : system.icb().board().members()) {
      String id = "b" + next++;
      line("    " + id + " [shape=ellipse, label=" + dotLabel(member.name() + ": " + roleOf(member)) + "];");
      line("    " + icb + " -- " + id + ";");
    }
    line("  }");
    system.icp().ifPresent(icp -> {
      line("  subgraph cluster_icp {");
      line("    label=" + dotLabel(icp.name() + " (ICP)") + ";");
      for (IcpMember member : icp.members()) {
        line("    p" + next++ + " [shape=ellipse, label=" + dotLabel(member.name() + ", appointed by "
            + words(member.appointedBy().name())) + "];");
      }
      line("  }");
    });
    for (PlaceBasedPartnership place : system.places()) {
      line("  subgraph cluster_" + node(place.id()) + " {");
      line("    label=" + dotLabel("Place: " + place.name()) + ";");
      place.localAuthorities().forEach(la -> line("    " + node(la) + " [label=" + dotLabel(name(la)) + "];"));
      line("  }");
    }
    for (ProviderCollaborative collaborative : system.providerCollaboratives()) {
      line("  subgraph cluster_" + node(collaborative.id()) + " {");
      line("    label=" + dotLabel("Provider collaborative: " + collaborative.name()) + ";");
      collaborative.members().forEach(m -> line("    " + node(m) + " [label=" + dotLabel(name(m)) + "];"));
      line("  }");
    }
    for (Organisation organisation : system.organisations()) {
      if (organisation.isNhsBody() || organisation.isLocalAuthority()) {
        line("  " + node(organisation.id()) + " [label=" + dotLabel(organisation.name()) + "];");
      }
    }
    CooperationGraph graph = system.cooperationGraph();
    for (CooperationArrangement arrangement : system.arrangements()) {
      String id = "a" + next++;
      line("  " + id + " [shape=hexagon, label="
          + dotLabel(arrangement.name().orElse(words(arrangement.kind().name()))) + "];");
      for (LocalId party : arrangement.parties()) {
        if (graph.organisations().containsKey(party)) {
          line("  " + id + " -- " + node(party) + ";");
        }
      }
    }
    for (CooperationGraph.Pair pair : graph.unlinkedNhsBodyLocalAuthorityPairs()) {
      line("  " + node(pair.nhsBody()) + " -- " + node(pair.localAuthority())
          + " [style=dashed, color=red, label=\"s.82: no arrangement\"];");
    }
    line("}");
    return text.toString();
  }

  private static String roleOf(BoardMember member) {
    String role = member.ordinaryMemberKind().map(k -> words(k.name())).orElse(words(member.role().name()));
    return member.isVotingMember() ? role : role + " (non-voting)";
  }

  static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private void line(String line) {
    text.append(line).append('\n');
  }
}
