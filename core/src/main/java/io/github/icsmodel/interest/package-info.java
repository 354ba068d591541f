/**
 * Conflicts of interest under section 14Z30 of the NHS Act 2006: the registers of interests an integrated care board
 * must keep, publish or open to the public, and the declarations in them, each to be made within 28 days of the person
 * becoming aware of the conflict.
 *
 * <p>A {@link io.github.icsmodel.interest.RegisterOfInterests} says whom it covers
 * ({@link io.github.icsmodel.interest.RegisterScope}), how the public reaches it
 * ({@link io.github.icsmodel.interest.RegisterAccess}) and holds {@link io.github.icsmodel.interest.Declaration
 * declarations}, each of an {@link io.github.icsmodel.interest.InterestKind} with the day the person became aware and
 * the day they declared:
 *
 * <pre>{@code
 * Declaration declaration = Declaration.builder()
 *     .id(LocalId.of("d-1"))
 *     .person(LocalId.of("ned-1"))
 *     .interest("Director of a company that supplies the ICB")
 *     .kind(InterestKind.FINANCIAL)
 *     .becameAwareOn(LocalDate.of(2026, 5, 1))
 *     .declaredOn(LocalDate.of(2026, 6, 15))
 *     .build();
 * long days = declaration.daysToDeclare(); // 45: more than the 28 days s.14Z30(3)(b) allows
 * RegisterOfInterests register = RegisterOfInterests.builder()
 *     .id(LocalId.of("register"))
 *     .addCovers(RegisterScope.BOARD_MEMBERS)
 *     .access(RegisterAccess.PUBLISHED)
 *     .addDeclarations(declaration)
 *     .build();
 * }</pre>
 *
 * <p>The registers belong to the ICB ({@link io.github.icsmodel.system.IntegratedCareBoard#registersOfInterests()})
 * and name people by the {@link io.github.icsmodel.identifier.LocalId} of a board or committee member
 * ({@code io.github.icsmodel.board}). The model records what was declared and when; whether the 28 days of
 * s.14Z30(3)(b) were kept is for the validation rules ({@code io.github.icsmodel.validation}) to report.
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.interest;

import io.github.icsmodel.IcsStyle;
