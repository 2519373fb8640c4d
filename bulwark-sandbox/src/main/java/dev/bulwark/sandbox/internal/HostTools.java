package dev.bulwark.sandbox.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the host offers: executables on PATH, the effective uid, whether user namespaces may be made. */
public final class HostTools {

  private HostTools() {}

  /** An executable found on PATH, then in /usr/bin, /bin, /usr/sbin, /sbin. */
  public static Optional<Path> find(String name) {
    List<String> dirs = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(List.of(path.split(":")));
    }
    dirs.addAll(List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin"));
    for (String dir : dirs) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate.toAbsolutePath());
      }
    }
    return Optional.empty();
  }

  /** The effective uid of this process, read from /proc (-1 when unknown). */
  public static int effectiveUid() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
        if (line.startsWith("Uid:")) {
          return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Why an unprivileged process cannot create a user namespace here, or empty when it can as far as
   * the kernel's switches tell (bubblewrap itself has the last word when it starts).
   */
  public static Optional<String> userNamespaceProblem() {
    if (!Files.exists(Path.of("/proc/self/ns/user"))) {
      return Optional.of("the kernel has no user namespaces (CONFIG_USER_NS)");
    }
    if (readInt(Path.of("/proc/sys/user/max_user_namespaces")) == 0) {
      return Optional.of("user namespaces are disabled (sysctl user.max_user_namespaces = 0)");
    }
    if (readInt(Path.of("/proc/sys/kernel/unprivileged_userns_clone")) == 0) {
      return Optional.of("unprivileged user namespaces are disabled (sysctl kernel.unprivileged_userns_clone = 0)");
    }
    if (readInt(Path.of("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")) == 1) {
      return Optional.of("AppArmor restricts unprivileged user namespaces "
          + "(sysctl kernel.apparmor_restrict_unprivileged_userns = 1)");
    }
    return Optional.empty();
  }

  private static int readInt(Path file) {
    try {
      return Integer.parseInt(Files.readString(file).trim());
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
