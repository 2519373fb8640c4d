package dev.bulwark.cli;

import dev.bulwark.python.ast.Node;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/**
 * The dependency audit seen as two rules, so that {@code select}, {@code ignore}, suppression
 * comments in requirements files, baselines and every report format treat a vulnerable dependency
 * as any other finding. Like {@link SecretRule}, it subscribes to no node: {@link ScanDependencies}
 * finds these findings.
 */
record DependencyRule(RuleMetadata metadata) implements Rule {

  static final String VULNERABLE = "BW2001";
  static final String POSSIBLY_VULNERABLE = "BW2002";

  /** CWE-1395: dependency on a vulnerable third-party component. */
  private static final List<Integer> CWES = List.of(1395);

  private static final List<Rule> ALL = List.of(
      new DependencyRule(new RuleMetadata(VULNERABLE, "vulnerable-dependency",
          "Pinned or locked dependency version with a known advisory", Severity.HIGH, Confidence.HIGH, CWES,
          List.of(), RuleMetadata.Status.STABLE, "0.2", doc(VULNERABLE,
              "Finds packages whose pinned (`==`) or locked version an advisory of the local advisory database "
                  + "(`bulwark db update` / `bulwark db import`) says is affected. Reported at the manifest or lock "
                  + "file line; the severity comes from the advisory's CVSS vector (medium when it has none).",
              "django==2.2.0",
              "django==2.2.28",
              "Upgrade to the version the finding recommends: the smallest one no known advisory affects."))),
      new DependencyRule(new RuleMetadata(POSSIBLY_VULNERABLE, "possibly-vulnerable-dependency",
          "Unpinned requirement that allows a version with a known advisory", Severity.MEDIUM, Confidence.LOW, CWES,
          List.of(), RuleMetadata.Status.STABLE, "0.2", doc(POSSIBLY_VULNERABLE,
              "Finds requirements without an exact pin (`requests>=2.0`) whose allowed versions include one that "
                  + "an advisory of the local advisory database says is affected. Which version gets installed "
                  + "is decided at install time, so the finding is a possibility, with low confidence.",
              "requests>=2.0",
              "requests>=2.31.0",
              "Raise the lower bound above the fixed versions, or pin and lock the dependency."))));

  /** Both rules. */
  static List<Rule> all() {
    return ALL;
  }

  private static RuleDoc doc(String id, String what, String example, String instead, String fix) {
    return new RuleDoc(what,
        "A known vulnerability in a dependency is as exploitable as one in the project's own code, and its exploits "
            + "are public.",
        example, instead, fix,
        "Run `bulwark deps` for the full audit (fix advice, skipped entries, CycloneDX). Silence a line with "
            + "`# bulwark: ignore[" + id + "]` in a requirements file, or an advisory with an `ignore` entry "
            + "for `bulwark deps`.",
        List.of("https://cwe.mitre.org/data/definitions/1395.html"));
  }

  @Override
  public List<Class<? extends Node>> nodeKinds() {
    return List.of();
  }

  @Override
  public void check(Node node, RuleContext context) {
    // never called: the rule subscribes to no node
  }
}
