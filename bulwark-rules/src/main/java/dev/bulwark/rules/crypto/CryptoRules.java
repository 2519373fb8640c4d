package dev.bulwark.rules.crypto;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class CryptoRules {
  private CryptoRules() {}

  public static List<Rule> all() {
    return List.of(
        new WeakHashRule(),
        new BrokenCipherRule(),
        new EcbModeRule(),
        new InsecureRandomRule(),
        new UnverifiedContextRule(),
        new WeakHashlibRule(),
        new PycryptoImportRule(),
        new RequestWithoutVerifyRule(),
        new InsecureTlsVersionRule(),
        new InsecureTlsDefaultRule(),
        new WrapSocketWithoutVersionRule(),
        new WeakKeySizeRule(),
        new SshHostKeyPolicyRule(),
        new SnmpCommunityRule(),
        new SnmpWeakSecurityRule(),
        new TimingUnsafeCompareRule(),
        new StaticIvRule(),
        new HardcodedCipherKeyRule(),
        new CbcWithoutMacRule(),
        new SslVerificationOffRule(),
        new Urllib3WarningsDisabledRule(),
        new FastPasswordHashRule(),
        new JwtUnverifiedRule(),
        new SslContextOldProtocolRule());
  }
}
