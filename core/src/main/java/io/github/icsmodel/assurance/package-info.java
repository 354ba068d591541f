/**
 * Duty assurance: for each statutory duty, the board member accountable for it and the evidence that it is being
 * discharged.
 */
@IcsStyle
package io.github.icsmodel.assurance;

import io.github.icsmodel.IcsStyle;
