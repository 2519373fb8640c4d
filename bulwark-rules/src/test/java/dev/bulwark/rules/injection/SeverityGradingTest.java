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

  @Test
  void constantCodeIsLowAndComputedCodeIsNot() {
    assertThat(only(new ExecUsedRule(), "exec('x = 1')\n").severity()).isEqualTo(Severity.LOW);
    assertThat(only(new ExecUsedRule(), "exec(input())\n").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(only(new EvalUsedRule(), "eval('1 + 1')\n").severity()).isEqualTo(Severity.LOW);
    assertThat(only(new EvalUsedRule(), "eval(input())\n").severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void shellCommandsAreGradedByWhetherTheyAreConstant() {
    assertThat(only(new StartProcessWithShellRule(), "import os\nos.system('ls')\n").severity())
        .isEqualTo(Severity.LOW);
    assertThat(only(new StartProcessWithShellRule(), "import os\nos.system('ls ' + d)\n").severity())
        .isEqualTo(Severity.HIGH);
    assertThat(only(new SubprocessGetoutputRule(), "import subprocess\nsubprocess.getoutput('id')\n").severity())
        .isEqualTo(Severity.LOW);
    assertThat(only(new OtherFunctionShellTrueRule(), "run('make', shell=True)\n").severity())
        .isEqualTo(Severity.LOW);
    assertThat(only(new ParamikoExecCommandRule(), "import paramiko\nc.exec_command('uptime')\n").severity())
        .isEqualTo(Severity.LOW);
  }

  @Test
  void processStartsWithComputedInputsAreRaised() {
    assertThat(only(new SubprocessWithoutShellRule(), "import subprocess\nsubprocess.run([a], shell=flag)\n")
        .severity()).isEqualTo(Severity.MEDIUM);
    assertThat(only(new SubprocessWithoutShellRule(), "import subprocess\nsubprocess.run([a])\n").severity())
        .isEqualTo(Severity.LOW);
    assertThat(only(new StartProcessWithoutShellRule(), "import os\nos.execv(p, [p])\n").severity())
        .isEqualTo(Severity.MEDIUM);
    assertThat(only(new StartProcessWithoutShellRule(), "import os\nos.execv('/bin/ls', ['ls'])\n").severity())
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
