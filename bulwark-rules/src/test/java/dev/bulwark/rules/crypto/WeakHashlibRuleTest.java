package dev.bulwark.rules.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeakHashlibRuleTest {

  @Test
  void flagsWeakHashlibCalls() {
    RuleVerifier.verify(new WeakHashlibRule(), "BW324.py");
  }

  @Test
  void gradesAlgorithmsThatAreOnlyPossiblyWeakAsMediumConfidence() {
    List<Finding> findings = Fixtures.findings(new WeakHashlibRule(), "BW324.py");
    String[] lines = Fixtures.text("BW324.py").split("\n", -1);
    for (Finding f : findings) {
      String line = lines[f.location().line() - 1];
      boolean maybe = line.contains(" if ") || line.contains("getenv") || line.contains("getattr")
          || line.contains(".get(") || line.contains("configured") || line.contains("chosen");
      assertThat(f.confidence()).as("line %d: %s", f.location().line(), line.strip())
          .isEqualTo(maybe ? Confidence.MEDIUM : Confidence.HIGH);
    }
    assertThat(findings).anySatisfy(f -> assertThat(f.message()).startsWith("the hash algorithm is read from "
        + "configuration and falls back to MD5"));
    assertThat(findings).anySatisfy(f -> assertThat(f.message()).startsWith("the hash algorithm is SHA1, a broken "
        + "hash, on one branch of a conditional"));
  }
}
