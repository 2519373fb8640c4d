package dev.bulwark.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines of about 1 MB made of near-matches for each detector: a prefix repeated, a token one
 * character short over and over, a key name followed by endless value characters. A detector that
 * backtracked would take minutes or hours on these; the test asserts only that the scan ends (and
 * finds nothing), and prints the time of each input as a benchmark, never asserting on it.
 */
class AdversarialInputBenchmarkTest {
  private static final int SIZE = 1 << 20;

  private static String repeat(String unit) {
    StringBuilder b = new StringBuilder(SIZE + unit.length());
    while (b.length() < SIZE) {
      b.append(unit);
    }
    return b.toString();
  }

  static List<String[]> inputs() {
    List<String[]> in = new ArrayList<>();
    in.add(new String[] {"prefix repeated: AKIA", repeat("AKIA")});
    in.add(new String[] {"prefix repeated: eyJ", repeat("eyJ")});
    in.add(new String[] {"JWT parts without a third", repeat("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0 ")});
    in.add(new String[] {"JWT dots", repeat("eyJaaaaaaaaaaaa.")});
    in.add(new String[] {"GitHub token one short", repeat("ghp_" + "a1B2c3D4e5".repeat(3) + "abcde ")});
    in.add(new String[] {"GitHub prefix chain", repeat("ghp_")});
    in.add(new String[] {"Slack numbers", repeat("xoxb-1234567890-")});
    in.add(new String[] {"one long token run", "sk-" + repeat("a")});
    in.add(new String[] {"OpenAI marker repeated", repeat("sk-T3BlbkFJ")});
    in.add(new String[] {"Telegram infix", repeat("1234567:AA")});
    in.add(new String[] {"Mailchimp infix", repeat("0123456789abcdef-us")});
    in.add(new String[] {"Azure infix", repeat("abc1Q~")});
    in.add(new String[] {"PEM headers", repeat("-----BEGIN RSA PRIVATE KEY-----")});
    in.add(new String[] {"URL schemes", repeat("postgres://u:p")});
    in.add(new String[] {"URL user without end", "postgres://" + repeat("user")});
    in.add(new String[] {"AWS secret name repeated", repeat("aws_secret_access_key=")});
    in.add(new String[] {"Discord named, dots", "discord " + repeat("MTA.abcdef.")});
    in.add(new String[] {"base64 run", repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo")});
    in.add(new String[] {"key=value, endless value", "password=" + repeat("x")});
    in.add(new String[] {"terraform infix", repeat("abcdefghijklmn.atlasv1.")});
    return in;
  }

  @Test
  void everyNearMatchLineEndsWithoutAFinding() {
    SecretScanner scanner = SecretScanner.withAllDetectors();
    StringBuilder report = new StringBuilder("\nadversarial 1 MB lines (time per line, all detectors)\n");
    long total = 0;
    for (String[] input : inputs()) {
      long start = System.nanoTime();
      List<SecretFinding> found = scanner.scan("adversarial.env", input[1]);
      long ms = (System.nanoTime() - start) / 1_000_000;
      total += ms;
      String row = String.format("  %-32s %6d ms  %d findings", input[0], ms, found.size());
      System.out.println(row);
      report.append(row).append('\n');
      assertThat(found.size()).as(input[0]).isZero();
    }
    report.append(String.format("  %-32s %6d ms%n", "total", total));
    System.out.println(report);
  }
}
