package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labelled corpus ({@code src/test/resources/corpus}): every detector against fake tokens in
 * its real format, which must be found, and look-alikes, which must not. A {@code # expect: ID}
 * (or {@code ; expect: ID}) comment labels the next line; {@code # lookalike} marks a line that
 * must give nothing (any finding on an unlabelled line is a false positive). JSON files, which
 * have no comments, list {@code LINE ID} pairs in a {@code .expect} file next to them.
 *
 * <p>Prints precision and recall per detector ({@code tools/secrets/corpus.sh} runs just this).
 */
class SecretCorpusTest {

  record Label(String file, int line, String id) {}

  @Test
  void everyDetectorFindsItsTokensAndNoLookAlike() throws IOException {
    Path dir = Path.of("src/test/resources/corpus");
    SecretScanner scanner = SecretScanner.withAllDetectors();
    Set<Label> expected = new HashSet<>();
    Set<Label> found = new HashSet<>();
    int lookalikes = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.toString().endsWith(".expect")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Path sidecar = file.resolveSibling(name + ".expect");
      if (Files.exists(sidecar)) {
        for (String l : Files.readAllLines(sidecar)) {
          if (!l.isBlank()) {
            String[] parts = l.strip().split(" ");
            expected.add(new Label(name, Integer.parseInt(parts[0]), parts[1]));
          }
        }
      } else {
        List<String> lines = SecretScanner.splitLines(text);
        for (int i = 0; i < lines.size(); i++) {
          String l = lines.get(i).strip();
          int at = l.indexOf("expect: ");
          if ((l.startsWith("#") || l.startsWith(";")) && at >= 0) {
            expected.add(new Label(name, i + 2, l.substring(at + 8).strip().split(" ")[0]));
          } else if (l.equals("# lookalike")) {
            lookalikes++;
          }
        }
      }
      for (SecretFinding f : scanner.scan(name, text)) {
        found.add(new Label(name, f.at().line(), f.detector().id()));
      }
    }

    Map<String, int[]> byId = new TreeMap<>(); // tp, fp, fn
    for (Detector d : Detectors.all()) {
      byId.put(d.id(), new int[3]);
    }
    for (Label l : found) {
      byId.computeIfAbsent(l.id(), k -> new int[3])[expected.contains(l) ? 0 : 1]++;
    }
    List<Label> missed = new ArrayList<>();
    for (Label l : expected) {
      if (!found.contains(l)) {
        byId.computeIfAbsent(l.id(), k -> new int[3])[2]++;
        missed.add(l);
      }
    }
    List<Label> falsePositives = found.stream().filter(l -> !expected.contains(l)).toList();
    printTable(byId, expected.size(), lookalikes);

    assertThat(missed).as("secrets the corpus expects but no detector found").isEmpty();
    assertThat(falsePositives).as("findings on look-alikes").isEmpty();
    assertThat(byId.entrySet()).allSatisfy(e -> assertThat(e.getValue()[0])
        .as("corpus cases found by " + e.getKey()).isPositive());
  }

  private static void printTable(Map<String, int[]> byId, int positives, int lookalikes) {
    StringBuilder out = new StringBuilder("\nsecret detectors on the labelled corpus (" + positives + " secrets, "
        + lookalikes + " look-alikes)\n");
    out.append(String.format("%-8s %-32s %4s %4s %4s %9s %7s%n", "id", "name", "tp", "fp", "fn", "precision",
        "recall"));
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Map.Entry<String, int[]> e : byId.entrySet()) {
      int[] c = e.getValue();
      tp += c[0];
      fp += c[1];
      fn += c[2];
      String name = Detectors.all().stream().filter(d -> d.id().equals(e.getKey())).map(Detector::name).findFirst()
          .orElse("?");
      out.append(String.format("%-8s %-32s %4d %4d %4d %9s %7s%n", e.getKey(), name, c[0], c[1], c[2],
          ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2])));
    }
    out.append(String.format("%-41s %4d %4d %4d %9s %7s%n", "all", tp, fp, fn, ratio(tp, tp + fp),
        ratio(tp, tp + fn)));
    System.out.println(out);
  }

  private static String ratio(int num, int den) {
    return den == 0 ? "-" : String.format("%.1f%%", 100.0 * num / den);
  }
}
