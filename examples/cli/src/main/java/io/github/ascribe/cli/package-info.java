/**
 * The {@code ascribe} command line ({@link io.github.ascribe.cli.Main}) and the report writers it
 * uses, which programs and notebooks can use too: {@link io.github.ascribe.cli.ReportFormat} renders an
 * analysed article as text, JSON ({@code docs/json.md}), CSV or a self-contained HTML page.
 */
package io.github.ascribe.cli;
