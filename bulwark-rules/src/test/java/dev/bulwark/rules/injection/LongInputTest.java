package dev.bulwark.rules.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Strings built from very many pieces must be read in bounded time and reported once. */
class LongInputTest {

  private static String chain(String start, int pieces) {
    StringBuilder sb = new StringBuilder("q = \"" + start + "\"");
    for (int i = 0; i < pieces; i++) {
      sb.append(" + v").append(i).append(" + \" AND c").append(i).append(" = \"");
    }
    return sb.append('\n').toString();
  }

  @Test
  void longSqlConcatenationIsReportedOnce() {
    String source = chain("SELECT * FROM t WHERE 1 = 1", 400);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThat(FixtureRunner.findings(new SqlStringFormattingRule(), source)).hasSize(1));
  }

  /** Each name doubles the one before; reading through all of them would take 2^60 steps. */
  @Test
  void namesBuiltFromNamesStayCheap() {
    StringBuilder sb = new StringBuilder("from lxml import etree\nn0 = f\"//a[@x='{x}']\"\n");
    for (int i = 1; i < 60; i++) {
      sb.append("n").append(i).append(" = n").append(i - 1).append(" + n").append(i - 1).append('\n');
    }
    sb.append("root.xpath(n59)\n");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThat(FixtureRunner.findings(new XPathInjectionRule(), sb.toString())).hasSizeLessThanOrEqualTo(1));
  }
}
