package dev.bulwark.rules.taint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.python.ParseResult;
import dev.bulwark.python.PythonParser;
import dev.bulwark.report.Finding;
import dev.bulwark.rules.RuleVerifier;
import dev.bulwark.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class LdapQueryInjectionRuleTest {

  @Test
  void matchesFixture() {
    RuleVerifier.verify(new LdapQueryInjectionRule(), "BW812.py");
  }

  @Test
  void aCallWithAttackerDataInItsFilterAndItsNameIsOneFinding() {
    String text = """
        import ldap
        from flask import Flask, request

        app = Flask(__name__)
        conn = ldap.initialize("ldap://directory")


        @app.route("/team")
        def team():
            t = request.args["team"]
            return str(conn.search_s("ou=%s,dc=example" % t, ldap.SCOPE_SUBTREE, "(team=%s)" % t))
        """;
    ParseResult parsed = PythonParser.parseText(text, "team.py");
    List<Finding> findings = new RuleEngine(List.of(new LdapQueryInjectionRule())).check(parsed, "team.py", "team",
        false);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("rewrites the directory search");
  }
}
