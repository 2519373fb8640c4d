package dev.bulwark.rules.deserialization;

import dev.bulwark.python.ast.Expr;
import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import dev.bulwark.rules.CallRule;
import dev.bulwark.rules.RuleContext;
import dev.bulwark.rules.RuleDoc;
import dev.bulwark.rules.RuleMetadata;
import dev.bulwark.semantic.Signatures;
import java.util.List;

/** An XML-RPC server that lets clients walk dotted attribute paths of the registered object. */
public final class XmlrpcDottedNamesRule extends CallRule {

  private static final String REGISTER_INSTANCE =
      Signatures.known().require("xmlrpc.server.SimpleXMLRPCDispatcher.register_instance").name();

  private static final RuleMetadata METADATA = new RuleMetadata("BW942", "xmlrpc-allow-dotted-names",
      "XML-RPC server instance registered with allow_dotted_names=True", Severity.HIGH, Confidence.HIGH,
      List.of(749), List.of(), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `register_instance(obj, allow_dotted_names=True)` calls, the option of "
              + "`SimpleXMLRPCServer` and the other XML-RPC dispatchers that resolves dotted method names.",
          "With dotted names allowed, a client may call `a.b.c` and the server follows those attributes "
              + "from the registered object. Only names starting with an underscore are refused, so a client "
              + "can reach the object's modules, globals and their functions, well beyond the methods meant "
              + "to be public; the Python documentation warns that this can allow running arbitrary code.",
          "server.register_instance(Api(), allow_dotted_names=True)",
          "server.register_instance(Api())",
          "Leave allow_dotted_names off and expose each method with register_function or a flat instance.",
          "The check matches the method name `register_instance` on any object, since the server's type is "
              + "rarely known; the `allow_dotted_names` keyword makes a mix-up unlikely. Silence one finding "
              + "with `# bulwark: ignore[BW942]`.",
          List.of("https://cwe.mitre.org/data/definitions/749.html",
              "https://docs.python.org/3/library/xmlrpc.server.html")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    // the server object's type is rarely resolvable, so the method name and keyword identify the call
    if (call.func() instanceof Expr.Attribute method && method.attr().equals("register_instance")
        && Constants.isTrue(context.argument(call, REGISTER_INSTANCE, "allow_dotted_names"), context)) {
      context.report(call, "register_instance with allow_dotted_names=True lets XML-RPC clients reach "
          + "objects and functions beyond the intended methods");
    }
  }
}
