package dev.bulwark.rules.injection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Finding;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixtures pin where findings are; these tests pin how serious each kind of finding is said to be. */
class SeverityGradingTest {

  private static Finding only(Rule rule, String source) {
    List<Finding> findings = FixtureRunner.findings(rule, source);
    assertThat(findings).hasSize(1);
    return findings.get(0);
  }

  private static Severity severity(Rule rule, String source) {
    return only(rule, source).severity();
  }

  @Test
  void constantCodeIsLowAndComputedCodeIsNot() {
    assertThat(severity(new ExecUsedRule(), "exec('x = 1')\n")).isEqualTo(Severity.LOW);
    assertThat(severity(new ExecUsedRule(), "exec(input())\n")).isEqualTo(Severity.MEDIUM);
    assertThat(severity(new EvalUsedRule(), "eval('1 + 1')\n")).isEqualTo(Severity.LOW);
    assertThat(severity(new EvalUsedRule(), "eval(input())\n")).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shellCommandsAreGradedByWhetherTheyAreConstant() {
    assertThat(severity(new StartProcessWithShellRule(), "import os\nos.system('ls')\n")).isEqualTo(Severity.LOW);
    assertThat(severity(new StartProcessWithShellRule(), "import os\nos.system('ls ' + d)\n")).isEqualTo(Severity.HIGH);
    assertThat(severity(new SubprocessGetoutputRule(), "import subprocess\nsubprocess.getoutput('id')\n"))
        .isEqualTo(Severity.LOW);
    assertThat(severity(new OtherFunctionShellTrueRule(), "run('make', shell=True)\n")).isEqualTo(Severity.LOW);
    assertThat(severity(new ParamikoExecCommandRule(), "import paramiko\nc.exec_command('uptime')\n"))
        .isEqualTo(Severity.LOW);
  }

  @Test
  void processStartsWithComputedInputsAreRaised() {
    assertThat(severity(new SubprocessWithoutShellRule(), "import subprocess\nsubprocess.run([a], shell=flag)\n"))
        .isEqualTo(Severity.MEDIUM);
    assertThat(severity(new SubprocessWithoutShellRule(), "import subprocess\nsubprocess.run([a])\n"))
        .isEqualTo(Severity.LOW);
    assertThat(severity(new StartProcessWithoutShellRule(), "import os\nos.execv(p, [p])\n"))
        .isEqualTo(Severity.MEDIUM);
    assertThat(severity(new StartProcessWithoutShellRule(), "import os\nos.execv('/bin/ls', ['ls'])\n"))
        .isEqualTo(Severity.LOW);
  }

  @Test
  void sqlIsSurestWhenItLooksLikeSqlAndReachesAnExecute() {
    assertThat(only(new SqlStringFormattingRule(), "c.execute(f'SELECT * FROM t WHERE a = {x}')\n").confidence())
        .isEqualTo(Confidence.HIGH);
    assertThat(only(new SqlStringFormattingRule(), "q = f'SELECT * FROM t WHERE a = {x}'\n").confidence())
        .isEqualTo(Confidence.MEDIUM);
    assertThat(only(new SqlStringFormattingRule(), "c.execute(f'{x} WHERE a = 1')\n").confidence())
        .isEqualTo(Confidence.MEDIUM);
  }

  @Test
  void formattedTemplateSourcesAreSurerThanOpaqueOnes() {
    Finding built = only(new TemplateInjectionRule(), "import jinja2\njinja2.Template('<p>' + x)\n");
    assertThat(built.severity()).isEqualTo(Severity.HIGH);
    Finding opaque = only(new TemplateInjectionRule(), "import jinja2\njinja2.Template(x)\n");
    assertThat(opaque.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(opaque.confidence()).isEqualTo(Confidence.LOW);
  }
}
