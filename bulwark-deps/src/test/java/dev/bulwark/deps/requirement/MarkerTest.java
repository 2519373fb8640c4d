package dev.bulwark.deps.requirement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkerTest {

  private static final MarkerEnvironment LINUX_311 = MarkerEnvironment.of("3.11.9", "linux");
  private static final MarkerEnvironment WIN_310 = MarkerEnvironment.of("3.10", "win32");
  private static final MarkerEnvironment MAC_312 = MarkerEnvironment.of("3.12", "darwin");

  private static boolean eval(String marker, MarkerEnvironment env) {
    return Marker.parse(marker).evaluate(env);
  }

  @ParameterizedTest(name = "{0} on linux/3.11.9 is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      python_version < "3.11"                              | false
      python_version <= "3.11"                             | true
      python_version == "3.11"                             | true
      python_full_version < "3.11.1"                       | false
      python_full_version > "3.11.1"                       | true
      python_full_version >= '3.11.9'                      | true
      python_version > "3.9"                               | true
      python_version >= "3.8" and python_version < "3.12"  | true
      "3.6" < python_version                               | true
      python_version ~= "3.10"                             | true
      python_version == "3.*"                              | true
      python_version != "3.11.*"                           | false
      python_version in "3.10 3.11 3.12"                   | true
      python_version not in "3.10 3.12"                    | true
      sys_platform == "linux"                              | true
      "linux" == sys_platform                              | true
      sys_platform == "Linux"                              | false
      sys_platform != "win32"                              | true
      "lin" in sys_platform                                | true
      "win" not in sys_platform                            | true
      sys_platform >= "linux"                              | true
      sys_platform <= "linux"                              | true
      sys_platform > "a"                                   | false
      sys_platform < "z"                                   | false
      os_name == "posix"                                   | true
      platform_system == "Linux"                           | true
      platform_machine == "x86_64"                         | true
      platform_python_implementation == "CPython"          | true
      implementation_name == "cpython"                     | true
      sys.platform == "linux"                              | true
      os.name == "posix"                                   | true
      os_name == "nt" or sys_platform == "linux"           | true
      os_name == "nt" and sys_platform == "linux"          | false
      os_name == "nt" and sys_platform == "win32" or python_version >= "3" | true
      os_name == "nt" and (sys_platform == "win32" or python_version >= "3") | false
      (((python_version >= "3")))                          | true
      extra == "test"                                      | false
      extra == ""                                          | true
      extra != "test"                                      | true
      implementation_version >= "3.11"                     | true
      """)
  void evaluatesOnLinux(String marker, boolean expected) {
    assertThat(eval(marker, LINUX_311)).isEqualTo(expected);
  }

  @Test
  void targetPlatformsDiffer() {
    String marker = "sys_platform == 'win32' and python_version < '3.11'";
    assertThat(eval(marker, WIN_310)).isTrue();
    assertThat(eval(marker, LINUX_311)).isFalse();
    assertThat(eval("os_name == 'nt'", WIN_310)).isTrue();
    assertThat(eval("platform_system == 'Windows'", WIN_310)).isTrue();
    assertThat(eval("sys_platform == 'darwin' and platform_system == 'Darwin'", MAC_312)).isTrue();
    assertThat(WIN_310.value("python_full_version")).isEqualTo("3.10.0");
    assertThat(MAC_312.value("python_version")).isEqualTo("3.12");
  }

  @Test
  void versionComparisonNotStringComparison() {
    // as strings "3.10" < "3.9"; as versions it is greater
    assertThat(eval("python_version > '3.9'", WIN_310)).isTrue();
    assertThat(eval("python_version < '3.9'", WIN_310)).isFalse();
  }

  @Test
  void unparseableVersionsFallBackToStringComparison() {
    MarkerEnvironment env = LINUX_311.with("platform_release", "5.15.0-91-generic");
    assertThat(eval("platform_release == '5.15.0-91-generic'", env)).isTrue();
    assertThat(eval("platform_release > '5'", env)).isTrue();
    assertThat(eval("'generic' in platform_release", env)).isTrue();
    MarkerEnvironment numeric = LINUX_311.with("platform_release", "6.1");
    assertThat(eval("platform_release >= '5.15'", numeric)).isTrue(); // as text "6.1" > "5.15" too
    assertThat(eval("platform_release >= '6.01'", numeric)).isTrue(); // only as versions
  }

  @Test
  void extrasAreNormalised() {
    MarkerEnvironment env = LINUX_311.withExtras(Set.of("Socks_Proxy", "test"));
    assertThat(eval("extra == 'socks-proxy'", env)).isTrue();
    assertThat(eval("extra == 'SOCKS.proxy'", env)).isTrue();
    assertThat(eval("extra == 'docs'", env)).isFalse();
    assertThat(eval("extra != 'docs'", env)).isTrue();
    assertThat(eval("extra != 'test'", env)).isFalse();
    assertThat(eval("'Test' == extra", env)).isTrue();
  }

  @Test
  void lockFileNameSets() {
    MarkerEnvironment env = LINUX_311.withDependencyGroups(Set.of("Dev")).withExtras(Set.of("cli"));
    assertThat(eval("'dev' in dependency_groups", env)).isTrue();
    assertThat(eval("'docs' in dependency_groups", env)).isFalse();
    assertThat(eval("'docs' not in dependency_groups", env)).isTrue();
    assertThat(eval("'cli' in extras", env)).isTrue();
  }

  @Test
  void prereleasePythonStillCompares() {
    MarkerEnvironment rc = LINUX_311.with("python_full_version", "3.13.0rc1");
    assertThat(eval("python_full_version >= '3.13.0rc1'", rc)).isTrue();
    assertThat(eval("python_full_version >= '3.12'", rc)).isTrue();
    // the exclusive rule still holds: <3.13 admits no pre-release of 3.13 itself
    assertThat(eval("python_full_version < '3.13'", rc)).isFalse();
  }

  @Test
  void pythonVersionIsMajorMinorOnly() {
    MarkerEnvironment first = MarkerEnvironment.of("3.11.0", "linux");
    assertThat(eval("python_version < '3.11'", first)).isFalse();
    assertThat(eval("python_full_version < '3.11.1'", first)).isTrue();
    assertThat(first.value("python_version")).isEqualTo("3.11");
  }

  @Test
  void renderingAndVariables() {
    Marker m = Marker.parse("os_name=='nt' and (sys.platform=='win32' or python_version<'3')");
    assertThat(m.toString()).isEqualTo("os_name == \"nt\" and (sys_platform == \"win32\" or python_version < \"3\")");
    assertThat(m.variables()).containsExactly("os_name", "python_version", "sys_platform");
    assertThat(m.text()).startsWith("os_name=='nt'");
    assertThat(Marker.parse(m.toString())).isEqualTo(m);
    assertThat(Marker.parse("a_b == 'x\"y'".replace("a_b", "os_name")).toString()).isEqualTo("os_name == 'x\"y'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ''                                         | empty marker                       | 0
      'foo == "1"'                               | unknown marker variable 'foo'      | 0
      'python_version'                           | expected a comparison operator     | 14
      'python_version <'                         | expected a marker variable         | 16
      'python_version < "3'                      | unterminated string                | 17
      '"3.6" < python_version < "3.9"'           | chained comparisons                | 23
      '(python_version < "3"'                    | expected ')'                       | 21
      'python_version < "3")'                    | unmatched ')'                      | 20
      'python_version < "3" xor os_name == "nt"' | expected 'and', 'or'               | 21
      'python_version = "3"'                     | expected a comparison operator     | 15
      'python_version < "3" and'                 | expected a marker variable         | 24
      """)
  void syntaxErrors(String text, String problem, int position) {
    assertThatThrownBy(() -> Marker.parse(text))
        .isInstanceOf(RequirementSyntaxException.class)
        .hasMessageStartingWith("invalid marker '" + text + "': ")
        .hasMessageContaining(problem)
        .hasMessageEndingWith("at position " + position);
  }

  @Test
  void deepNestingIsASyntaxErrorNotACrash() {
    String deep = "(".repeat(100_000) + "os_name == 'nt'" + ")".repeat(100_000);
    assertThatThrownBy(() -> Marker.parse(deep)).isInstanceOf(RequirementSyntaxException.class).hasMessageContaining("nested");
    String ok = "(".repeat(64) + "os_name == 'nt'" + ")".repeat(64);
    assertThat(eval(ok, WIN_310)).isTrue();
  }

  @Test
  void environmentRejectsUnknownVariablesAndBadPythonVersions() {
    assertThatThrownBy(() -> LINUX_311.with("nonsense", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MarkerEnvironment.of("3", "linux")).isInstanceOf(IllegalArgumentException.class);
    assertThat(LINUX_311.with("sys.platform", "cygwin").value("sys_platform")).isEqualTo("cygwin");
  }
}
