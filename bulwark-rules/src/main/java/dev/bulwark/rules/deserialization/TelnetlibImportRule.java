package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code telnetlib}, a client for the cleartext Telnet protocol. */
public final class TelnetlibImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW401", "telnetlib-import",
      "Import of telnetlib", Severity.HIGH, Confidence.HIGH, List.of(319),
      List.of("B401", "S401"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `telnetlib`.",
          "Telnet has no encryption and no server authentication: anyone on the network path can "
              + "read the session, passwords included, and can pose as the server or change what is sent. "
              + "The module was deprecated in Python 3.11 and removed in 3.13.",
          "import telnetlib\nsession = telnetlib.Telnet(host)",
          "import paramiko\nclient = paramiko.SSHClient()",
          "Talk to the device over SSH (paramiko, asyncssh) instead of Telnet.",
          "Equipment that only speaks Telnet leaves no choice; keep such links on an isolated "
              + "network and silence the finding with `# bulwark: ignore[BW401]`. This check is in "
              + "preview: it flags the import, not a use.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://peps.python.org/pep-0594/#telnetlib")));

  public TelnetlibImportRule() {
    super(METADATA, List.of("telnetlib"), "Telnet sends everything, passwords included, in cleartext");
  }
}
