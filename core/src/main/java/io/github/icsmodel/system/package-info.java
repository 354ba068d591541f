/**
 * Integrated care systems and their parts: the integrated care board (NHS Act 2006 s.14Z25), the integrated care
 * partnership (Local Government and Public Involvement in Health Act 2007 s.116ZA), the footprint, place-based
 * partnerships, provider collaboratives, primary care networks and neighbourhoods; and a national configuration of
 * several systems with clusters of ICBs.
 */
@IcsStyle
package io.github.icsmodel.system;

import io.github.icsmodel.IcsStyle;
