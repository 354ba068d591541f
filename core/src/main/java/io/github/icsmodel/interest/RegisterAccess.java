package io.github.icsmodel.interest;

/**
 * How the public can see a register: s.14Z30(2) requires the ICB to "publish the registers ... or make
 * arrangements to ensure that members of the public have access to the registers on request".
 */
public enum RegisterAccess {
  /** The register is published. */
  PUBLISHED,
  /** Members of the public have access to the register on request. */
  ON_REQUEST,
  /** Neither: the register is not open to the public. */
  NOT_ACCESSIBLE
}
