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

  @Test
  void whatGitignoreFilesIgnoreIsSkipped() throws IOException {
    touch("gen/out.py", "src/keep.py", "src/tmp_x.py", "src/tmp_keep.py", "src/deep/cache.py", "notes/a.py");
    write(".gitignore", "gen/\n/notes\ntmp_*.py\n!tmp_keep.py\n");
    write("src/deep/.gitignore", "cache.py\n");

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display)
        .containsExactly(shown("src/keep.py"), shown("src/tmp_keep.py"));
  }

  @Test
  void theRepositorysIgnoreFilesApplyWhenASubdirectoryIsScanned() throws IOException {
    Files.createDirectories(dir.resolve(".git/info"));
    write(".gitignore", "*_pb2.py\n");
    write(".git/info/exclude", "scratch.py\n");
    touch("src/api_pb2.py", "src/api.py", "src/scratch.py");

    SourceFiles.Found found = SourceFiles.find(List.of(dir.resolve("src")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("src/api.py"));
  }

  @Test
  void anIgnoredFileNamedExplicitlyIsStillScanned() throws IOException {
    write(".gitignore", "*.py\n");
    touch("a.py");

    SourceFiles.Found found = SourceFiles.find(List.of(dir.resolve("a.py")), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("a.py"));
  }

  @Test
  void scriptsWithAPythonShebangAreFound() throws IOException {
    write("bin/tool", "#!/usr/bin/env python3\nprint(1)\n");
    write("bin/tool2", "#!/opt/venv/bin/python3.12 -u\n");
    write("bin/run", "#!/bin/sh\necho python\n");
    write("bin/pythonic", "#!/usr/bin/pythonista\n");
    write("bin/data.json", "#!/usr/bin/env python3\n");

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("bin/tool"), shown("bin/tool2"));
  }

  @Test
  void aSymbolicLinkLoopDoesNotTrapTheWalk() throws IOException {
    touch("pkg/a.py");
    Files.createSymbolicLink(dir.resolve("pkg/loop"), dir.resolve("pkg"));

    SourceFiles.Found found = SourceFiles.find(List.of(dir), SourceFiles.PYTHON_EXTENSIONS);

    assertThat(found.files()).extracting(SourceFile::display).containsExactly(shown("pkg/a.py"));
    assertThat(found.problems()).isEmpty();
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
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
