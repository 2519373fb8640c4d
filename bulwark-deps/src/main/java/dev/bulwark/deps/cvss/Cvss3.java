package dev.bulwark.deps.cvss;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CVSS v3.0 and v3.1 base scores, computed from the base metrics of a vector with the formulas
 * and weights of the FIRST specification. Temporal and environmental metrics may be present and
 * are ignored: advisories carry base vectors. The two versions differ only in rounding: v3.1
 * rounds up on an integer scale to avoid floating-point surprises.
 */
public final class Cvss3 {

  private static final String[] BASE = {"AV", "AC", "PR", "UI", "S", "C", "I", "A"};

  private Cvss3() {}

  /** The base score of a {@code CVSS:3.x/...} vector, or empty when the vector is not valid. */
  public static Optional<CvssScore> score(String vector) {
    if (vector == null) {
      return Optional.empty();
    }
    String[] parts = vector.trim().split("/");
    if (parts.length < 2 || !(parts[0].equals("CVSS:3.0") || parts[0].equals("CVSS:3.1"))) {
      return Optional.empty();
    }
    String version = parts[0].substring(5);
    Map<String, String> metrics = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      if (colon <= 0 || metrics.put(parts[i].substring(0, colon), parts[i].substring(colon + 1)) != null) {
        return Optional.empty(); // malformed or repeated metric
      }
    }
    for (String m : BASE) {
      if (!metrics.containsKey(m)) {
        return Optional.empty();
      }
    }
    boolean changed;
    switch (metrics.get("S")) {
      case "U":
        changed = false;
        break;
      case "C":
        changed = true;
        break;
      default:
        return Optional.empty();
    }
    double av = weight(metrics.get("AV"), "N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2);
    double ac = weight(metrics.get("AC"), "L", 0.77, "H", 0.44);
    double pr = changed
        ? weight(metrics.get("PR"), "N", 0.85, "L", 0.68, "H", 0.5)
        : weight(metrics.get("PR"), "N", 0.85, "L", 0.62, "H", 0.27);
    double ui = weight(metrics.get("UI"), "N", 0.85, "R", 0.62);
    double c = weight(metrics.get("C"), "H", 0.56, "L", 0.22, "N", 0.0);
    double in = weight(metrics.get("I"), "H", 0.56, "L", 0.22, "N", 0.0);
    double a = weight(metrics.get("A"), "H", 0.56, "L", 0.22, "N", 0.0);
    if (Double.isNaN(av + ac + pr + ui + c + in + a)) {
      return Optional.empty();
    }
    double iss = 1 - (1 - c) * (1 - in) * (1 - a);
    double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
    double exploitability = 8.22 * av * ac * pr * ui;
    double base;
    if (impact <= 0) {
      base = 0.0;
    } else if (changed) {
      base = roundUp(Math.min(1.08 * (impact + exploitability), 10), version);
    } else {
      base = roundUp(Math.min(impact + exploitability, 10), version);
    }
    return Optional.of(new CvssScore(version, base, Severity.ofScore(base), vector.trim()));
  }

  /** The smallest one-decimal number at or above x, as each version of the specification defines it. */
  static double roundUp(double x, String version) {
    if (version.equals("3.0")) {
      return Math.ceil(x * 10) / 10.0;
    }
    long scaled = Math.round(x * 100_000);
    if (scaled % 10_000 == 0) {
      return scaled / 100_000.0;
    }
    return (Math.floor(scaled / 10_000.0) + 1) / 10.0;
  }

  /** The weight of a metric value among (value, weight) pairs; NaN for a value not listed. */
  private static double weight(String value, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(value)) {
        return (Double) pairs[i + 1];
      }
    }
    return Double.NaN;
  }
}
