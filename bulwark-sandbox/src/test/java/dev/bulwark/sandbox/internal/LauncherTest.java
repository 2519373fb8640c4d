package dev.bulwark.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.sandbox.SandboxRequest;
import dev.bulwark.sandbox.SandboxResult;
import dev.bulwark.sandbox.SandboxUnavailableException;
import dev.bulwark.sandbox.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

  @TempDir Path dir;

  private Path script(String text) throws Exception {
    Path p = dir.resolve("s.py");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void refusesWithoutBubblewrapAndSaysHowToInstallIt() throws Exception {
    assumeTrue(HostTools.find("python3").isPresent(), "python3 is not installed");
    Launcher.Host none = new Launcher.Host(Optional.empty(), Optional.empty(), SeccompFilter.Arch.X86_64);
    assertThatThrownBy(() -> new Launcher(SandboxRequest.of(script("print(1)")), none).run())
        .isInstanceOf(SandboxUnavailableException.class).hasMessageContaining("apt-get install bubblewrap");
  }

  @Test
  void refusesWithoutUserNamespaces() throws Exception {
    assumeTrue(HostTools.find("python3").isPresent(), "python3 is not installed");
    Launcher.Host noUserns = new Launcher.Host(Optional.of(Path.of("/usr/bin/bwrap")),
        Optional.of("user namespaces are disabled"), SeccompFilter.Arch.X86_64);
    assertThatThrownBy(() -> new Launcher(SandboxRequest.of(script("print(1)")), noUserns).run())
        .isInstanceOf(SandboxUnavailableException.class).hasMessageContaining("user namespaces are disabled");
  }

  @Test
  void weakerModeRunsOnlyWhenAskedAndSaysSo() throws Exception {
    assumeTrue(HostTools.find("python3").isPresent(), "python3 is not installed");
    Launcher.Host none = new Launcher.Host(Optional.empty(), Optional.empty(), SeccompFilter.Arch.X86_64);
    SandboxResult r = new Launcher(SandboxRequest.of(script("import os\nprint('hi', len(os.environ))"))
        .withAllowWeaker(true), none).run();
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(new String(r.stdout())).startsWith("hi");
    assertThat(r.layers()).singleElement().asString().contains("weaker mode").contains("NOT isolated");
  }

  @Test
  void rejectsAMissingScriptAndBadInputNames() throws Exception {
    assertThatThrownBy(() -> new Launcher(SandboxRequest.of(dir.resolve("nope.py"))).run())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a file");
    Path bad = dir.resolve("a b.txt");
    Files.writeString(bad, "x");
    assertThatThrownBy(() -> new Launcher(SandboxRequest.of(script("pass")).withInputs(java.util.List.of(bad))).run())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input file name");
  }
}
