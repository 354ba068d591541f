/** Rules on the integrated care board's constitution: its publication under s.14Z29 of the NHS Act 2006. */
package io.github.icsmodel.validation.constitution;
