package io.github.icsmodel.law;

/**
 * The Acts and statutory instruments that this library cites.
 *
 * <p>Each constant carries its full title and the short form used in citations.
 */
public enum Act {
  /** The National Health Service Act 2006 (c. 41), as amended by the Health and Care Act 2022. */
  NHS_ACT_2006("National Health Service Act 2006", "NHS Act 2006"),
  /** The Local Government and Public Involvement in Health Act 2007 (c. 28). */
  LOCAL_GOVERNMENT_AND_PUBLIC_INVOLVEMENT_IN_HEALTH_ACT_2007(
      "Local Government and Public Involvement in Health Act 2007", "LGPIHA 2007"),
  /** The Health and Social Care Act 2012 (c. 7). */
  HEALTH_AND_SOCIAL_CARE_ACT_2012("Health and Social Care Act 2012", "HSCA 2012"),
  /** The Health and Care Act 2022 (c. 31). */
  HEALTH_AND_CARE_ACT_2022("Health and Care Act 2022", "HCA 2022"),
  /**
   * S.I. 2022/734, the Health and Care Act 2022 (Commencement No. 2 and Transitional and Saving Provision)
   * Regulations 2022.
   */
  SI_2022_734(
      "Health and Care Act 2022 (Commencement No. 2 and Transitional and Saving Provision) Regulations 2022",
      "S.I. 2022/734"),
  /**
   * S.I. 2023/368, the Health Education England (Transfer of Functions, Abolition and Transitional Provisions)
   * Regulations 2023.
   */
  SI_2023_368(
      "Health Education England (Transfer of Functions, Abolition and Transitional Provisions) Regulations 2023",
      "S.I. 2023/368");

  private final String title;
  private final String shortTitle;

  Act(String title, String shortTitle) {
    this.title = title;
    this.shortTitle = shortTitle;
  }

  /**
   * Returns the full title, such as "National Health Service Act 2006".
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the short title used in citations, such as "NHS Act 2006".
   *
   * @return the short title
   */
  public String shortTitle() {
    return shortTitle;
  }

  /**
   * Returns whether this is a statutory instrument rather than an Act of Parliament.
   *
   * @return true for regulations
   */
  public boolean isStatutoryInstrument() {
    return shortTitle.startsWith("S.I.");
  }
}
