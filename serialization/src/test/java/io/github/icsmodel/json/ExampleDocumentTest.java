package io.github.icsmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.icsmodel.board.Designation;
import io.github.icsmodel.board.ExecutivePortfolio;
import io.github.icsmodel.board.MemberRole;
import io.github.icsmodel.board.OrdinaryMemberKind;
import io.github.icsmodel.duty.DutyId;
import io.github.icsmodel.purpose.CorePurpose;
import io.github.icsmodel.system.IntegratedCareSystem;
import io.github.icsmodel.validation.JsonPointer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example configuration {@code examples/data/northshire.json} reads, is complete in the ways the model lets a
 * file be complete, and is kept in the writer's canonical form, so that reading and writing it changes nothing.
 *
 * <p>Run with {@code -Dicsmodel.examples.update=true} to rewrite the example in canonical form after editing it.
 */
class ExampleDocumentTest {

  @Test
  void isInCanonicalFormSoThatWritingWhatWasReadGivesTheSameBytes() throws IOException {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);
    String written = IcsJson.toJson(system);
    if (Boolean.getBoolean("icsmodel.examples.update")) {
      Files.writeString(Examples.NORTHSHIRE, written);
    }

    assertThat(written).isEqualTo(Examples.text(Examples.NORTHSHIRE));
  }

  @Test
  void hasAFullBoard() {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);
    var board = system.icb().board();

    assertThat(board.votingMembers(MemberRole.CHAIR)).hasSize(1);
    assertThat(board.votingMembers(MemberRole.CHIEF_EXECUTIVE)).hasSize(1);
    assertThat(board.members())
        .flatExtracting(m -> m.portfolios())
        .contains(ExecutivePortfolio.FINANCE, ExecutivePortfolio.MEDICAL, ExecutivePortfolio.NURSING);
    assertThat(board.members().stream().filter(m -> m.isVotingOrdinaryMember(OrdinaryMemberKind.NON_EXECUTIVE_MEMBER)))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(board.members()).flatExtracting(m -> m.designations())
        .contains(Designation.DEPUTY_CHAIR, Designation.SENIOR_NON_EXECUTIVE_MEMBER);
    for (OrdinaryMemberKind partner : new OrdinaryMemberKind[] {
        OrdinaryMemberKind.PARTNER_MEMBER_TRUSTS,
        OrdinaryMemberKind.PARTNER_MEMBER_PRIMARY_MEDICAL_SERVICES,
        OrdinaryMemberKind.PARTNER_MEMBER_LOCAL_AUTHORITIES}) {
      assertThat(board.members().stream().filter(m -> m.isVotingOrdinaryMember(partner))).hasSize(1);
    }
  }

  @Test
  void hasObjectivesForAllFourCorePurposes() {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);

    assertThat(system.objectives().stream().flatMap(o -> o.purposes().stream()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(CorePurpose.values());
  }

  @Test
  void assuresEveryGeneralDutyAndBothLimbsOfTheInequalitiesDuty() {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);

    assertThat(system.dutyAssurances()).extracting(a -> a.duty().toString())
        .containsExactly("nhsa2006:14Z34", "nhsa2006:14Z35", "nhsa2006:14Z36", "nhsa2006:14Z37", "nhsa2006:14Z38",
            "nhsa2006:14Z39", "nhsa2006:14Z40", "nhsa2006:14Z41", "nhsa2006:14Z42", "nhsa2006:14Z43",
            "nhsa2006:14Z44", "nhsa2006:14Z45");
    assertThat(system.dutyAssurances().get(1).evidence()).flatExtracting(e -> e.limbs())
        .contains(DutyId.of("nhsa2006:14Z35(a)"), DutyId.of("nhsa2006:14Z35(b)"));
  }

  @Test
  void linksEveryNhsBodyToEveryLocalAuthority() {
    IntegratedCareSystem system = IcsJson.readSystem(Examples.NORTHSHIRE);
    var graph = system.cooperationGraph();

    system.allOrganisations().stream().filter(o -> o.isNhsBody()).forEach(nhs ->
        system.allOrganisations().stream().filter(o -> o.isLocalAuthority()).forEach(la ->
            assertThat(system.allArrangements())
                .as("%s and %s", nhs.id(), la.id())
                .anyMatch(a -> a.parties().contains(nhs.id()) && a.parties().contains(la.id()))));
    assertThat(graph).isNotNull();
  }

  @Test
  void theLocationOfEachElementIsKnown() {
    ReadResult<IntegratedCareSystem> result = IcsJson.reader().readSystem(Examples.NORTHSHIRE);
    String text = Examples.text(Examples.NORTHSHIRE);

    SourceLocation role = result.locations().find(JsonPointer.of("/icb/board/members/3/role")).orElseThrow();

    String line = text.lines().skip(role.line() - 1).findFirst().orElseThrow();
    assertThat(line.substring(role.column() - 1)).startsWith("\"role\": \"ordinary-member\"");
    assertThat(role.source()).contains(Examples.NORTHSHIRE.toString());
    assertThat(result.locations().nearest(JsonPointer.of("/icb/board/members/3/nothing"))).isEqualTo(
        result.locations().find(JsonPointer.of("/icb/board/members/3")).orElseThrow());
    assertThat(result.locations().nearest(JsonPointer.of("/icb/board/members/3/nothing")).line()).isLessThan(role.line());
  }
}
