package dev.bulwark.deps.cvss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CVSS v4.0 base scores (CVSS-B) of the FIRST specification: the base metrics put a vector into
 * a macrovector (six equivalence classes EQ1..EQ6), whose score comes from FIRST's lookup table;
 * the score is then lowered within the macrovector by how far the vector lies from the most
 * severe vectors of its classes, relative to the score of the next lower macrovector.
 *
 * <p>Threat, environmental and supplemental metrics are parsed and validated, but the base score
 * treats them as Not Defined, as CVSS-B requires. Metrics may appear in any order.
 */
public final class Cvss4 {

  private static final String PREFIX = "CVSS:4.0";
  private static final String[] BASE = {"AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"};

  /** Allowed values of every v4.0 metric; "X" is Not Defined for the optional ones. */
  private static final Map<String, List<String>> VALUES = Map.ofEntries(
      Map.entry("AV", List.of("N", "A", "L", "P")),
      Map.entry("AC", List.of("L", "H")),
      Map.entry("AT", List.of("N", "P")),
      Map.entry("PR", List.of("N", "L", "H")),
      Map.entry("UI", List.of("N", "P", "A")),
      Map.entry("VC", List.of("H", "L", "N")),
      Map.entry("VI", List.of("H", "L", "N")),
      Map.entry("VA", List.of("H", "L", "N")),
      Map.entry("SC", List.of("H", "L", "N")),
      Map.entry("SI", List.of("H", "L", "N")),
      Map.entry("SA", List.of("H", "L", "N")),
      Map.entry("E", List.of("X", "A", "P", "U")),
      Map.entry("CR", List.of("X", "H", "M", "L")),
      Map.entry("IR", List.of("X", "H", "M", "L")),
      Map.entry("AR", List.of("X", "H", "M", "L")),
      Map.entry("MAV", List.of("X", "N", "A", "L", "P")),
      Map.entry("MAC", List.of("X", "L", "H")),
      Map.entry("MAT", List.of("X", "N", "P")),
      Map.entry("MPR", List.of("X", "N", "L", "H")),
      Map.entry("MUI", List.of("X", "N", "P", "A")),
      Map.entry("MVC", List.of("X", "H", "L", "N")),
      Map.entry("MVI", List.of("X", "H", "L", "N")),
      Map.entry("MVA", List.of("X", "H", "L", "N")),
      Map.entry("MSC", List.of("X", "H", "L", "N")),
      Map.entry("MSI", List.of("X", "S", "H", "L", "N")),
      Map.entry("MSA", List.of("X", "S", "H", "L", "N")),
      Map.entry("S", List.of("X", "N", "P")),
      Map.entry("AU", List.of("X", "N", "Y")),
      Map.entry("R", List.of("X", "A", "U", "I")),
      Map.entry("V", List.of("X", "D", "C")),
      Map.entry("RE", List.of("X", "L", "M", "H")),
      Map.entry("U", List.of("X", "Clear", "Green", "Amber", "Red")));

  private Cvss4() {}

  /** The CVSS-B score of a {@code CVSS:4.0/...} vector, or empty when the vector is not valid. */
  public static Optional<CvssScore> score(String vector) {
    if (vector == null) {
      return Optional.empty();
    }
    Optional<Map<String, String>> parsed = parse(vector.trim());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    double base = baseScore(parsed.get());
    return Optional.of(new CvssScore("4.0", base, Severity.ofScore(base), vector.trim()));
  }

  /** The metrics of a vector, or empty when it is malformed, repeats a metric or lacks a base one. */
  static Optional<Map<String, String>> parse(String vector) {
    String[] parts = vector.split("/", -1);
    if (parts.length < 2 || !parts[0].equals(PREFIX)) {
      return Optional.empty();
    }
    Map<String, String> metrics = new HashMap<>();
    for (int i = 1; i < parts.length; i++) {
      int colon = parts[i].indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      String name = parts[i].substring(0, colon);
      String value = parts[i].substring(colon + 1);
      List<String> allowed = VALUES.get(name);
      if (allowed == null || !allowed.contains(value) || metrics.put(name, value) != null) {
        return Optional.empty();
      }
    }
    for (String m : BASE) {
      if (!metrics.containsKey(m)) {
        return Optional.empty();
      }
    }
    return Optional.of(metrics);
  }

  /** The base score of validated metrics, one decimal. */
  static double baseScore(Map<String, String> m) {
    if (m.get("VC").equals("N") && m.get("VI").equals("N") && m.get("VA").equals("N")
        && m.get("SC").equals("N") && m.get("SI").equals("N") && m.get("SA").equals("N")) {
      return 0.0; // no impact at all
    }
    Macrovector mv = Macrovector.of(m);
    double value = Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3, mv.eq4, mv.eq5, mv.eq6);

