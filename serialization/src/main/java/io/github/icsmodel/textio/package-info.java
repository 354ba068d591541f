/** Checks of text as it is read and written; not API (the package is not exported). */
package io.github.icsmodel.textio;
