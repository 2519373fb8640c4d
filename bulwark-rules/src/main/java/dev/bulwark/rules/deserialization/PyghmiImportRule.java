package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code pyghmi}, a client for the IPMI server-management protocol. */
public final class PyghmiImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW415", "pyghmi-import",
      "Import of pyghmi", Severity.HIGH, Confidence.HIGH, List.of(319),
      List.of("B415", "S415"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `pyghmi`.",
          "IPMI, which pyghmi speaks, has well-known design flaws: IPMI 2.0 (RAKP) hands a salted "
              + "hash of the user's password to anyone who asks, and many controllers accept weak or null "
              + "ciphers. Whoever reaches the controller can power, reflash or watch the server.",
          "from pyghmi.ipmi import command\nbmc = command.Command(bmc=host, userid=user, password=pw)",
          "# manage the controller through Redfish over HTTPS, e.g. with the sushy library",
          "Use an encrypted management API such as Redfish over HTTPS, and keep IPMI on an isolated "
              + "management network.",
          "Tools that must drive IPMI on an isolated management network have no alternative; "
              + "silence the finding with `# bulwark: ignore[BW415]`. This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://opendev.org/x/pyghmi")));

  public PyghmiImportRule() {
    super(METADATA, List.of("pyghmi"),
        "IPMI is a weak protocol for remote server management; keep it off untrusted networks");
  }
}
