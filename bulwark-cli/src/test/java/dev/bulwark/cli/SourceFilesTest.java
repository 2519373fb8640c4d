package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

  @TempDir Path dir;

  @Test
  void walksPythonFilesAndSkipsToolDirectories() throws IOException {
    touch("pkg/mod.py", "pkg/stubs.pyi", "pkg/notes.txt", "setup.py");
    for (String skipped : SourceFiles.SKIPPED_DIRECTORIES) {
      touch(skipped + "/hidden.py", "pkg/" + skipped + "/deeper.py");
    }

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display)
        .containsExactly(shown("pkg/mod.py"), shown("pkg/stubs.pyi"), shown("setup.py"));
    assertThat(found.problems()).isEmpty();
  }

  @Test
  void aPackageWithTheNameOfASkippedDirectoryIsScanned() throws IOException {
    touch("venv/__init__.py", "venv/scripts.py", "build/__init__.py", ".venv/lib/site.py");

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(
        shown("build/__init__.py"), shown("venv/__init__.py"), shown("venv/scripts.py"));
  }

  @Test
  void aSkippedDirectoryNamedExplicitlyIsScanned() throws IOException {
    touch("build/gen.py");

    SourceFiles.Found found = SourceFiles.find(List.of(dir.resolve("build")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("build/gen.py"));
  }

  @Test
  void aFileNamedExplicitlyIsTakenWhateverItsExtension() throws IOException {
    touch("tool");

    SourceFiles.Found found = SourceFiles.find(List.of(dir.resolve("tool")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("tool"));
  }

  @Test
  void aFileReachedTwiceIsScannedOnce() throws IOException {
    touch("a.py");

    SourceFiles.Found found = SourceFiles.find(
        List.of(dir, dir.resolve("a.py"), dir.resolve("./a.py")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).hasSize(1);
  }

  @Test
  void aPathThatDoesNotExistIsOneProblem() {
    SourceFiles.Found found = SourceFiles.find(List.of(dir.resolve("gone")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).isEmpty();
    assertThat(found.problems()).extracting(Diagnostic::problem).containsExactly(Problem.NOT_FOUND);
  }

  @Test
  void aBrokenLinkIsOneProblem() throws IOException {
    Files.createSymbolicLink(dir.resolve("dangling.py"), dir.resolve("nowhere.py"));

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).isEmpty();
    assertThat(found.problems()).extracting(Diagnostic::text)
        .containsExactly(shown("dangling.py") + ": error: cannot read: broken symbolic link");
  }

  private String shown(String relative) {
    return dir.resolve(relative).toString();
  }

  private void touch(String... names) throws IOException {
    for (String name : names) {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "");
    }
  }
}
