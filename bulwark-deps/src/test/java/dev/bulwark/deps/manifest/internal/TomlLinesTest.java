package dev.bulwark.deps.manifest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLinesTest {

  private static final String TEXT = """
      # [[package]] in a comment is not a header
      title = "x"
      notes = '''
      [[package]]
      name = "fake"
      '''
      [tool."poetry".dependencies]   # a quoted part
      "jw.util" = "^1.0"
      flask = { version = "^2", markers = "os_name == 'nt' or os_name == \\"posix\\"" }

      [tool.poetry.dependencies.requests]
      version = "2.0"

      [project]
      optional-dependencies.test = ["pytest", 'hypothesis' ]
      dependencies = [
        "a==1",  # first
        42,
        { include-group = "b" },
        \"\"\"c
      ==2\"\"\",
        "d[x]",
      ]

      [[package]]
      version = "1"
      name = "one"

      [[package]]
      name = "two"
      """;

  private final TomlLines lines = TomlLines.of(TEXT);

  @Test
  void headersIgnoreCommentsAndMultiLineStrings() {
    assertThat(lines.arrayHeaderLines(List.of("package"))).containsExactly(25, 29);
    assertThat(lines.headerLine(List.of("tool", "poetry", "dependencies"))).isEqualTo(7);
  }

  @Test
  void keysQuotedDottedOrAsTheirOwnTable() {
    assertThat(lines.keyLine(List.of("tool", "poetry", "dependencies", "jw.util"))).isEqualTo(8);
    assertThat(lines.keyLine(List.of("tool", "poetry", "dependencies", "flask"))).isEqualTo(9);
    assertThat(lines.keyLine(List.of("tool", "poetry", "dependencies", "requests"))).isEqualTo(11);
    assertThat(lines.keyLine(List.of("project", "optional-dependencies", "test"))).isEqualTo(15);
    assertThat(lines.keyLine(List.of("tool", "poetry", "dependencies", "missing"))).isZero();
  }

  @Test
  void arrayElementsEachWithTheLineItStartsOn() {
    assertThat(lines.arrayStringLines(List.of("project", "optional-dependencies", "test"))).containsExactly(15, 15);
    assertThat(lines.arrayElementLines(List.of("project", "dependencies"))).containsExactly(17, 18, 19, 20, 22);
    assertThat(lines.arrayStringLines(List.of("project", "dependencies"))).containsExactly(17, 20, 22);
  }

  @Test
  void keysOfArrayTableSections() {
    assertThat(lines.keyLineInSection(25, List.of("name"))).isEqualTo(27);
    assertThat(lines.keyLineInSection(29, List.of("name"))).isEqualTo(30);
    assertThat(lines.keyLineInSection(29, List.of("version"))).isZero();
  }

  @Test
  void textThatIsNotTomlFindsLessButNeverFails() {
    TomlLines broken = TomlLines.of("[[package\nname = \"x\n\"\"\"unterminated\n[x]]]\n= 3\n");
    assertThat(broken.arrayHeaderLines(List.of("package"))).isEmpty();
    assertThat(TomlLines.of("").keyLine(List.of("a"))).isZero();
  }
}
