package dev.bulwark.rules.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.report.FlowStep;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleVerifier;
import dev.bulwark.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new CommandInjectionRule(), "BW801.py");
  }

  @Test
  void findingsCarryThePathAndLocalSourcesAreLowSeverity() {
    String source = """
        import os
        import sys
        from flask import request

        def view():
            host = request.args["host"]
            os.system("ping " + host)

        def cli():
            os.system(sys.argv[1])
        """;
    List<Finding> findings = new RuleEngine(List.of(new CommandInjectionRule()))
        .check(PythonParser.parseText(source, "app.py"), "app.py", "app", false);
    assertThat(findings).hasSize(2);
    Finding remote = findings.get(0);
    assertThat(remote.message()).startsWith("request.args flows to os.system: ");
    assertThat(remote.severity()).isEqualTo(Severity.HIGH);
    assertThat(remote.flow()).extracting(FlowStep::message)
        .containsExactly("request.args read here", "assigned to host", "reaches os.system");
    assertThat(remote.flow()).extracting(s -> s.location().line()).containsExactly(6, 6, 7);
    Finding local = findings.get(1);
    assertThat(local.message()).startsWith("sys.argv flows to os.system: ").contains("the source is local");
    assertThat(local.severity()).isEqualTo(Severity.LOW);
  }
}
