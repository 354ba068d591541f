/**
 * Rules on the integrated care board's constitution: its publication (s.14Z29 of the NHS Act 2006). The chair's
 * approval of the members of committees that exercise commissioning functions (Sch. 1B para 11(4)(a)) is checked
 * among the board rules, beside the bar on members who undermine the independence of the health service (para
 * 11(4)(b)).
 */
package io.github.icsmodel.validation.constitution;
