package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScannerTest {
  private static final String TOKEN = "xoxb-5829301746352-7731940285163-Zr8Kq2Lm9Xw4Vb7Np3Ty6Hs1";
  private final SecretScanner scanner = SecretScanner.withAllDetectors();

  @Test
  void findingPointsAtTheSecretAndNeverHoldsIt() {
    List<SecretFinding> found = scanner.scan("config.yaml", "slack:\n  token: \"" + TOKEN + "\"\n");
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.detector().id()).isEqualTo("BW1008");
      assertThat(f.at()).isEqualTo(new Span(2, 10, 10 + TOKEN.length()));
      assertThat(f.message()).doesNotContain(TOKEN.substring(5)).contains("xoxb****");
      assertThat(f.toString()).doesNotContain(TOKEN.substring(5));
      assertThat(f.fingerprint()).isEqualTo(SecretScanner.fingerprint(TOKEN)).hasSize(16);
    });
  }

  @Test
  void pythonFilesGetTokenFormatsButNotTheNameBasedDetectors() {
    String code = "API_KEY = \"a9F3kQ7mZ2xW8pL4vB6n\"\nSLACK = \"" + TOKEN + "\"\n";
    assertThat(scanner.scan("app/settings.py", code)).extracting(f -> f.detector().id()).containsExactly("BW1008");
    assertThat(scanner.scan("app/.env", "API_KEY=a9F3kQ7mZ2xW8pL4vB6n\n")).extracting(f -> f.detector().id())
        .containsExactly("BW1091");
  }

  @Test
  void genericFindingsInTestFilesAreLowSeverity() {
    assertThat(scanner.scan("tests/fixtures/.env", "DB_PASSWORD=Tr0ub4dor-and-3\n"))
        .singleElement().extracting(SecretFinding::severity).isEqualTo(Severity.LOW);
    assertThat(scanner.scan("tests/fixtures/.env", "T=" + TOKEN + "\n"))
        .singleElement().extracting(SecretFinding::severity).isEqualTo(Severity.HIGH);
  }

  @Test
  void allowListDropsAFingerprint() {
    String fp = SecretScanner.fingerprint(TOKEN);
    assertThat(scanner.scan("a.env", "T=" + TOKEN + "\n", f -> !f.fingerprint().equals(fp))).isEmpty();
  }

  @Test
  void multiLinePrivateKeyMasksEveryBodyLine() {
    String body = "MIIEowIBAAKCAQEAz8Xq3Lm9Rw2Tz5Vb8Nk4Hy7Jd1Fg6Ks0Pq3Wr5Ty8Ui2Op4As7Df9Gh1Jk3Lz\n";
    String text = "-----BEGIN RSA PRIVATE KEY-----\n" + body + body + "-----END RSA PRIVATE KEY-----\n";
    assertThat(scanner.scan("id_rsa", text)).singleElement().satisfies(f -> {
      assertThat(f.detector().id()).isEqualTo("BW1033");
      assertThat(f.spans()).extracting(Span::line).containsExactly(1, 2, 3);
    });
  }

  @Test
  void candidateFiles() {
    assertThat(FileKinds.isCandidate(".env")).isTrue();
    assertThat(FileKinds.isCandidate(".env.production")).isTrue();
    assertThat(FileKinds.isCandidate("Dockerfile")).isTrue();
    assertThat(FileKinds.isCandidate("config.yml")).isTrue();
    assertThat(FileKinds.isCandidate("notes.ipynb")).isTrue();
    assertThat(FileKinds.isCandidate("logo.png")).isFalse();
    assertThat(FileKinds.isCandidate("README.md")).isFalse();
  }

  @Test
  void detectorIdsAreUniqueAndInTheSecretRange() {
    assertThat(Detectors.all()).extracting(Detector::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("BW10\\d\\d"));
    assertThat(Detectors.all()).extracting(Detector::name).doesNotHaveDuplicates();
    assertThat(Detectors.all().stream().filter(d -> !d.generic()).count()).isGreaterThanOrEqualTo(40);
  }
}
