/**
 * Co-operation between the bodies of an integrated care system, and the graph it forms. Section 72 of the NHS Act 2006
 * makes it "the duty of NHS bodies to co-operate with each other in exercising their functions"; section 82 requires
 * NHS bodies and local authorities to "co-operate with one another in order to secure and advance the health and
 * welfare of the people of England and Wales". The arrangements recorded here are the evidence of that co-operation.
 *
 * <p>A {@link io.github.icsmodel.cooperation.CooperationArrangement} of an
 * {@link io.github.icsmodel.cooperation.ArrangementKind} (a section 75 agreement, a joint committee, a place-based
 * partnership agreement and so on) names its parties by their {@link io.github.icsmodel.identifier.LocalId}. A
 * {@link io.github.icsmodel.cooperation.CooperationGraph} joins organisations and arrangements, and answers the two
 * questions the duties raise: which pairs of an NHS body and a local authority no recorded arrangement links (s.82),
 * and whether the NHS bodies form one connected group (s.72):
 *
 * <pre>{@code
 * Organisation trust = Organisation.builder().id(LocalId.of("trust")).name("Northshire Hospitals")
 *     .kind(OrganisationKind.NHS_TRUST).build();
 * Organisation council = Organisation.builder().id(LocalId.of("council")).name("Northshire Council")
 *     .kind(OrganisationKind.LOCAL_AUTHORITY).localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY).build();
 * CooperationGraph unlinked = CooperationGraph.of(List.of(trust, council), List.of());
 * CooperationGraph linked = CooperationGraph.of(List.of(trust, council), List.of(
 *     CooperationArrangement.builder().id(LocalId.of("s75")).kind(ArrangementKind.SECTION_75_AGREEMENT)
 *         .addParties(LocalId.of("trust"), LocalId.of("council")).build()));
 * // unlinked.unlinkedNhsBodyLocalAuthorityPairs() is [trust and council]; linked's is empty
 * }</pre>
 *
 * <p>A system gives its graph through {@link io.github.icsmodel.system.IntegratedCareSystem#cooperationGraph()}, with
 * the arrangements implied by the ICP, places and provider collaboratives. An unlinked pair means only that the
 * configuration records no arrangement between the two, not that they do not co-operate (not recorded is not false);
 * {@code ics diagram} draws it dashed.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 * A graph is immutable and thread-safe, and ignores a party that names no organisation of the graph (validation
 * reports it).
 */
@IcsStyle
package io.github.icsmodel.cooperation;

import io.github.icsmodel.IcsStyle;
