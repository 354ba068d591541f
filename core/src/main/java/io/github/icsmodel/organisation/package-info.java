/**
 * The organisations of an integrated care system: the ICB itself, NHS trusts and foundation trusts, local authorities,
 * providers of primary medical services, primary care networks, the voluntary, community and social enterprise sector,
 * Local Healthwatch, health and wellbeing boards, independent-sector providers, and NHS England with its regions.
 *
 * <p>An {@link io.github.icsmodel.organisation.Organisation} is one of these, told apart by its
 * {@link io.github.icsmodel.organisation.OrganisationKind}, with its codes where known, the
 * {@link io.github.icsmodel.organisation.LocalAuthorityType} of a local authority, the
 * {@link io.github.icsmodel.organisation.ProviderService services} a provider gives and the areas it serves:
 *
 * <pre>{@code
 * Organisation trust = Organisation.builder()
 *     .id(LocalId.of("northshire-hospitals"))
 *     .name("Northshire Hospitals NHS Foundation Trust")
 *     .kind(OrganisationKind.NHS_FOUNDATION_TRUST)
 *     .odsCode(OdsCode.of("RZ1"))
 *     .build();
 * Organisation council = Organisation.builder()
 *     .id(LocalId.of("northshire-council"))
 *     .name("Northshire Council")
 *     .kind(OrganisationKind.LOCAL_AUTHORITY)
 *     .localAuthorityType(LocalAuthorityType.UNITARY_AUTHORITY)
 *     .build();
 * }</pre>
 *
 * <p>A system lists its partner organisations
 * ({@link io.github.icsmodel.system.IntegratedCareSystem#organisations()}); board members, co-operation arrangements
 * ({@code io.github.icsmodel.cooperation}) and ICP members point at them by their
 * {@link io.github.icsmodel.identifier.LocalId}. Which kinds of organisation owe which statutory duties is in
 * {@code io.github.icsmodel.duty} ({@link io.github.icsmodel.duty.DutyCatalogue#owedBy(OrganisationKind)}).
 *
 * <p>Every value here is immutable and thread-safe. Build one with its {@code builder()} and change a copy with its
 * {@code with...} methods; lists and sets are Guava immutable collections. A builder refuses what the model cannot
 * hold, and a missing required attribute, with an {@link io.github.icsmodel.InvalidValueException} that says which; a
 * null argument throws {@link java.lang.NullPointerException} naming it. A fact the configuration may leave out is an
 * {@link java.util.Optional}, empty when it is not recorded: not recorded is not false, and no rule reads it as false.
 */
@IcsStyle
package io.github.icsmodel.organisation;

import io.github.icsmodel.IcsStyle;
