/**
 * Conflicts of interest under section 14Z30 of the NHS Act 2006: the registers of interests an integrated care
 * board must keep, publish or open to the public, and the declarations in them, each to be made within 28 days of
 * the person becoming aware of the conflict.
 */
@IcsStyle
package io.github.icsmodel.interest;

import io.github.icsmodel.IcsStyle;
