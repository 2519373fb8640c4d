package dev.bulwark.rules.crypto;

import dev.bulwark.rules.ModuleRoots;
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

/** paramiko told to accept unknown SSH host keys ({@code AutoAddPolicy}, {@code WarningPolicy}). */
public final class SshHostKeyPolicyRule extends CallRule {

  private static final String METHOD = "set_missing_host_key_policy";
  private static final String SIGNATURE = Signatures.known().require("paramiko.SSHClient." + METHOD).name();
  private static final List<String> POLICIES = List.of("paramiko.AutoAddPolicy", "paramiko.client.AutoAddPolicy",
      "paramiko.WarningPolicy", "paramiko.client.WarningPolicy");

  private static final RuleMetadata METADATA = new RuleMetadata("BW507", "ssh-host-key-not-verified",
      "paramiko accepts unknown SSH host keys (AutoAddPolicy or WarningPolicy)", Severity.HIGH, Confidence.HIGH,
      List.of(295, 322), List.of("B507", "S507"), RuleMetadata.Status.STABLE, "0.1", new RuleDoc(
          "Finds `set_missing_host_key_policy(...)` given paramiko's `AutoAddPolicy` or `WarningPolicy`, as "
              + "an instance or as the class.",
          "The host key is how an SSH client knows it reached the right server. Accepting an unknown key "
              + "(and, with AutoAddPolicy, trusting it from then on) lets anyone who can intercept the first "
              + "connection impersonate the server and capture the password or the commands.",
          "import paramiko\nclient = paramiko.SSHClient()\n"
              + "client.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
          "import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\n"
              + "client.set_missing_host_key_policy(paramiko.RejectPolicy())",
          "Load known host keys (load_system_host_keys / load_host_keys) and keep RejectPolicy, the default.",
          "The method is matched by its name, which only paramiko uses in practice. Disposable test hosts may "
              + "justify it; silence the finding with `# bulwark: ignore[BW507]`.",
          List.of("https://cwe.mitre.org/data/definitions/295.html",
              "https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.set_missing_host_key_policy")));

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }

  @Override
  public Set<String> requiredModules() {
    return ModuleRoots.of(POLICIES);
  }

  @Override
  protected void checkCall(Expr.Call call, RuleContext context) {
    if (!(call.func() instanceof Expr.Attribute a) || !a.attr().equals(METHOD)) {
      return;
    }
    Optional<Expr> policy = context.argument(call, SIGNATURE, "policy");
    if (policy.isEmpty()) {
      return;
    }
    Expr p = policy.get() instanceof Expr.Call made ? made.func() : policy.get();
    Optional<String> found = Resolver.which(context, p, POLICIES);
    found.ifPresent(name -> context.report(call, Constants.lastPart(name) + " accepts any host key, so the server "
        + "can be impersonated; load known hosts and keep RejectPolicy"));
  }
}
