package dev.bulwark.rules.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.RuleVerifier;
import dev.bulwark.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialExecutablePathRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new PartialExecutablePathRule(), "BW607.py");
  }

  @Test
  void namesTheProgramInsideALoopNotTheReservedWord() {
    String code = "import os\nos.system(\"for i in 1 2; do echo $i; sleep 1; done\")\n";
    List<Finding> findings = new RuleEngine(List.of(new PartialExecutablePathRule()))
        .check(PythonParser.parseText(code, "loop.py"), "loop.py", null, false);
    assertThat(findings).extracting(Finding::message)
        .containsExactly("program 'sleep' is named without a path: it is looked up in PATH");
  }
}