    // Scores of the next lower macrovector along each EQ; NaN where there is none.
    double lowerEq1 = Cvss4Tables.score(mv.eq1 + 1, mv.eq2, mv.eq3, mv.eq4, mv.eq5, mv.eq6);
    double lowerEq2 = Cvss4Tables.score(mv.eq1, mv.eq2 + 1, mv.eq3, mv.eq4, mv.eq5, mv.eq6);
    double lowerEq3Eq6;
    if (mv.eq3 == 0 && mv.eq6 == 0) {
      // Two ways down; the specification takes the higher of the two.
      lowerEq3Eq6 = Math.max(
          Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3, mv.eq4, mv.eq5, mv.eq6 + 1),
          Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3 + 1, mv.eq4, mv.eq5, mv.eq6));
    } else if (mv.eq3 == 1 && mv.eq6 == 0) {
      lowerEq3Eq6 = Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3, mv.eq4, mv.eq5, mv.eq6 + 1);
    } else {
      lowerEq3Eq6 = Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3 + 1, mv.eq4, mv.eq5, mv.eq6);
    }
    double lowerEq4 = Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3, mv.eq4 + 1, mv.eq5, mv.eq6);
    double lowerEq5 = Cvss4Tables.score(mv.eq1, mv.eq2, mv.eq3, mv.eq4, mv.eq5 + 1, mv.eq6);

    // Effective CVSS-B values: base metrics as given, security requirements Not Defined (High).
    Map<String, String> eff = new HashMap<>(m);
    eff.put("CR", "H");
    eff.put("IR", "H");
    eff.put("AR", "H");
    String eq1Level = "eq1/" + mv.eq1;
    String eq2Level = "eq2/" + mv.eq2;
    String eq3Eq6Level = "eq3eq6/" + mv.eq3 + "," + mv.eq6;
    String eq4Level = "eq4/" + mv.eq4;

    double[] available = {value - lowerEq1, value - lowerEq2, value - lowerEq3Eq6, value - lowerEq4, value - lowerEq5};
    double[] proportion = {
        Cvss4Tables.distance(eq1Level, eff) / Cvss4Tables.maxSeverity(eq1Level),
        Cvss4Tables.distance(eq2Level, eff) / Cvss4Tables.maxSeverity(eq2Level),
        Cvss4Tables.distance(eq3Eq6Level, eff) / Cvss4Tables.maxSeverity(eq3Eq6Level),
        Cvss4Tables.distance(eq4Level, eff) / Cvss4Tables.maxSeverity(eq4Level),
        0.0}; // EQ5 (Exploit Maturity) has a single value per level: no distance within it
    double sum = 0;
    int lowerCount = 0;
    for (int i = 0; i < available.length; i++) {
      if (!Double.isNaN(available[i])) {
        sum += available[i] * proportion[i];
        lowerCount++;
      }
    }
    double mean = lowerCount == 0 ? 0 : sum / lowerCount;
    double score = Math.max(0.0, Math.min(10.0, value - mean));
    // Half-up to one decimal, with a small epsilon so that 4.45 stored as 4.4499999 rounds up.
    return Math.round((score + 1e-6) * 10) / 10.0;
  }

  /** The six equivalence-class levels of a vector (0 is the most severe). */
  record Macrovector(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {

    static Macrovector of(Map<String, String> m) {
      String av = m.get("AV");
      String pr = m.get("PR");
      String ui = m.get("UI");
      int eq1;
      if (av.equals("N") && pr.equals("N") && ui.equals("N")) {
        eq1 = 0;
      } else if ((av.equals("N") || pr.equals("N") || ui.equals("N")) && !av.equals("P")) {
        eq1 = 1;
      } else {
        eq1 = 2;
      }
      int eq2 = m.get("AC").equals("L") && m.get("AT").equals("N") ? 0 : 1;
      String vc = m.get("VC");
      String vi = m.get("VI");
      String va = m.get("VA");
      int eq3;
      if (vc.equals("H") && vi.equals("H")) {
        eq3 = 0;
      } else if (vc.equals("H") || vi.equals("H") || va.equals("H")) {
        eq3 = 1;
      } else {
        eq3 = 2;
      }
      // EQ4 level 0 needs Safety (MSI/MSA:S), an environmental value: never in a base score.
      int eq4 = m.get("SC").equals("H") || m.get("SI").equals("H") || m.get("SA").equals("H") ? 1 : 2;
      int eq5 = 0; // E Not Defined counts as Attacked
      // Security requirements Not Defined count as High, so EQ6 follows the high impacts.
      int eq6 = vc.equals("H") || vi.equals("H") || va.equals("H") ? 0 : 1;
      return new Macrovector(eq1, eq2, eq3, eq4, eq5, eq6);
    }
  }
}
