package dev.bulwark.secrets;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import java.util.List;

/**
 * One kind of credential and how to find it.
 *
 * <p>The metadata is what reports show: a stable id ({@code BW10xx}, never reused), a kebab-case
 * name, a title that names the provider, a default severity and confidence. Every secret finding
 * has CWE-798 (use of hard-coded credentials).
 */
public final class Detector {
  /** Hard-coded credentials: the weakness of every secret finding. */
  public static final List<Integer> CWES = List.of(798);

  private final String id;
  private final String name;
  private final String title;
  private final Severity severity;
  private final Confidence confidence;
  private final boolean generic;
  private final Finder finder;

  Detector(String id, String name, String title, Severity severity, Confidence confidence, boolean generic,
      Finder finder) {
    this.id = id;
    this.name = name;
    this.title = title;
    this.severity = severity;
    this.confidence = confidence;
    this.generic = generic;
    this.finder = finder;
  }

  /** Stable code, e.g. {@code BW1003}. */
  public String id() {
    return id;
  }

  /** Kebab-case name, e.g. {@code github-token}. */
  public String name() {
    return name;
  }

  /** What is found, e.g. {@code GitHub token}; also the rule's one-line summary. */
  public String title() {
    return title;
  }

  public Severity severity() {
    return severity;
  }

  public Confidence confidence() {
    return confidence;
  }

  /**
   * Whether it judges values by the name they are given rather than by a provider's token format.
   * Generic detectors skip Python files (the code rules BW105-BW107 read those with the syntax
   * tree) and report test files at low severity.
   */
  public boolean generic() {
    return generic;
  }

  Finder finder() {
    return finder;
  }

  @Override
  public String toString() {
    return id + " " + name;
  }
}
