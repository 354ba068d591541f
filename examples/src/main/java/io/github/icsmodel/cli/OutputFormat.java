package io.github.icsmodel.cli;

/** The output formats the commands offer; each command accepts the subset that makes sense for it. */
enum OutputFormat {
  text,
  json,
  csv,
  sarif,
  mermaid,
  dot,
  html
}
