package dev.bulwark.rules.crypto;

import java.util.Set;
import dev.bulwark.python.ast.Expr;
import dev.bulwark.python.ast.PyConstant;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.BoundArguments;
import dev.bulwark.semantic.CallArguments;
import dev.bulwark.semantic.Signatures;
import java.util.List;
import java.util.Optional;

/**
 * pysnmp's {@code UsmUserData} (SNMPv3) without authentication or without privacy, or with the
 * MD5/DES protocols, which pysnmp picks when none are named.
 */
public final class SnmpWeakSecurityRule extends CallRule {

  private static final List<String> CLASSES = List.of("UsmUserData");
  /** The signature every pysnmp module's UsmUserData shares. */
  private static final String USM_USER_DATA = Signatures.known().require("pysnmp.hlapi.UsmUserData").name();
  private static final List<String> NO_AUTH = List.of("usmNoAuthProtocol", "USM_AUTH_NONE");
  private static final List<String> NO_PRIV = List.of("usmNoPrivProtocol", "USM_PRIV_NONE");
  private static final List<String> WEAK_AUTH = List.of("usmHMACMD5AuthProtocol", "USM_AUTH_HMAC96_MD5");
  private static final List<String> WEAK_PRIV = List.of("usmDESPrivProtocol", "USM_PRIV_CBC56_DES",
      "usm3DESEDEPrivProtocol", "USM_PRIV_CBC168_3DES");

  private static final RuleMetadata METADATA = new RuleMetadata("BW509", "snmpv3-weak-security",
      "SNMPv3 user without authentication or privacy, or with MD5/DES", Severity.MEDIUM, Confidence.HIGH,
      List.of(319, 327), List.of("B509", "S509"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds pysnmp `UsmUserData(...)` with no `authKey` (noAuthNoPriv), with no `privKey` (authNoPriv), "
              + "or with `usmNoAuthProtocol`/`usmNoPrivProtocol` named; and, as a lesser finding, SNMPv3 users "
              + "whose protocols are HMAC-MD5, DES or 3DES, named or left to pysnmp, which falls back to "
              + "HMAC-MD5 and DES when a key comes without its protocol.",
          "Without privacy, SNMPv3 sends every value in clear text; without authentication, anyone can forge "
              + "requests. DES (56-bit keys) can be brute-forced and HMAC-MD5 is deprecated, so even an "
              + "authPriv user on the defaults is poorly protected.",
          "from pysnmp.hlapi import UsmUserData\nuser = UsmUserData(\"monitor\", auth_key)",
          "from pysnmp.hlapi import UsmUserData, usmHMAC192SHA256AuthProtocol, usmAesCfb128Protocol\n"
              + "user = UsmUserData(\"monitor\", auth_key, priv_key,\n"
              + "                   authProtocol=usmHMAC192SHA256AuthProtocol, privProtocol=usmAesCfb128Protocol)",
          "Give both authKey and privKey, and name a SHA-2 authentication protocol and an AES privacy protocol.",
          "Keys passed through `**kwargs` cannot be seen, so such calls are skipped. A device that supports "
              + "nothing better may force MD5/DES; silence that finding with `# bulwark: ignore[BW509]`.",
          List.of("https://cwe.mitre.org/data/definitions/319.html",
              "https://datatracker.ietf.org/doc/html/rfc3414",
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
    if (Pysnmp.named(context, call.func(), CLASSES).isEmpty() || CallArguments.hasKeywordUnpacking(call)) {
      return;
    }
    BoundArguments arguments = context.arguments(call, USM_USER_DATA);
    if (arguments.isError()) {
      return;
    }
    Optional<Expr> authKey = arguments.argument("authKey");
    Optional<Expr> privKey = arguments.argument("privKey");
    Optional<Expr> authProtocol = arguments.argument("authProtocol");
    Optional<Expr> privProtocol = arguments.argument("privProtocol");
    if (absent(authKey, context) || names(authProtocol, NO_AUTH, context)) {
      context.report(call, "SNMPv3 user without authentication or privacy (noAuthNoPriv): requests can be forged "
          + "and read; give authKey and privKey");
    } else if (absent(privKey, context) || names(privProtocol, NO_PRIV, context)) {
      context.report(call, "SNMPv3 user without privacy (authNoPriv): all values travel in clear text; give a "
          + "privKey with an AES privProtocol");
    } else if (names(authProtocol, WEAK_AUTH, context) || names(privProtocol, WEAK_PRIV, context)) {
      context.report(call, "SNMPv3 user with HMAC-MD5 or DES/3DES; use a SHA-2 authProtocol and an AES "
          + "privProtocol");
    } else if (authProtocol.isEmpty() || privProtocol.isEmpty()) {
      context.report(call, "SNMPv3 user without named protocols: pysnmp then uses HMAC-MD5 and DES; name a "
          + "SHA-2 authProtocol and an AES privProtocol", Severity.LOW, Confidence.MEDIUM);
    }
  }

  /** A key left out or given as None. */
  private static boolean absent(Optional<Expr> key, RuleContext context) {
    return key.isEmpty() || context.constant(key.get()).filter(c -> c instanceof PyConstant.PyNone).isPresent();
  }

  private static boolean names(Optional<Expr> protocol, List<String> names, RuleContext context) {
    return protocol.isPresent() && Pysnmp.named(context, protocol.get(), names).isPresent();
  }
}
