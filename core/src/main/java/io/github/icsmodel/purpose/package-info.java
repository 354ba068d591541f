/**
 * The four core purposes of an integrated care system, as NHS England words them, and the system's objectives, each
 * serving one or more purposes.
 *
 * <p>{@link io.github.icsmodel.purpose.CorePurpose} names the four purposes in NHS England's order;
 * {@link io.github.icsmodel.purpose.CorePurpose#wording(PurposeWordingSource)} gives each one's words as a given
 * publication ({@link io.github.icsmodel.purpose.PurposeWordingSource}) has them. An
 * {@link io.github.icsmodel.purpose.Objective} of the system serves one or more purposes and may carry
 * {@link io.github.icsmodel.purpose.Measure measures} (an indicator with its baseline, target and
 * {@link io.github.icsmodel.purpose.MeasuredValue measured values}):
 *
 * <pre>{@code
 * CorePurpose inequalities = CorePurpose.TACKLE_INEQUALITIES_OUTCOMES_EXPERIENCE_ACCESS;
 * String wording = inequalities.wording(); // NHS England's words for the second core purpose
 * Objective objective = Objective.builder()
 *     .id(LocalId.of("narrow-the-gap"))
 *     .title("Narrow the gap in healthy life expectancy")
 *     .addPurposes(inequalities)
 *     .build();
 * }</pre>
 *
 * <p>Objectives belong to the system ({@link io.github.icsmodel.system.IntegratedCareSystem#objectives()}); the
 * statutory duties that serve each purpose are in {@code io.github.icsmodel.duty}
 * ({@link io.github.icsmodel.duty.DutyCatalogue#serving(CorePurpose)}), and the indicators a measure names are in
 * {@code io.github.icsmodel.inequality}. The purposes are policy, not law: the rules that use them give INFORMATION,
 * advice and never a breach.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.purpose;

import io.github.icsmodel.IcsStyle;
