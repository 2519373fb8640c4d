package dev.bulwark.taint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labeled suite: small realistic case files under {@code suite/<category>/}, with
 * {@code # expect: KIND} on each vulnerable sink line and {@code # safe: KIND} on each look-alike.
 * Prints precision and recall per sink kind, computed from the cases and the analysis.
 * A directory under a kind's directory is a small project: its files are named as modules relative to
 * it and analysed with the summaries of each other's functions. Run it alone
 * with {@code mvn -q -B -o -pl bulwark-taint -am test -Dtest=LabeledSuiteTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. It fails on malformed cases and on any miss or false
 * positive: every category is held at 100% precision and recall.
 */
class LabeledSuiteTest {

  /** Counts for one sink kind. */
  static final class Tally {
    int files;
    int vulnerable;
    int safe;
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int safeFlagged;
    final List<String> misses = new ArrayList<>();
  }

  @Test
  void printsPrecisionAndRecallPerCategory() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getResource("suite").toURI());
    List<Path> cases;
    try (Stream<Path> s = Files.walk(root)) {
      cases = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertThat(cases).isNotEmpty();
    Map<SinkKind, Tally> tallies = new EnumMap<>(SinkKind.class);
    Map<Path, TaintCases.Project> projects = new java.util.HashMap<>();
    for (SinkKind k : SinkKind.values()) {
      tallies.put(k, new Tally());
    }
    for (Path file : cases) {
      String name = root.relativize(file).toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      TaintCases.Labels labels = TaintCases.labels(text, name);
      Path rel = root.relativize(file);
      if (rel.getNameCount() <= 2) { // a project's helper modules may have no sink of their own
        assertThat(labels.expected().size() + labels.safe().size()).as("%s has labeled lines", name).isPositive();
      }
      SinkKind category = SinkKind.ofModelName(rel.getName(0).toString());
      assertThat(category).as("%s sits in a sink kind's directory", name).isNotNull();
      tallies.get(category).files++;
      Map<Integer, Set<SinkKind>> found;
      if (rel.getNameCount() > 2) {
        // a directory under the kind's directory is a project: its files see each other's functions
        Path dir = root.resolve(rel.getName(0)).resolve(rel.getName(1));
        TaintCases.Project project = TaintCases.Project.cached(projects, dir);
        found = project.analyze(file, text, name);
      } else {
        found = TaintCases.analyze(text, name);
      }
      for (SinkKind k : SinkKind.values()) {
        Tally t = tallies.get(k);
        labels.expected().forEach((line, kinds) -> {
          if (kinds.contains(k)) {
            t.vulnerable++;
            if (found.getOrDefault(line, Set.of()).contains(k)) {
              t.truePositives++;
            } else {
              t.falseNegatives++;
              t.misses.add(name + ":" + line + " missed");
            }
          }
        });
        labels.safe().forEach((line, kinds) -> {
          if (kinds.contains(k)) {
            t.safe++;
            if (found.getOrDefault(line, Set.of()).contains(k)) {
              t.safeFlagged++;
            }
          }
        });
        found.forEach((line, kinds) -> {
          if (kinds.contains(k) && !labels.expected().getOrDefault(line, Set.of()).contains(k)) {
            t.falsePositives++;
            t.misses.add(name + ":" + line + " reported but " + (labels.safe().getOrDefault(line, Set.of())
                .contains(k) ? "labeled safe" : "unlabeled"));
          }
        });
      }
    }
    System.out.println(table(tallies));
    List<String> misses = new ArrayList<>();
    tallies.values().forEach(t -> misses.addAll(t.misses));
    assertThat(misses).as("every category at 100 percent precision and recall").isEmpty();
  }

  static String table(Map<SinkKind, Tally> tallies) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-15s %5s %5s %5s %4s %4s %4s %10s %7s%n", "category", "files", "vuln",
        "safe", "TP", "FP", "FN", "precision", "recall"));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<String> misses = new ArrayList<>();
    for (Map.Entry<SinkKind, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.vulnerable + t.safe + t.falsePositives == 0) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%-15s %5d %5d %5d %4d %4d %4d %10s %7s%n", e.getKey().modelName(),
          t.files, t.vulnerable, t.safe, t.truePositives, t.falsePositives, t.falseNegatives,
          percent(t.truePositives, t.truePositives + t.falsePositives),
          percent(t.truePositives, t.truePositives + t.falseNegatives)));
      tp += t.truePositives;
      fp += t.falsePositives;
      fn += t.falseNegatives;
      misses.addAll(t.misses);
    }
    sb.append(String.format(Locale.ROOT, "%-15s %5s %5s %5s %4d %4d %4d %10s %7s%n", "all", "", "", "", tp, fp, fn,
        percent(tp, tp + fp), percent(tp, tp + fn)));
    for (String m : misses) {
      sb.append("  ").append(m).append('\n');
    }
    return sb.toString();
  }

  private static String percent(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
