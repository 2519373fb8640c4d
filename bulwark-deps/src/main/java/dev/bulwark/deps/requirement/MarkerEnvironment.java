package dev.bulwark.deps.requirement;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values PEP 508 markers are evaluated against: a target Python and platform, plus the
 * requested extras (and, for lock files, dependency groups).
 *
 * <p>Build one for a target with {@link #of(String, String)} ({@code of("3.12", "linux")}), adjust
 * single values with {@link #with(String, String)}, and add extras with {@link #withExtras}. Nothing
 * here reads the running JVM except {@link #current(String)}.
 */
public final class MarkerEnvironment {

  /** The string-valued marker variables every environment defines. */
  public static final Set<String> VARIABLES = Set.of(
      "python_version", "python_full_version", "implementation_version",
      "os_name", "sys_platform", "platform_machine", "platform_system", "platform_release",
      "platform_version", "platform_python_implementation", "implementation_name");

  private final Map<String, String> values;
  /** Requested extras, canonical names; empty means a project-level requirement ({@code extra == ""}). */
  private final Set<String> extras;
  private final Set<String> dependencyGroups;

  private MarkerEnvironment(Map<String, String> values, Set<String> extras, Set<String> dependencyGroups) {
    this.values = Map.copyOf(values);
    this.extras = Set.copyOf(extras);
    this.dependencyGroups = Set.copyOf(dependencyGroups);
  }

  /**
   * An environment for a CPython target.
   *
   * @param pythonVersion {@code "3.12"} or a full {@code "3.12.4"} (a missing micro is taken as 0)
   * @param platform a {@code sys.platform} value: {@code linux}, {@code win32}, {@code darwin},
   *     or another (then only {@code sys_platform} is known and the rest use Linux-like defaults)
   */
  public static MarkerEnvironment of(String pythonVersion, String platform) {
    Objects.requireNonNull(pythonVersion, "pythonVersion");
    Objects.requireNonNull(platform, "platform");
    String[] parts = pythonVersion.strip().split("\\.");
    if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new IllegalArgumentException("python version must look like 3.12 or 3.12.4, got '" + pythonVersion + "'");
    }
    String full = parts.length == 2 ? pythonVersion.strip() + ".0" : pythonVersion.strip();
    Map<String, String> v = new LinkedHashMap<>();
    v.put("python_version", parts[0] + "." + parts[1]);
    v.put("python_full_version", full);
    v.put("implementation_version", full);
    v.put("implementation_name", "cpython");
    v.put("platform_python_implementation", "CPython");
    String sysPlatform = platform.strip().toLowerCase(Locale.ROOT);
    switch (sysPlatform) {
      case "win32":
      case "windows":
        platform(v, "win32", "nt", "Windows", "AMD64", "10", "10.0.19045");
        break;
      case "darwin":
      case "macos":
        platform(v, "darwin", "posix", "Darwin", "arm64", "23.0.0", "Darwin Kernel Version 23.0.0");
        break;
      default:
        platform(v, sysPlatform, "posix", sysPlatform.equals("linux") ? "Linux" : capitalise(sysPlatform),
            "x86_64", "", "");
        break;
    }
    return new MarkerEnvironment(v, Set.of(), Set.of());
  }

  /** Puts one platform's values of the platform-dependent marker variables. */
  private static void platform(Map<String, String> v, String sysPlatform, String osName, String system,
      String machine, String release, String version) {
    v.put("sys_platform", sysPlatform);
    v.put("os_name", osName);
    v.put("platform_system", system);
    v.put("platform_machine", machine);
    v.put("platform_release", release);
    v.put("platform_version", version);
  }

  /**
   * The running platform (from the JVM's {@code os.name}, {@code os.arch}, {@code os.version})
   * with the given target Python version. For the CLI default; tests use {@link #of}.
   */
  public static MarkerEnvironment current(String pythonVersion) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String platform = os.startsWith("windows") ? "win32" : os.startsWith("mac") ? "darwin" : "linux";
    MarkerEnvironment env = of(pythonVersion, platform);
    String arch = System.getProperty("os.arch", "");
    if (!arch.isEmpty()) {
      env = env.with("platform_machine", machineName(arch, platform));
    }
    return env.with("platform_release", System.getProperty("os.version", ""));
  }

  private static String machineName(String jvmArch, String platform) {
    switch (jvmArch) {
      case "amd64":
      case "x86_64":
        return platform.equals("win32") ? "AMD64" : "x86_64";
      case "aarch64":
        return platform.equals("darwin") ? "arm64" : "aarch64";
      default:
        return jvmArch;
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A copy with one variable set.
   *
   * @throws IllegalArgumentException for a name that is not a marker variable (aliases such as
   *     {@code sys.platform} are accepted)
   */
  public MarkerEnvironment with(String variable, String value) {
    String name = Marker.canonicalVariable(variable);
    if (!VARIABLES.contains(name)) {
      throw new IllegalArgumentException("not a marker variable: " + variable);
    }
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(name, Objects.requireNonNull(value, "value"));
    return new MarkerEnvironment(copy, extras, dependencyGroups);
  }

  /** A copy whose requested extras are these (names are normalised). */
  public MarkerEnvironment withExtras(Set<String> requested) {
    return new MarkerEnvironment(values, canonicalAll(requested), dependencyGroups);
  }

  /** A copy whose selected dependency groups are these (lock-file markers; names are normalised). */
  public MarkerEnvironment withDependencyGroups(Set<String> groups) {
    return new MarkerEnvironment(values, extras, canonicalAll(groups));
  }

  private static Set<String> canonicalAll(Set<String> names) {
    return names.stream().map(PackageName::canonical).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The value of a marker variable (see {@link #VARIABLES}). */
  public String value(String variable) {
    String v = values.get(Marker.canonicalVariable(variable));
    if (v == null) {
      throw new IllegalArgumentException("not a marker variable: " + variable);
    }
    return v;
  }

  /** Requested extras, normalised; empty for a project-level requirement. */
  public Set<String> extras() {
    return extras;
  }

  public Set<String> dependencyGroups() {
    return dependencyGroups;
  }

  @Override
  public String toString() {
    return "MarkerEnvironment" + new java.util.TreeMap<>(values) + " extras=" + extras + " groups=" + dependencyGroups;
  }
}
