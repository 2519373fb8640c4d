package dev.bulwark.deps.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.deps.version.Version;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequirementTest {

  private static final MarkerEnvironment LINUX_38 = MarkerEnvironment.of("3.8", "linux");

  @Test
  void canonicalNames() {
    assertThat(PackageName.canonical("Foo_Bar.baz")).isEqualTo("foo-bar-baz");
    assertThat(PackageName.canonical("Flask_Caching")).isEqualTo("flask-caching");
    assertThat(PackageName.canonical("flask.caching")).isEqualTo("flask-caching");
    assertThat(PackageName.canonical("FLASK-caching")).isEqualTo("flask-caching");
    assertThat(PackageName.canonical("oslo.middleware")).isEqualTo("oslo-middleware");
    assertThat(PackageName.canonical("a__-._b")).isEqualTo("a-b");
    assertThat(PackageName.same("jw.util", "JW_Util")).isTrue();
    assertThat(PackageName.isValid("jw.util")).isTrue();
    assertThat(PackageName.isValid("-abc")).isFalse();
    assertThat(PackageName.isValid("abc.")).isFalse();
    assertThat(PackageName.isValid("a b")).isFalse();
  }

  @Test
  void fullRequirement() {
    Requirement r = Requirement.parse("Requests[Socks, security] >=2.8.1, ==2.8.* ; python_version < \"2.7\"");
    assertThat(r.name()).isEqualTo("Requests");
    assertThat(r.canonicalName()).isEqualTo("requests");
    assertThat(r.extras()).containsExactly("Socks", "security");
    assertThat(r.canonicalExtras()).containsExactly("socks", "security");
    assertThat(r.specifierText()).isEqualTo(">=2.8.1, ==2.8.*");
    assertThat(r.specifier().contains(Version.parse("2.8.5"))).isTrue();
    assertThat(r.specifier().contains(Version.parse("2.9"))).isFalse();
    assertThat(r.url()).isEmpty();
    assertThat(r.marker()).isPresent();
    assertThat(r.marker().get().toString()).isEqualTo("python_version < \"2.7\"");
    assertThat(r.appliesTo(LINUX_38)).isFalse();
    assertThat(r.pinnedVersion()).isEmpty();
    assertThat(r.toString()).isEqualTo("Requests[Socks,security]>=2.8.1,==2.8.*; python_version < \"2.7\"");
  }

  @Test
  void bareNameAndPins() {
    Requirement bare = Requirement.parse("flask");
    assertThat(bare.specifier().isEmpty()).isTrue();
    assertThat(bare.specifierText()).isEmpty();
    assertThat(bare.extras()).isEmpty();
    assertThat(bare.marker()).isEmpty();
    assertThat(bare.appliesTo(LINUX_38)).isTrue();
    assertThat(Requirement.parse("django==4.2.1").pinnedVersion()).contains("4.2.1");
    assertThat(Requirement.parse("legacy===0.1-bulbasaur").pinnedVersion()).contains("0.1-bulbasaur");
    assertThat(Requirement.parse("django==4.2.*").pinnedVersion()).isEmpty();
    assertThat(Requirement.parse("django>=4.2").pinnedVersion()).isEmpty();
    assertThat(Requirement.parse("name (>=1.0, <2)").specifierText()).isEqualTo(">=1.0, <2");
    assertThat(Requirement.parse("name[] == 1.0").extras()).isEmpty();
  }

  @Test
  void urlRequirements() {
    Requirement r = Requirement.parse("pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee ; python_version >= \"3\"");
    assertThat(r.name()).isEqualTo("pip");
    assertThat(r.url()).contains("https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee");
    assertThat(r.marker().map(Marker::toString)).contains("python_version >= \"3\"");
    assertThat(r.pinnedVersion()).isEmpty();
    // without whitespace the ';' belongs to the URL
    Requirement glued = Requirement.parse("pkg @ https://x/y.whl;python_version<\"3.9\"");
    assertThat(glued.url()).contains("https://x/y.whl;python_version<\"3.9\"");
    assertThat(glued.marker()).isEmpty();
    assertThat(Requirement.parse("pkg[extra]@ file:///tmp/pkg").url()).contains("file:///tmp/pkg");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                           | empty requirement                    | 0
      '==1.0'                      | expected a project name              | 0
      'foo-'                       | must end with a letter or digit      | 3
      'foo[bar'                    | expected ',' or ']'                  | 7
      'foo[bar,]'                  | expected an extra name               | 8
      'foo bar'                    | expected a version specifier         | 4
      'foo >=1.0 <2'               | bad version '1.0 <2': unexpected ' ' | 9
      'foo==1.0-'                  | bad version                          | 8
      'foo @'                      | expected a URL                       | 5
      'foo @ http://x y'           | expected ';' or the end              | 15
      'foo==1; python_version'     | expected a comparison operator       | 22
      'foo==1; bogus == \"1\"'     | unknown marker variable 'bogus'      | 8
      'foo==1;'                    | empty marker                         | 7
      'foo (>=1'                   | unclosed '('                         | 4
      'foo==1.0+x.*'               | wildcard                             | 10
      """)
  void badInputIsReportedWithPosition(String text, String problem, int position) {
    assertThatThrownBy(() -> Requirement.parse(text))
        .isInstanceOf(RequirementSyntaxException.class)
        .hasMessageStartingWith("invalid requirement '" + text + "': ")
        .hasMessageContaining(problem)
        .hasMessageEndingWith("at position " + position);
    assertThat(Requirement.tryParse(text)).isEmpty();
  }
}
