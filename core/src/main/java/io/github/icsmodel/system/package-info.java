/**
 * Integrated care systems and their parts: the integrated care board (NHS Act 2006 s.14Z25), the integrated care
 * partnership (Local Government and Public Involvement in Health Act 2007 s.116ZA), the footprint, place-based
 * partnerships, provider collaboratives, primary care networks and neighbourhoods; and a national configuration of
 * several systems with clusters of ICBs.
 *
 * <p>Start here: an {@link io.github.icsmodel.system.IntegratedCareSystem} is the value a configuration file describes
 * and the validator checks. It has one {@link io.github.icsmodel.system.IntegratedCareBoard} (with its board,
 * committees and registers of interests), at most one {@link io.github.icsmodel.system.IntegratedCarePartnership}, its
 * {@link io.github.icsmodel.system.FootprintArea footprint}, partner organisations,
 * {@link io.github.icsmodel.system.PlaceBasedPartnership places},
 * {@link io.github.icsmodel.system.ProviderCollaborative provider collaboratives}, plans, objectives, inequality
 * indicators and co-operation arrangements. A {@link io.github.icsmodel.system.NationalConfiguration} holds several
 * systems and the {@link io.github.icsmodel.system.IcbCluster clusters} of ICBs that share posts:
 *
 * <pre>{@code
 * IntegratedCareSystem system = IntegratedCareSystem.builder()
 *     .id(LocalId.of("northshire"))
 *     .name("Northshire Integrated Care System")
 *     .icb(IntegratedCareBoard.builder()
 *         .id(LocalId.of("northshire-icb"))
 *         .name("NHS Northshire Integrated Care Board")
 *         .odsCode(OdsCode.of("QZ1"))
 *         .board(Board.empty())
 *         .build())
 *     .build();
 * boolean recorded = system.icp().isPresent(); // false: no partnership recorded (not: none exists)
 * }</pre>
 *
 * <p>The parts come from the other model packages: {@code board}, {@code organisation}, {@code interest},
 * {@code plan}, {@code purpose}, {@code cooperation}, {@code assurance}, {@code inequality} and {@code extension}.
 * Validate a system with {@link io.github.icsmodel.validation.Validator} as of a date; read and write it as JSON with
 * {@code io.github.icsmodel.json.IcsJson} in the {@code ics-serialization} module. A section the configuration says
 * nothing about is not taken to be empty: {@link io.github.icsmodel.system.RecordedSection} marks the sections it
 * states in full.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.system;

import io.github.icsmodel.IcsStyle;
