package dev.bulwark.rules.injection;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class ParamikoExecCommandRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new ParamikoExecCommandRule(), "BW601.py");
  }

  @Test
  void silentWithoutParamiko() {
    FixtureRunner.verifyNoFindings(new ParamikoExecCommandRule(), "BW601_no_paramiko.py");
  }
}
