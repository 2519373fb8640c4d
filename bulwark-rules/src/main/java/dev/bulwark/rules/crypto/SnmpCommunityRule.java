package dev.bulwark.rules.crypto;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/** pysnmp's {@code CommunityData}: SNMPv1 or SNMPv2c, authenticated by a community string sent in clear. */
public final class SnmpCommunityRule extends CallRule {

  private static final List<String> CLASSES = List.of("CommunityData");
  /** The signature every pysnmp module's CommunityData shares. */
  private static final String COMMUNITY_DATA = Signatures.known().require("pysnmp.hlapi.CommunityData").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW508", "snmp-community-auth",
      "SNMPv1/v2c with a community string (pysnmp CommunityData)", Severity.MEDIUM, Confidence.HIGH,
      List.of(319), List.of("B508", "S508"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds pysnmp `CommunityData(...)` from any of pysnmp's API modules. Bandit and Ruff report it only "
              + "with an explicit `mpModel=0` or `1`; here the default (`mpModel` omitted, which means SNMPv2c) "
              + "is reported too, since every community-based version has the same flaw.",
          "SNMPv1 and v2c have no encryption and authenticate with a community string that travels in clear "
              + "text in every packet. Anyone who sees one request can read the device's data and, with a "
              + "write community, reconfigure it.",
          "from pysnmp.hlapi import CommunityData\nauth = CommunityData(\"public\", mpModel=0)",
          "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\n"
              + "auth = UsmUserData(\"monitor\", auth_key, priv_key,\n"
              + "                   authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)",
          "Use SNMPv3 (UsmUserData) with both authentication and privacy.",
          "Devices that only speak v1/v2c leave no choice; keep them on an isolated management network and "
              + "silence the finding with `# bulwark: ignore[BW508]`.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://docs.lextudio.com/pysnmp/v7.1/docs/api-reference#security-parameters")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return Pysnmp.ROOTS;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (Pysnmp.named(context, call.func(), CLASSES).isEmpty()) {
      return;
    }
    Optional<Expr> model = context.argument(call, COMMUNITY_DATA, "mpModel");
    String version = "SNMPv2c";
    if (model.isPresent()) {
      Optional<Integer> value = Constants.intValue(context.constant(model.get()));
      if (value.isPresent() && value.get() == 0) {
        version = "SNMPv1";
      } else if (value.isEmpty() || value.get() != 1) {
        version = "SNMPv1/v2c";
      }
    }
    context.report(call, version + " sends its community string in clear text and encrypts nothing; use SNMPv3 "
        + "with authentication and privacy");
  }
}
