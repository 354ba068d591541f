package io.github.icsmodel.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.icsmodel.InvalidValueException;
import io.github.icsmodel.identifier.LocalId;
import io.github.icsmodel.organisation.LocalAuthorityType;
import io.github.icsmodel.organisation.Organisation;
import io.github.icsmodel.organisation.OrganisationKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CooperationGraphTest {

  static Organisation nhs(String id) {
    return Organisation.builder().id(LocalId.of(id)).name(id).kind(OrganisationKind.NHS_TRUST).build();
  }

  static Organisation la(String id) {
    return Organisation.builder().id(LocalId.of(id)).name(id).kind(OrganisationKind.LOCAL_AUTHORITY)
        .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).build();
  }

  static CooperationArrangement arrangement(String id, String... parties) {
    var builder = CooperationArrangement.builder().id(LocalId.of(id)).kind(ArrangementKind.SECTION_75_AGREEMENT);
    for (String party : parties) {
      builder.addParties(LocalId.of(party));
    }
    return builder.build();
  }

  @Test
  void names_the_unlinked_nhs_body_and_local_authority_pairs() {
    CooperationGraph graph = CooperationGraph.of(
        List.of(nhs("t1"), nhs("t2"), la("la1"), la("la2")),
        List.of(arrangement("a", "t1", "la1", "la2"), arrangement("b", "t2", "la1", "ghost")));
    assertThat(graph.unlinkedNhsBodyLocalAuthorityPairs())
        .containsExactly(new CooperationGraph.Pair(LocalId.of("t2"), LocalId.of("la2")));
    assertThat(graph.arrangementsOf(LocalId.of("la1"))).hasSize(2);
    assertThat(graph.arrangementsOf(LocalId.of("ghost"))).isEmpty();
  }

  @Test
  void groups_nhs_bodies_joined_through_other_nhs_bodies() {
    CooperationGraph graph = CooperationGraph.of(
        List.of(nhs("t1"), nhs("t2"), nhs("t3"), nhs("t4"), la("la1")),
        List.of(arrangement("a", "t1", "t2"), arrangement("b", "t2", "t3"), arrangement("c", "t4", "la1")));
    assertThat(graph.nhsBodyGroups())
        .containsExactly(
            com.google.common.collect.ImmutableSet.of(LocalId.of("t1"), LocalId.of("t2"), LocalId.of("t3")),
            com.google.common.collect.ImmutableSet.of(LocalId.of("t4")));
  }

  @Test
  void a_local_authority_does_not_join_nhs_bodies_into_one_group() {
    CooperationGraph graph = CooperationGraph.of(
        List.of(nhs("t1"), nhs("t2"), la("la1")),
        List.of(arrangement("a", "t1", "la1"), arrangement("b", "t2", "la1")));
    assertThat(graph.nhsBodyGroups()).hasSize(2);
    assertThat(graph.areLinked(LocalId.of("t1"), LocalId.of("la1"))).isTrue();
    assertThat(graph.areLinked(LocalId.of("t1"), LocalId.of("t2"))).isFalse();
  }

  @Test
  void exposes_a_guava_graph() {
    CooperationGraph graph = CooperationGraph.of(
        List.of(nhs("t1"), nhs("t2"), la("la1")), List.of(arrangement("a", "t1", "t2", "la1")));
    assertThat(graph.asGraph().edges()).hasSize(3);
    assertThat(graph.asGraph().nodes()).hasSize(3);
  }

  @Test
  void refuses_repeated_organisations_and_one_party_arrangements() {
    assertThatThrownBy(() -> CooperationGraph.of(List.of(nhs("t1"), nhs("t1")), List.of()))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> arrangement("a", "t1")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void arrangements_know_when_they_are_in_effect() {
    CooperationArrangement a = CooperationArrangement.builder().from(arrangement("a", "t1", "t2"))
        .effectiveFrom(LocalDate.of(2023, 4, 1)).effectiveTo(LocalDate.of(2024, 3, 31)).build();
    assertThat(a.isEffectiveOn(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(a.isEffectiveOn(LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(a.isEffectiveOn(LocalDate.of(2024, 4, 1))).isFalse();
    assertThatThrownBy(() -> CooperationArrangement.builder().from(a).effectiveTo(LocalDate.of(2020, 1, 1)).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
