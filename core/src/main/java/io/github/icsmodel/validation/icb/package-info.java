/**
 * The rules on the integrated care board in time: a configuration validated as of a date before its ICB was
 * established, or after it was dissolved, gets one finding that says so, and no other rule about an ICB.
 */
package io.github.icsmodel.validation.icb;
