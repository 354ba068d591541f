/** Helpers shared by this library's modules; not API (exported only to the serialization module). */
package io.github.icsmodel.internal;
