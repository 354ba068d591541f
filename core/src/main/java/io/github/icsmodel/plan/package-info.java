/**
 * Plans, strategies and reports that the law requires, held as evidence the configuration asserts: the joint
 * forward plan (NHS Act 2006 s.14Z52), the joint capital resource use plan (s.14Z56), the annual report
 * (s.14Z58), the integrated care strategy (Local Government and Public Involvement in Health Act 2007 s.116ZB),
 * the joint strategic needs assessment (s.116) and the joint local health and wellbeing strategy (s.116A).
 *
 * <p>The library checks the facts the configuration states about each document; it does not read the documents.
 */
@IcsStyle
package io.github.icsmodel.plan;

import io.github.icsmodel.IcsStyle;
