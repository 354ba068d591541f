package io.github.icsmodel.examples;

import io.github.icsmodel.board.BoardMember;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.json.IcsJson;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.system.IntegratedCareSystem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints a summary of a system: a first look at the model. Without an argument it summarises the system built in
 * code by {@link SystemTour}; given a file, the system that document holds.
 *
 * <p>Run with {@code java -cp examples/target/ics.jar io.github.icsmodel.examples.SummaryExample}, or with
 * {@code examples/data/northshire.json} after it for the complete example.
 */
public final class SummaryExample {
  private SummaryExample() {}

  /**
   * Prints the summary to standard output.
   *
   * @param args nothing, or the path of a configuration document
   */
  public static void main(String[] args) {
    print(args.length == 0 ? SystemTour.system() : IcsJson.readSystem(Path.of(args[0])), System.out);
  }

  /**
   * Prints a summary of a system.
   *
   * @param system the system
   * @param out where to print
   */
  public static void print(IntegratedCareSystem system, PrintStream out) {
    out.println(system.name() + " (" + system.id() + ")");
    out.println("  ICB: " + system.icb().name()
        + system.icb().odsCode().map(c -> " [" + c + "]").orElse("")
        + ", established " + system.icb().establishedOn());
    out.println("  Board (" + system.icb().board().members().size() + " at the table):");
    for (BoardMember member : system.icb().board().members()) {
      out.println("    - " + member.name() + ": " + describe(member));
    }
    system.icp().ifPresent(icp -> out.println("  ICP: " + icp.name() + ", " + icp.members().size() + " members"));
    Map<String, Long> byKind = system.allOrganisations().stream()
        .collect(Collectors.groupingBy(o -> o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), TreeMap::new,
            Collectors.counting()));
    out.println("  Organisations: " + byKind);
    out.println("  Footprint: " + system.footprint().stream()
        .map(area -> system.organisation(area.localAuthority()).map(Organisation::name)
            .orElse(area.localAuthority().toString()))
        .collect(Collectors.joining(", ")));
    out.println("  Places: " + system.places().size() + ", provider collaboratives: "
        + system.providerCollaboratives().size() + ", primary care networks: " + system.primaryCareNetworks().size());
    out.println("  Co-operation arrangements: " + system.allArrangements().size() + " (explicit "
        + system.arrangements().size() + ")");
    out.println("  NHS body groups (s.72): " + system.cooperationGraph().nhsBodyGroups().size()
        + "; NHS body and local authority pairs without an arrangement (s.82): "
        + system.cooperationGraph().unlinkedNhsBodyLocalAuthorityPairs().size());
    out.println("  Objectives: " + system.objectives().size() + ", duty assurance records: "
        + system.dutyAssurances().size());
  }

  private static String describe(BoardMember member) {
    StringBuilder text = new StringBuilder(member.role() == MemberRole.PARTICIPANT ? "non-voting participant"
        : member.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    member.ordinaryMemberKind().ifPresent(k -> text.append(" (").append(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(')'));
    member.postTitle().ifPresent(title -> text.append(", ").append(title));
    if (!member.isVotingMember() && member.role() != MemberRole.PARTICIPANT) {
      text.append(", non-voting participant");
    }
    if (!member.designations().isEmpty()) {
      text.append(", ").append(member.designations().stream().map(d -> d.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }
}
