package dev.bulwark.rules.deserialization;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import java.util.List;

/** Importing {@code xmlrpc} (or its Python 2 names), which parses XML from the other side of a connection. */
public final class XmlrpcImportRule extends ModuleImportRule {

  private static final RuleMetadata METADATA = new RuleMetadata("BW411", "xmlrpc-import",
      "Import of xmlrpc", Severity.HIGH, Confidence.HIGH, List.of(776, 20),
      List.of("B411", "S411"), RuleMetadata.Status.PREVIEW, "0.1", new RuleDoc(
          "Finds imports of `xmlrpc`, `xmlrpc.client`, `xmlrpc.server` and the Python 2 modules "
              + "`xmlrpclib`, `SimpleXMLRPCServer` and `DocXMLRPCServer`.",
          "Both the client and the server parse XML written by the other end with the standard "
              + "expat parser: declared entities are expanded (\"billion laughs\") and gzip-compressed "
              + "bodies are inflated without a cap, so one small message can exhaust memory.",
          "from xmlrpc.server import SimpleXMLRPCServer\nserver = SimpleXMLRPCServer((\"0.0.0.0\", 8000))",
          "from defusedxml.xmlrpc import monkey_patch\nmonkey_patch()\nfrom xmlrpc.server import SimpleXMLRPCServer",
          "Call defusedxml.xmlrpc.monkey_patch() at start-up, or move to a protocol such as JSON "
              + "over HTTPS.",
          "This check looks at the import only, so it still reports a module that applies "
              + "defusedxml's monkey patch first; silence such a finding with `# bulwark: ignore[BW411]`. "
              + "This check is in preview.",
          List.of("https://cwe.mitre.org/data/definitions/776.html",
              "https://docs.python.org/3/library/xmlrpc.html")));

  public XmlrpcImportRule() {
    super(METADATA, List.of("xmlrpc", "xmlrpclib", "SimpleXMLRPCServer", "DocXMLRPCServer"),
        "XML-RPC parses XML sent by the peer without entity or decompression limits; call "
            + "defusedxml.xmlrpc.monkey_patch()");
  }
}
