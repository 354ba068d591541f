/**
 * England reference data: the 42 integrated care boards (ICBs) established on 1 July 2022 under section 14Z25
 * of the National Health Service Act 2006, the 7 NHS England regions, the 106 sub-ICB locations, and each ICB's
 * area described by the local authority districts and upper-tier authorities it covers.
 *
 * <p>The data are derived from Office for National Statistics (ONS) Open Geography Portal products and are
 * licensed under the Open Government Licence v3.0; the CSV files and their {@code SOURCES.md} (provenance and
 * caveats) are shipped as resources of this package. Start at {@link io.github.icsmodel.reference.EnglandReference#load()}.
 *
 * <p>ONS publishes its geography in dated editions; this library ships two, named by
 * {@link io.github.icsmodel.reference.Geography}: {@code JULY_2022}, valid from 1 July 2022 to 31 March 2023, and
 * {@code APRIL_2024}, valid from 1 April 2023. Every record says the dates for which it describes England (see
 * {@link io.github.icsmodel.reference.Dated}). The ICB mergers and boundary changes that take effect from
 * 1 April 2026 are <em>not</em> in these data: a configuration for a successor ICB supplies its own details.
 *
 * <p>All types here are immutable and thread-safe; no method accepts or returns null.
 */
@IcsStyle
package io.github.icsmodel.reference;

import io.github.icsmodel.IcsStyle;
