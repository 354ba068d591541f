/**
 * The board's report: {@link io.github.icsmodel.report.html.HtmlReport} writes one self-contained HTML page on a
 * validation report, the board, the integrated care partnership and the inequality indicators of a system or a
 * national configuration.
 */
package io.github.icsmodel.report.html;
