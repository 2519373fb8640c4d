package dev.bulwark.report.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @TempDir Path dir;

  @Test
  void writesSortedVersionedJsonAndReadsItBack() throws Exception {
    Path file = dir.resolve("baseline.json");
    Baseline.write(file, List.of(
        new Baseline.Entry("ffff", "BW602", "src/b.py", 3, "shell=True"),
        new Baseline.Entry("aaaa", "BW101", "src/a.py", 9, "assert")));

    assertThat(Files.readString(file)).startsWith("{\n  \"format\" : \"bulwark-baseline\",\n  \"version\" : 1,")
        .containsSubsequence("src/a.py", "src/b.py");
    Baseline read = Baseline.read(file);
    assertThat(read.contains("ffff")).isTrue();
    assertThat(read.contains("aaaa")).isTrue();
    assertThat(read.contains("0000")).isFalse();
    assertThat(read.entries()).extracting(Baseline.Entry::ruleId).containsExactly("BW101", "BW602");
  }

  @Test
  void aMissingFileIsAClearError() {
    Path file = dir.resolve("nope.json");

    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(BaselineException.class)
        .hasMessage("baseline " + file + " does not exist (write one with --write-baseline)");
  }

  @Test
  void invalidJsonNamesTheLine() throws IOException {
    Path file = Files.writeString(dir.resolve("b.json"), "{\n  \"format\": \"bulwark-baseline\",\n  oops\n}\n");

    assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("baseline " + file + " is not a Bulwark baseline: line 3: not valid JSON: ");
  }

  @Test
  void otherJsonIsNoBaseline() throws IOException {
    Path sarif = Files.writeString(dir.resolve("s.json"), "{\"version\": \"2.1.0\", \"runs\": []}");
    Path newer = Files.writeString(dir.resolve("n.json"), "{\"format\": \"bulwark-baseline\", \"version\": 7, \"findings\": []}");
    Path noPrint = Files.writeString(dir.resolve("p.json"),
        "{\"format\": \"bulwark-baseline\", \"version\": 1, \"findings\": [{\"rule\": \"BW602\"}]}");

    assertThatThrownBy(() -> Baseline.read(sarif))
        .hasMessage("baseline " + sarif + " is not a Bulwark baseline: \"format\" is not \"bulwark-baseline\"");
    assertThatThrownBy(() -> Baseline.read(newer))
        .hasMessage("baseline " + newer + " has version 7; this Bulwark reads version 1");
    assertThatThrownBy(() -> Baseline.read(noPrint))
        .hasMessage("baseline " + noPrint + " is not a Bulwark baseline: finding 1 has no \"fingerprint\"");
  }
}
