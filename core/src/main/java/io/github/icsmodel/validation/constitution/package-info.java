/**
 * Rules on the integrated care board's constitution: its publication (s.14Z29 of the NHS Act 2006) and the chair's
 * approval of the members of committees that exercise commissioning functions (Sch. 1B para 11(4)(a)).
 */
package io.github.icsmodel.validation.constitution;
