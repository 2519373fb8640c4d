package dev.bulwark.report.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each format's output of {@link Samples#sample()} must be its golden file. After an intended
 * change, rewrite them and review the diff:
 * {@code mvn -pl bulwark-report test -Dtest=GoldenTest -Dbulwark.updateGolden=true}.
 */
class GoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/dev/bulwark/report/format/golden");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "text, sample.txt, false",
      "text, sample.color.txt, true",
      "json, sample.json, false",
      "sarif, sample.sarif, false",
      "junit, sample.junit.xml, false",
      "csv, sample.csv, false",
  })
  void outputIsGolden(String format, String file, boolean color) throws IOException {
    String actual = Samples.write(Formats.get(format, new FormatOptions(color)), Samples.sample());
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("bulwark.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file exists (run with -Dbulwark.updateGolden=true)").exists();
    assertThat(actual)
        .as("%s is stale: mvn -pl bulwark-report test -Dtest=GoldenTest -Dbulwark.updateGolden=true", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
