package dev.bulwark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {

  @Test
  void listsEveryRuleOnItsOwnLine() {
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "rules");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("BW602  subprocess-shell-true").contains("CWE-78").contains("B602,S602");
  }

  @Test
  void explainsARuleByAnyOfItsNames() {
    for (String code : new String[] {"BW602", "subprocess-shell-true", "B602", "s602"}) {
      Cli.Result r = Cli.run(ParserFunction.PYTHON, "rules", "explain", code);
      assertThat(r.exitCode()).as(code).isZero();
      assertThat(r.out()).contains("### BW602: subprocess-shell-true").contains("#### Why is this bad?")
          .contains("#### Use instead");
    }
  }

  @Test
  void secretDetectorsAreListedAndExplainedToo() {
    assertThat(Cli.run(ParserFunction.PYTHON, "rules").out()).contains("BW1003 github-token").contains("CWE-798");
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "rules", "explain", "github-token");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("### BW1003: github-token").contains("#### Use instead");
  }

  @Test
  void unknownRuleIsAUsageError() {
    Cli.Result r = Cli.run(ParserFunction.PYTHON, "rules", "explain", "BW000");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no rule is called 'BW000'");
  }
}
