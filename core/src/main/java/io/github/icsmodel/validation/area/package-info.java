/**
 * The local authorities of an integrated care board's area, as the statutory rules need them: the authorities in
 * the footprint, the responsible local authorities whose areas coincide with or fall wholly or partly within the
 * board's area (Local Government and Public Involvement in Health Act 2007 s.116ZA(1)), and the relevant health
 * and wellbeing boards (NHS Act 2006 s.14Z52(7)). Not exported: rule families share it inside the module.
 */
@IcsStyle
package io.github.icsmodel.validation.area;

import io.github.icsmodel.IcsStyle;
