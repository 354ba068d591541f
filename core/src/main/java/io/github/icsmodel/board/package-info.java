/**
 * The board of an integrated care board and its committees, as Schedule 1B to the NHS Act 2006 and NHS England
 * policy shape them: the chair, the chief executive, the ordinary members (partner members nominated by trusts,
 * by primary medical services providers and by local authorities; non-executive members; executive members), the
 * non-voting participants, and the facts about each that the law turns on.
 */
@IcsStyle
package io.github.icsmodel.board;

import io.github.icsmodel.IcsStyle;
