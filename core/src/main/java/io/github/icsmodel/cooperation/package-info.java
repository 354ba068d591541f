/**
 * Co-operation between the bodies of an integrated care system, and the graph it forms. Section 72 of the NHS Act
 * 2006 makes it "the duty of NHS bodies to co-operate with each other in exercising their functions"; section 82
 * requires NHS bodies and local authorities to "co-operate with one another in order to secure and advance the
 * health and welfare of the people of England and Wales". The arrangements recorded here are the evidence of that
 * co-operation.
 */
@IcsStyle
package io.github.icsmodel.cooperation;

import io.github.icsmodel.IcsStyle;
