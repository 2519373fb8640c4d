package dev.bulwark.deps.cvss;

/**
 * Qualitative severity bands of CVSS v3 (and v4): none 0.0, low 0.1–3.9, medium 4.0–6.9, high
 * 7.0–8.9, critical 9.0–10.0; unknown when an advisory has no vector Bulwark can score.
 */
public enum Severity {
  UNKNOWN, NONE, LOW, MEDIUM, HIGH, CRITICAL;

  /** The band of a base score. */
  public static Severity ofScore(double score) {
    if (score <= 0.0) {
      return NONE;
    }
    if (score < 4.0) {
      return LOW;
    }
    if (score < 7.0) {
      return MEDIUM;
    }
    if (score < 9.0) {
      return HIGH;
    }
    return CRITICAL;
  }

  /** Lower-case name, as reports and options spell it. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
