/**
 * The organisations of an integrated care system: the ICB itself, NHS trusts and foundation trusts, local
 * authorities, providers of primary medical services, primary care networks, the voluntary, community and social
 * enterprise sector, Local Healthwatch, health and wellbeing boards, independent-sector providers, and NHS England
 * with its regions.
 */
@IcsStyle
package io.github.icsmodel.organisation;

import io.github.icsmodel.IcsStyle;
