/**
 * Rules on the integrated care partnership and its integrated care strategy: ss.116ZA and 116ZB of the Local
 * Government and Public Involvement in Health Act 2007, inserted by s.26 of the Health and Care Act 2022 and in
 * force from 1 July 2022. Not exported: the rules are reached through {@link
 * io.github.icsmodel.validation.icp.IcpRules#rules()}.
 */
@IcsStyle
package io.github.icsmodel.validation.icp;

import io.github.icsmodel.IcsStyle;
