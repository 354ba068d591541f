/**
 * Duty assurance: for each statutory duty, the board member accountable for it and the evidence that it is being
 * discharged.
 *
 * <p>A {@link io.github.icsmodel.assurance.DutyAssurance} names a duty of the catalogue by its
 * {@link io.github.icsmodel.duty.DutyId} ({@code io.github.icsmodel.duty}), the accountable lead by the
 * {@link io.github.icsmodel.identifier.LocalId} of a board member ({@code io.github.icsmodel.board}), and lists the
 * {@link io.github.icsmodel.assurance.Evidence}: a document, its section and date, and the limbs of the duty it
 * covers:
 *
 * <pre>{@code
 * DutyAssurance assurance = DutyAssurance.builder()
 *     .duty(DutyId.of("nhsa2006:14Z35"))
 *     .accountableLead(LocalId.of("ceo"))
 *     .addEvidence(Evidence.builder()
 *         .document("Annual report 2025/26")
 *         .section("Reducing inequalities")
 *         .date(LocalDate.of(2026, 6, 30))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Assurances belong to the system ({@link io.github.icsmodel.system.IntegratedCareSystem#dutyAssurances()}). They
 * record what the configuration asserts; the library does not read the evidence, and an assurance is not a finding
 * that the duty was discharged. The validation rules check what an assurance names and how current its evidence is, as
 * of the date of validation.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.assurance;

import io.github.icsmodel.IcsStyle;
