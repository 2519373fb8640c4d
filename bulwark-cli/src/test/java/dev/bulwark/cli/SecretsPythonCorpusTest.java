package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python side of secret detection, through the whole pipeline: the syntax-tree rules
 * (BW105-BW107) and the token formats together on {@code src/test/resources/secrets/python_cases.py},
 * labelled like the detectors' corpus ({@code # expect: ID} above a line, {@code # lookalike} for a
 * line that must give nothing). Prints precision and recall.
 */
class SecretsPythonCorpusTest {

  @TempDir Path dir;

  @Test
  void pythonCasesGiveExactlyTheLabelledFindings() throws IOException {
    Path source = Path.of("src/test/resources/secrets/python_cases.py");
    Path file = dir.resolve("python_cases.py");
    Files.copy(source, file);
    List<String> lines = Files.readAllLines(file);
    TreeSet<String> expected = new TreeSet<>();
    int lookalikes = 0;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("# expect: ")) {
        expected.add((i + 2) + " " + l.substring("# expect: ".length()).strip());
      } else if (l.equals("# lookalike")) {
        lookalikes++;
      }
    }
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "secrets", "--format", "concise", "--no-config", file.toString());
    TreeSet<String> found = new TreeSet<>();
    for (String l : r.out().lines().toList()) {
      String[] parts = l.substring(file.toString().length() + 1).split("[: ]+");
      found.add(parts[0] + " " + parts[2]);
    }
    List<String> missed = new ArrayList<>(expected);
    missed.removeAll(found);
    List<String> extra = new ArrayList<>(found);
    extra.removeAll(expected);
    int tp = expected.size() - missed.size();
    System.out.printf("%nPython secret cases: %d secrets, %d look-alikes; precision %.1f%%, recall %.1f%%%n",
        expected.size(), lookalikes, 100.0 * tp / Math.max(1, tp + extra.size()),
        100.0 * tp / Math.max(1, expected.size()));
    assertThat(missed).as("missed").isEmpty();
    assertThat(extra).as("unexpected").isEmpty();
  }

  @Test
  void testFilesGetLowSeverity() throws IOException {
    Path test = dir.resolve("tests/test_login.py");
    Files.createDirectories(test.getParent());
    Files.writeString(test, "password = \"hunter2-dev\"\n");
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "secrets", "--format", "concise", "--no-config", test.toString());
    assertThat(r.out()).contains("BW105 [low]");
  }
}
