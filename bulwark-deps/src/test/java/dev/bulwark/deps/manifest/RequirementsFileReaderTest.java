package dev.bulwark.deps.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementsFileReaderTest {

  private static Path fixture(String name) {
    URL url = RequirementsFileReaderTest.class.getResource("/requirements/" + name);
    assertThat(url).as("fixture %s", name).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ManifestReading read(String name) {
    return new RequirementsFileReader().read(fixture(name));
  }

  @Test
  void readsPinsRangesMarkersExtrasAndOptions() {
    ManifestReading reading = read("basic/requirements.txt");
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.skipped()).isEmpty();
    assertThat(reading.dependencies())
        .extracting(Dependency::name, Dependency::version, Dependency::specifier, Dependency::marker, d -> d.source().line())
        .containsExactly(
            tuple("Django", Optional.of("4.2.1"), "==4.2.1", Optional.empty(), 11),
            tuple("requests", Optional.empty(), ">= 2.8.1, == 2.8.*", Optional.empty(), 12),
            tuple("flask", Optional.empty(), ">=2.0", Optional.empty(), 13),
            tuple("urllib3", Optional.of("1.26.5"), "===1.26.5", Optional.empty(), 14),
            tuple("PyYAML", Optional.of("5.3.1"), "==5.3.1", Optional.of("python_version < \"3.9\""), 15),
            tuple("numpy", Optional.empty(), "~= 1.24.0", Optional.empty(), 16),
            tuple("certifi", Optional.of("2023.7.22"), "==2023.7.22", Optional.empty(), 17),
            tuple("idna", Optional.of("3.4"), "==3.4", Optional.empty(), 20),
            tuple("Jinja2", Optional.of("3.1.2"), "==3.1.2", Optional.empty(), 21),
            tuple("torch", Optional.of("1.13.0+cpu"), "==1.13.0+cpu", Optional.empty(), 23),
            tuple("oslo.middleware", Optional.of("3.8.0"), "==3.8.0", Optional.empty(), 24),
            tuple("plain-name", Optional.empty(), "", Optional.empty(), 25));
    assertThat(reading.dependencies()).allSatisfy(d -> {
      assertThat(d.scope()).isEqualTo(Dependency.MAIN_SCOPE);
      assertThat(d.source().file()).isEqualTo(fixture("basic/requirements.txt"));
    });
  }

  @Test
  void editableVcsUrlAndPathEntriesAreSkippedWithAReason() {
    ManifestReading reading = read("basic/skipped.txt");
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.skipped())
        .extracting(SkippedEntry::what, SkippedEntry::reason, s -> s.source().line())
        .containsExactly(
            tuple(".", "editable install", 1),
            tuple("proj", "editable install", 2),
            tuple("../sibling", "editable install", 3),
            tuple("other", "VCS requirement", 4),
            tuple("thing", "URL requirement (#egg= fragment)", 5),
            tuple("https://files.example.org/pkgs/anon-1.0.whl", "URL requirement", 6),
            tuple("./local/pkg", "local path", 7),
            tuple("../dist/mypkg-1.0-py3-none-any.whl", "local path", 8),
            tuple("/abs/path/to/pkg", "local path", 9),
            tuple("C:\\wheels\\pkg-1.0.whl", "local path", 10),
            tuple("pip", "URL requirement", 11),
            tuple("vcsname", "VCS requirement", 12),
            tuple("./plugin", "editable install", 14));
    assertThat(reading.dependencies()).extracting(Dependency::name).containsExactly("kept");
  }

  @Test
  void environmentVariablesAreExpandedAndUnsetOnesReported() {
    ManifestReading reading = new RequirementsFileReader(Map.of("PKG_A_VERSION", "1.2.3", "PLATFORM", "linux"))
        .read(fixture("basic/envvars.txt"));
    assertThat(reading.dependencies())
        .extracting(Dependency::name, Dependency::version, Dependency::marker)
        .containsExactly(
            tuple("pkg-a", Optional.of("1.2.3"), Optional.empty()),
            tuple("pkg-c", Optional.of("1.0"), Optional.of("sys_platform == \"linux\"")));
    // the global-option line with an unset token is ignored silently; pkg-b cannot be read
    assertThat(reading.problems()).satisfiesExactly(
        p -> {
          assertThat(p.source().line()).isEqualTo(3);
          assertThat(p.message()).contains("pkg-b==${MISSING_VERSION}").contains("${MISSING_VERSION} not set");
        },
        p -> {
          assertThat(p.source().line()).isEqualTo(5);
          assertThat(p.message()).isEqualTo("cannot include ${REQ_DIR}/more.txt: environment variable ${REQ_DIR} not set, left as written");
        });
  }

  @Test
  void includesAreReadRelativeToTheIncludingFileOnceEach() {
    ManifestReading reading = read("includes/requirements.txt");
    Path base = fixture("includes/base.txt");
    Path extra = fixture("includes/sub/extra.txt");
    Path root = fixture("includes/requirements.txt");
    assertThat(reading.dependencies())
        .extracting(Dependency::name, Dependency::version, Dependency::source)
        .containsExactly(
            tuple("base-pkg", Optional.of("2.0"), new SourceLocation(base, 1)),
            tuple("extra-pkg", Optional.of("0.5"), new SourceLocation(extra, 2)),
            // unpinned in base.txt, pinned by the constraint file
            tuple("loose-pkg", Optional.of("1.4.2"), new SourceLocation(base, 3)),
            tuple("top", Optional.of("1.0"), new SourceLocation(root, 5)));
    assertThat(reading.dependencies()).extracting(Dependency::name).doesNotContain("only-constrained");
    assertThat(reading.problems())
        .extracting(p -> p.source(), p -> p.message())
        .containsExactly(
            tuple(new SourceLocation(extra, 1), "include cycle: requirements.txt -> base.txt -> extra.txt -> base.txt; not read again"),
            tuple(new SourceLocation(root, 6), "file not found: " + root.getParent().resolve("missing.txt")));
    assertThat(reading.skipped())
        .extracting(SkippedEntry::what, SkippedEntry::reason, SkippedEntry::source)
        .containsExactly(tuple("https://example.org/remote-requirements.txt", "remote requirements file, not fetched", new SourceLocation(root, 7)));
  }

  @Test
  void directCycleIsReportedAndBothFilesRead() {
    ManifestReading reading = read("cycle/a.txt");
    assertThat(reading.dependencies()).extracting(Dependency::name).containsExactly("a-pkg", "b-pkg");
    assertThat(reading.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(new SourceLocation(fixture("cycle/b.txt"), 2));
      assertThat(p.message()).isEqualTo("include cycle: a.txt -> b.txt -> a.txt; not read again");
    });
  }

  @Test
  void constraintsPinOnlyWhatIsRequired() {
    ManifestReading reading = read("constraints/requirements.txt");
    Path requirements = fixture("constraints/requirements.txt");
    Path constraints = fixture("constraints/constraints.txt");
    assertThat(reading.dependencies())
        .extracting(Dependency::name, Dependency::version, Dependency::specifier)
        .containsExactly(
            tuple("pinned-by-constraint", Optional.of("2.0.1"), ""),
            tuple("pinned-by-range", Optional.of("1.5"), ">=1"),
            tuple("conflicting", Optional.of("1.0"), "==1.0"),
            tuple("agreeing", Optional.of("1.0.0"), "==1.0.0"),
            // a pin under a marker holds only somewhere: not applied
            tuple("marker-constrained", Optional.empty(), ""),
            tuple("twice-constrained", Optional.empty(), ""),
            tuple("with-extras", Optional.empty(), ""));
    assertThat(reading.skipped()).isEmpty();
    assertThat(reading.problems())
        .extracting(ManifestProblem::source, ManifestProblem::message)
        .containsExactlyInAnyOrder(
            tuple(new SourceLocation(constraints, 8), "a constraint cannot have extras: bad[extra]==1.0"),
            tuple(new SourceLocation(constraints, 9), "a constraints file cannot contain an editable requirement"),
            tuple(new SourceLocation(requirements, 4),
                "conflicting is pinned to 1.0 but the constraint at " + new SourceLocation(constraints, 3) + " pins 2.0"),
            tuple(new SourceLocation(requirements, 7), "constraints pin twice-constrained to different versions: 1.0, 1.1; left unpinned"));
  }

  @Test
  void malformedLinesAreOneProblemEachAndTheRestIsRead() {
    ManifestReading reading = read("errors/requirements.txt");
    assertThat(reading.dependencies()).extracting(Dependency::name).containsExactly("good", "broken-hash", "last");
    assertThat(reading.problems()).extracting(p -> p.source().line()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(reading.problems()).extracting(ManifestProblem::message).satisfiesExactly(
        m -> assertThat(m).startsWith("invalid requirement 'bad==1.0-': ").endsWith("at position 8"),
        m -> assertThat(m).contains("expected a project name"),
        m -> assertThat(m).contains("expected a version specifier"),
        m -> assertThat(m).contains("expected a marker variable or a quoted string"),
        m -> assertThat(m).isEqualTo("unknown option '--unknown-option'"),
        m -> assertThat(m).contains("malformed --hash value 'nonsense'").contains("requirement still read"),
        m -> assertThat(m).isEqualTo("-r needs a file name"),
        m -> assertThat(m).contains("six==1.16.0#no-space-so-not-a-comment"));
  }

  @Test
  void continuationsCommentsBomAndLineEndings() {
    ManifestReading reading = read("errors/encoding.txt");
    assertThat(reading.problems()).isEmpty();
    assertThat(reading.dependencies())
        .extracting(Dependency::name, Dependency::version, d -> d.source().line())
        .containsExactly(
            tuple("bom-pkg", Optional.of("1.0"), 1),
            tuple("latin", Optional.of("1.0"), 2),
            tuple("continued", Optional.of("2.0"), 3),
            tuple("after-comment", Optional.of("1.0"), 6),
            // pip joins an inline comment ending in '\' with the next line, which it swallows
            tuple("swallowed", Optional.of("1.0"), 7),
            tuple("dangling", Optional.of("1.0"), 9));
  }

  @Test
  void unreadableRootIsOneProblem(@TempDir Path dir) throws Exception {
    ManifestReading missing = new RequirementsFileReader().read(dir.resolve("nope.txt"));
    assertThat(missing.dependencies()).isEmpty();
    assertThat(missing.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo(new SourceLocation(dir.resolve("nope.txt"), 0));
      assertThat(p.message()).startsWith("file not found");
    });
    ManifestReading directory = new RequirementsFileReader().read(dir);
    assertThat(directory.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("cannot read"));
    Path empty = Files.writeString(dir.resolve("requirements.txt"), "");
    assertThat(new RequirementsFileReader().read(empty)).isEqualTo(new ManifestReading(java.util.List.of(), java.util.List.of(), java.util.List.of()));
  }

  @Test
  void fileNames() {
    assertThat(RequirementsFileReader.isRequirementsFileName("requirements.txt")).isTrue();
    assertThat(RequirementsFileReader.isRequirementsFileName("requirements-dev.txt")).isTrue();
    assertThat(RequirementsFileReader.isRequirementsFileName("dev-requirements.in")).isTrue();
    assertThat(RequirementsFileReader.isRequirementsFileName("constraints.txt")).isTrue();
    assertThat(RequirementsFileReader.isRequirementsFileName("README.txt")).isFalse();
    assertThat(RequirementsFileReader.isRequirementsFileName("requirements.py")).isFalse();
  }
}
