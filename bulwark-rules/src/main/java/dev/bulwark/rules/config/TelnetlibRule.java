package dev.bulwark.rules.config;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** A Telnet connection, which sends everything, passwords included, in clear text. */
public final class TelnetlibRule extends SingleCallRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW312", "telnetlib-call",
      "telnetlib.Telnet connection sends data in clear text", Severity.HIGH, Confidence.HIGH, List.of(319),
      List.of("B312", "S312"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds calls of `telnetlib.Telnet`, however it is imported.",
          "Telnet has no encryption: logins, passwords and every command and reply cross the network as "
              + "plain text that anyone on the path can read or alter. The `telnetlib` module was removed "
              + "from the standard library in Python 3.13.",
          "tn = telnetlib.Telnet(\"switch01\", 23)\ntn.write(b\"admin\\n\" + password + b\"\\n\")",
          "client = paramiko.SSHClient()\nclient.load_system_host_keys()\n"
              + "client.connect(\"switch01\", username=\"admin\")",
          "Talk to the device over SSH (for example with paramiko or asyncssh) or another encrypted protocol.",
          "Equipment that speaks only Telnet on an isolated management network may leave no choice; "
              + "silence that finding with `# bulwark: ignore[BW312]`.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://docs.python.org/3.12/library/telnetlib.html")));

  /** Flags {@code telnetlib.Telnet} connections. */
  public TelnetlibRule() {
    super(List.of("telnetlib.Telnet"), "Telnet sends credentials and data in clear text: use SSH");
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
