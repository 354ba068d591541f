/**
 * The statutory duties of the bodies in an integrated care system: a catalogue of the duties that the National
 * Health Service Act 2006, the Local Government and Public Involvement in Health Act 2007 and the Health and
 * Social Care Act 2012 impose on integrated care boards, their partner trusts, integrated care partnerships, NHS
 * bodies and local authorities.
 *
 * <p>Each {@link io.github.icsmodel.duty.StatutoryDuty} cites the provision that imposes it, says who owes it
 * ({@link io.github.icsmodel.duty.DutyHolder}) and in what form of words
 * ({@link io.github.icsmodel.duty.DutyStrength}), and gives the statutory text verbatim where it is held. The
 * built-in catalogue is {@link io.github.icsmodel.duty.DutyCatalogue#builtIn()}. Each duty is named by a
 * {@link io.github.icsmodel.duty.DutyId} such as {@code nhsa2006:14Z35}.
 *
 * <p>The catalogue records what the law says; it does not decide whether a body has complied. Points that could
 * not be confirmed (a commencement date, a section heading, a later amendment) are left empty or stated in a
 * duty's {@link io.github.icsmodel.duty.StatutoryDuty#notes() notes}, never filled in.
 */
@IcsStyle
package io.github.icsmodel.duty;

import io.github.icsmodel.IcsStyle;
