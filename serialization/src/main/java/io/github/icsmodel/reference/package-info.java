/**
 * England reference data in time: the integrated care boards (ICBs) established under section 14Z25 of the National
 * Health Service Act 2006 with their dates (the 42 of 1 July 2022 to 31 March 2026, the 36 from 1 April 2026), the
 * successions between them, the 7 NHS England regions, the 106 sub-ICB locations, and each ICB's area described by the
 * local authority districts and upper-tier authorities it covers.
 *
 * <p>Start at {@link io.github.icsmodel.reference.EnglandReference#load()}: it answers as of a date
 * ({@link io.github.icsmodel.reference.EnglandReference#icbs(java.time.LocalDate)}) or for an edition of the
 * geography, finds an ICB ({@link io.github.icsmodel.reference.ReferenceIcb}) by its ODS or ONS code or its name, and
 * gives its region ({@link io.github.icsmodel.reference.NhsRegion}), sub-ICB locations
 * ({@link io.github.icsmodel.reference.SubIcbLocation}), footprint ({@link io.github.icsmodel.reference.IcbFootprint})
 * and {@link io.github.icsmodel.reference.Succession successions}.
 * {@link io.github.icsmodel.reference.EnglandReferenceRules#ruleSet(java.time.LocalDate)} gives all the rules England
 * has on a date: the built-in rules of {@code io.github.icsmodel.validation} and those that check a configuration
 * against these data (the ICB's identity and footprint). Validate with the rules of the date you validate as of:
 *
 * <pre>{@code
 * EnglandReference england = EnglandReference.load();
 * List<ReferenceIcb> before = england.icbs(LocalDate.of(2026, 3, 31)); // the 42 ICBs
 * List<ReferenceIcb> after = england.icbs(LocalDate.of(2026, 4, 1)); // the 36 ICBs
 * ReferenceIcb icb = england.getIcb(OdsCode.of("QYG")); // NHS Cheshire and Merseyside Integrated Care Board
 * LocalDate asOf = LocalDate.of(2026, 12, 7);
 * ValidationReport report = Validator.of(EnglandReferenceRules.ruleSet(asOf)).validate(system, asOf);
 * }</pre>
 *
 * <p>The data are derived from Office for National Statistics (ONS) Open Geography Portal products and are licensed
 * under the Open Government Licence v3.0; the CSV files and their {@code SOURCES.md} (provenance and caveats) are
 * shipped as resources of this package.
 *
 * <p>ONS publishes its geography in dated editions; this library ships three, named by
 * {@link io.github.icsmodel.reference.Geography}: {@code JULY_2022} (1 July 2022 to 31 March 2023), {@code APRIL_2024}
 * (1 April 2023 to 31 March 2026) and {@code APRIL_2026} (from 1 April 2026, with district footprints derived from the
 * successions; see {@link io.github.icsmodel.reference.Succession}). Every record says the dates for which it
 * describes England (see {@link io.github.icsmodel.reference.Dated}). Changes announced for 1 April 2027 are not
 * confirmed and are <em>not</em> in these data: a configuration for an ICB formed later supplies its own details.
 *
 * <p>All types here are immutable and thread-safe; no method accepts or returns null. The {@code find...} methods
 * return an empty {@link java.util.Optional} for a code the data do not hold, where the {@code get...} methods refuse
 * it.
 */
@IcsStyle
package io.github.icsmodel.reference;

import io.github.icsmodel.IcsStyle;
