/**
 * References to the law and to NHS England policy: the basis of every duty and every validation rule.
 *
 * <p>A {@link io.github.icsmodel.law.Basis} is either a {@link io.github.icsmodel.law.LegalReference} (a provision of
 * an {@link io.github.icsmodel.law.Act} or statutory instrument: a section, or a paragraph of a schedule, narrowed to
 * a subdivision such as {@code (1)(a)}) or a {@link io.github.icsmodel.law.PolicyReference} (an NHS England or
 * government document, its date and part). The two are different tiers: the validation rules report a breach of the
 * law as an ERROR and a departure from policy as a WARNING, and only policy can be waived locally.
 * {@link io.github.icsmodel.law.Basis#citation() citation()} gives the form every finding, {@code ics explain} and
 * {@code docs/rules.md} print:
 *
 * <pre>{@code
 * LegalReference duty = LegalReference.section(Act.NHS_ACT_2006, "14Z35");
 * LegalReference board = LegalReference.scheduleParagraph(Act.NHS_ACT_2006, "1B", "3").subdivision("(1)(a)");
 * String citation = board.citation(); // "NHS Act 2006 Sch. 1B para 3(1)(a)"
 * boolean law = duty.isStatutory(); // true
 * boolean policy = NhsEnglandPolicy.CONSTITUTION_GUIDANCE.isStatutory(); // false: a policy reference
 * }</pre>
 *
 * <p>{@link io.github.icsmodel.law.NhsEnglandPolicy} holds the policy documents the built-in rules cite, such as the
 * guidance on ICB constitutions and governance. A basis may say from when it applies
 * ({@link io.github.icsmodel.law.StartDate}: the commencement of a provision or the publication of guidance, with
 * where that day comes from), so that a validation as of an earlier date does not apply it.
 * {@link io.github.icsmodel.law.PendingChange} records a change proposed in Parliament but not law (the Health Bill of
 * Session 2026–27): no rule rests on it.
 *
 * <p>The statutory duties that these references point to are catalogued in {@code io.github.icsmodel.duty}; the rules
 * that rest on them are in {@code io.github.icsmodel.validation}.
 *
 * <p>All types here are immutable and thread-safe; no method accepts or returns null, and a provision, subdivision or
 * date in the wrong form is refused with an {@link io.github.icsmodel.InvalidValueException}.
 */
@IcsStyle
package io.github.icsmodel.law;

import io.github.icsmodel.IcsStyle;
