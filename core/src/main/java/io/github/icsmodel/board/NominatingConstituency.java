package io.github.icsmodel.board;

/**
 * A nominating constituency of Schedule 1B para 8(2) to the NHS Act 2006, stated as a whole rather than body by
 * body: for example "the GP practices of the area" without listing every practice.
 *
 * <p>Stating a constituency records that the nomination was made by that constituency jointly. Who exactly belongs
 * to the constituencies of para 8(2)(a) and (b) depends on regulations prescribing a "description" of trusts and of
 * providers of primary medical services; the library's legal sources do not contain those regulations (they are
 * marked UNCONFIRMED), so the library takes the stated constituency as given.
 */
public enum NominatingConstituency {
  /**
   * The NHS trusts and NHS foundation trusts that provide services for the purposes of the health service within
   * the ICB's area and are of a prescribed description (Sch. 1B para 8(2)(a)).
   */
  TRUSTS_OF_THE_AREA,
  /**
   * The persons who provide primary medical services for the purposes of the health service within the ICB's area
   * and are of a prescribed description (Sch. 1B para 8(2)(b)).
   */
  PRIMARY_MEDICAL_SERVICES_PROVIDERS_OF_THE_AREA,
  /**
   * The local authorities whose areas coincide with, or include the whole or any part of, the ICB's area (Sch. 1B
   * para 8(2)(c)).
   */
  LOCAL_AUTHORITIES_OF_THE_AREA
}
