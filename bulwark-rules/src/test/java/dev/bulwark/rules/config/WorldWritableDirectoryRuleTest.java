package dev.bulwark.rules.config;

import dev.bulwark.rules.RuleVerifier;
import org.junit.jupiter.api.Test;

class WorldWritableDirectoryRuleTest {

  @Test
  void flagsWorldWritableDirectories() {
    RuleVerifier.verify(new WorldWritableDirectoryRule(), "BW967.py");
  }
}
