package dev.bulwark.sandbox.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The interpreter the guest runs: its real executable and the installation prefix that must be
 * visible (read-only) inside the sandbox. A shim (pyenv) or a binary outside {@code PREFIX/bin} is
 * asked for its own {@code sys.executable} and {@code sys.base_prefix}.
 *
 * @param executable the real interpreter binary, symlinks resolved
 * @param prefix the installation prefix
 */
public record PythonInstall(Path executable, Path prefix) {

  /** Whether the install lies under {@code /usr}, which the sandbox binds anyway. */
  public boolean underUsr() {
    return prefix.startsWith("/usr") && executable.startsWith("/usr");
  }

  /** Resolves {@code python} (or {@code python3} on PATH when null). */
  public static PythonInstall resolve(Path python) throws IOException {
    Path given = python != null ? python
        : HostTools.find("python3").orElseThrow(() -> new IOException("python3 not found on PATH (use --python)"));
    if (!Files.isExecutable(given)) {
      throw new IOException("not an executable interpreter: " + given);
    }
    Path real = given.toRealPath();
    if (!isScript(real) && real.getParent() != null && real.getParent().getFileName() != null
        && real.getParent().getFileName().toString().equals("bin") && real.getParent().getParent() != null) {
      Path prefix = real.getParent().getParent();
      if (Files.isDirectory(prefix.resolve("lib"))) {
        return new PythonInstall(real, prefix);
      }
    }
    return ask(given);
  }

  private static boolean isScript(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && head[0] == '#' && head[1] == '!';
    }
  }

  private static PythonInstall ask(Path python) throws IOException {
    Process p = new ProcessBuilder(python.toString(), "-I", "-c",
        "import os,sys;print(os.path.realpath(sys.executable));print(os.path.realpath(sys.base_prefix))")
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readNBytes(1 << 16);
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("cannot run " + python + ": " + new String(out, StandardCharsets.UTF_8).strip());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + python + " for its prefix", e);
    }
    List<String> lines = new String(out, StandardCharsets.UTF_8).strip().lines().toList();
    if (lines.size() < 2) {
      throw new IOException("cannot tell where " + python + " is installed");
    }
    return new PythonInstall(Path.of(lines.get(lines.size() - 2)), Path.of(lines.get(lines.size() - 1)));
  }
}
