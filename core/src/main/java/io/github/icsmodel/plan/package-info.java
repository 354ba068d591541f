/**
 * Plans, strategies and reports that the law requires, held as evidence the configuration asserts: the joint forward
 * plan (NHS Act 2006 s.14Z52), the joint capital resource use plan (s.14Z56), the annual report (s.14Z58), the
 * integrated care strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB), the joint strategic
 * needs assessment (s.116) and the joint local health and wellbeing strategy (s.116A).
 *
 * <p>Each document is a value with the dates and the facts the law asks of it, such as the
 * {@link io.github.icsmodel.plan.JointForwardPlan}'s first {@link io.github.icsmodel.plan.FinancialYear} and the
 * duties it explains. A {@link io.github.icsmodel.plan.FinancialYear} runs from 1 April to 31 March and is written
 * {@code 2026/27}:
 *
 * <pre>{@code
 * FinancialYear year = FinancialYear.of("2026/27"); // 1 April 2026 to 31 March 2027
 * JointForwardPlan plan = JointForwardPlan.builder()
 *     .id(LocalId.of("jfp-2026"))
 *     .firstYear(year)
 *     .yearsCovered(5)
 *     .preparedOn(LocalDate.of(2026, 3, 20))
 *     .publishedOn(LocalDate.of(2026, 3, 31))
 *     .addExplainsDuties(DutyId.of("nhsa2006:14Z35"))
 *     .build();
 * }</pre>
 *
 * <p>The library checks the facts the configuration states about each document; it does not read the documents. A fact
 * left out (whether the plan describes the health services, say) is not recorded, not false. The documents belong to
 * the system ({@link io.github.icsmodel.system.IntegratedCareSystem#jointForwardPlans()} and its neighbours) and name
 * duties by their {@link io.github.icsmodel.duty.DutyId} ({@code io.github.icsmodel.duty}); the rules of
 * {@code io.github.icsmodel.validation} check them as of a date.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.plan;

import io.github.icsmodel.IcsStyle;
