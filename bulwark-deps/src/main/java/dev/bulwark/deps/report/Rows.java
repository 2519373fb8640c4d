package dev.bulwark.deps.report;

import dev.bulwark.deps.audit.Finding;
import dev.bulwark.deps.audit.PackageResult;
import dev.bulwark.deps.cvss.SeverityRating;
import dev.bulwark.deps.manifest.Dependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the text formats show of a package and a finding. */
final class Rows {

  private Rows() {}

  /** One finding of one package. */
  record Row(PackageResult pkg, Finding finding) {}

  static List<Row> findings(DepsReport report) {
    List<Row> rows = new ArrayList<>();
    for (PackageResult p : report.packages()) {
      for (Finding f : p.findings()) {
        rows.add(new Row(p, f));
      }
    }
    return rows;
  }

  /** The pinned version, else the specifier, else {@code *}. */
  static String version(Dependency d) {
    return d.version().orElse(d.specifier().isBlank() ? "*" : d.specifier());
  }

  /** {@code high 7.5}, {@code medium}, {@code unknown}. */
  static String severity(SeverityRating rating) {
    String label = rating.severity().label();
    return rating.score().map(s -> label + " " + String.format(Locale.ROOT, "%.1f", s.baseScore())).orElse(label);
  }

  /** The fix advice in one phrase: the smallest fix, and the version no known advisory affects when it differs. */
  static String fix(PackageResult p, Finding f) {
    String minimal = f.minimalFix().orElse(null);
    String recommended = p.recommended().orElse(null);
    if (minimal == null && recommended == null) {
      return f.fixedIn().isEmpty() ? "no fix" : "fixed in " + String.join(", ", f.fixedIn());
    }
    if (minimal == null || minimal.equals(recommended)) {
      return minimal == null ? "upgrade to " + recommended : "upgrade to " + minimal;
    }
    return recommended == null ? "upgrade to " + minimal : minimal + " (recommended " + recommended + ")";
  }

  /** The other ids of the group, for a compact "also known as". */
  static List<String> otherIds(Finding f) {
    return f.aliases().stream().filter(a -> !a.equals(f.id())).toList();
  }
}
