/**
 * The statutory duties of the bodies in an integrated care system: a catalogue of the duties that the National Health
 * Service Act 2006, the Local Government and Public Involvement in Health Act 2007 and the Health and Social Care Act
 * 2012 impose on integrated care boards, their partner trusts, integrated care partnerships, NHS bodies and local
 * authorities.
 *
 * <p>Each {@link io.github.icsmodel.duty.StatutoryDuty} cites the provision that imposes it, says who owes it
 * ({@link io.github.icsmodel.duty.DutyHolder}) and in what form of words
 * ({@link io.github.icsmodel.duty.DutyStrength}), and gives the statutory text verbatim where it is held, with the
 * version of the text ({@link io.github.icsmodel.duty.TextVersion}); a duty of several limbs lists its
 * {@link io.github.icsmodel.duty.DutyLimb limbs}. The built-in catalogue is
 * {@link io.github.icsmodel.duty.DutyCatalogue#builtIn()}. Each duty is named by a
 * {@link io.github.icsmodel.duty.DutyId} such as {@code nhsa2006:14Z35}, section 14Z35 (reducing inequalities):
 *
 * <pre>{@code
 * DutyCatalogue catalogue = DutyCatalogue.builtIn();
 * StatutoryDuty inequalities = catalogue.get(DutyId.of("nhsa2006:14Z35"));
 * String provision = inequalities.provision().citation(); // "NHS Act 2006 s.14Z35"
 * DutyHolder holder = inequalities.owedBy(); // DutyHolder.ICB
 * List<StatutoryDuty> owedByIcbs = catalogue.owedBy(OrganisationKind.INTEGRATED_CARE_BOARD);
 * }</pre>
 *
 * <p>The catalogue records what the law says; it does not decide whether a body has complied. Points that could not be
 * confirmed (a commencement date, a section heading, a later amendment) are left empty or stated in a duty's
 * {@link io.github.icsmodel.duty.StatutoryDuty#notes() notes}, never filled in.
 *
 * <p>The provisions are {@link io.github.icsmodel.law.LegalReference}s ({@code io.github.icsmodel.law}); plans and
 * duty assurances ({@code io.github.icsmodel.plan}, {@code io.github.icsmodel.assurance}) name duties by their ids;
 * the validation rules quote the catalogue's text, and {@code ics duties} prints it.
 *
 * <p>The catalogue and its duties are immutable and thread-safe; no method accepts or returns null, and
 * {@link io.github.icsmodel.duty.DutyCatalogue#get(DutyId)} refuses an id the catalogue does not hold where
 * {@link io.github.icsmodel.duty.DutyCatalogue#find(DutyId)} returns an empty {@link java.util.Optional}.
 */
@IcsStyle
package io.github.icsmodel.duty;

import io.github.icsmodel.IcsStyle;
