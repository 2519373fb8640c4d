package dev.bulwark.rules.config;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.engine.RuleEngine;
import java.util.List;

/** Runs one rule over a snippet under a chosen path, for behaviour that depends on the file's name. */
final class Findings {
  private Findings() {}

  static List<Finding> of(Rule rule, String code, String path) {
    ParseResult parsed = PythonParser.parseText(code, path);
    return new RuleEngine(List.of(rule)).check(parsed, path, null, false);
  }
}
