package io.github.icsmodel.organisation;

/**
 * What kind of body an organisation is. The kind decides which duties the body owes and which rules apply to it.
 */
public enum OrganisationKind {
  /** An integrated care board, a statutory NHS body (NHS Act 2006 s.14Z25). */
  INTEGRATED_CARE_BOARD,
  /** An NHS trust established under section 25 of the NHS Act 2006. */
  NHS_TRUST,
  /** An NHS foundation trust. */
  NHS_FOUNDATION_TRUST,
  /** A local authority: a county, district, unitary or metropolitan council, a London borough and the like. */
  LOCAL_AUTHORITY,
  /** A provider of primary medical services, such as a GP practice. */
  PRIMARY_MEDICAL_SERVICES_PROVIDER,
  /** A primary care network: a group of GP practices covering some 30,000 to 50,000 people. */
  PRIMARY_CARE_NETWORK,
  /** A voluntary, community and social enterprise (VCSE) organisation. */
  VCSE_ORGANISATION,
  /** A Local Healthwatch organisation. */
  LOCAL_HEALTHWATCH,
  /** A health and wellbeing board, a committee of its local authority (HSCA 2012 s.194). */
  HEALTH_AND_WELLBEING_BOARD,
  /** An independent-sector provider of NHS services. */
  INDEPENDENT_SECTOR_PROVIDER,
  /** NHS England. */
  NHS_ENGLAND,
  /** One of NHS England's seven regions; part of NHS England, not a body of its own. */
  NHS_ENGLAND_REGION;

  /**
   * Returns whether a body of this kind is an "NHS body" within section 275(1) of the NHS Act 2006 as this
   * library models it: NHS England, an integrated care board, an NHS trust or an NHS foundation trust. (The Act
   * also names Special Health Authorities and Local Health Boards, which this library does not model.) NHS
   * England's regions are part of NHS England and so are not NHS bodies of their own.
   *
   * @return true for the NHS bodies that owe the duty to co-operate in s.72
   */
  public boolean isNhsBody() {
    switch (this) {
      case NHS_ENGLAND:
      case INTEGRATED_CARE_BOARD:
      case NHS_TRUST:
      case NHS_FOUNDATION_TRUST:
        return true;
      default:
        return false;
    }
  }

  /**
   * Returns whether a body of this kind is an NHS trust or an NHS foundation trust.
   *
   * @return true for trusts
   */
  public boolean isTrust() {
    return this == NHS_TRUST || this == NHS_FOUNDATION_TRUST;
  }

  /**
   * Returns whether a body of this kind provides services and so may record the services it provides.
   *
   * @return true for trusts, primary medical services providers, VCSE organisations and independent providers
   */
  public boolean isProvider() {
    switch (this) {
      case NHS_TRUST:
      case NHS_FOUNDATION_TRUST:
      case PRIMARY_MEDICAL_SERVICES_PROVIDER:
      case VCSE_ORGANISATION:
      case INDEPENDENT_SECTOR_PROVIDER:
        return true;
      default:
        return false;
    }
  }
}
