package dev.bulwark.rules.config;

import dev.bulwark.rules.Rule;
import java.util.List;

/** The rules of this category, listed by hand and sorted by id; {@code BuiltinRules} joins the categories. */
public final class ConfigurationRules {
  private ConfigurationRules() {}

  public static List<Rule> all() {
    return List.of(
        new AssertUsedRule(),
        new BadFilePermissionsRule(),
        new BindAllInterfacesRule(),
        new HardcodedPasswordStringRule(),
        new HardcodedPasswordFuncArgRule(),
        new HardcodedPasswordDefaultRule(),
        new HardcodedTempDirectoryRule(),
        new TryExceptPassRule(),
        new TryExceptContinueRule(),
        new RequestWithoutTimeoutRule(),
        new FlaskDebugRule(),
        new TarfileUnsafeMembersRule(),
        new MktempRule(),
        new DjangoMarkSafeRule(),
        new UrlopenSchemeRule(),
        new TelnetlibRule(),
        new FtplibRule(),
        new TrojanSourceRule(),
        new Jinja2AutoescapeRule(),
        new MakoTemplateRule(),
        new DjangoMarkSafeFormattedRule(),
        new MarkupNonLiteralRule(),
        new DebuggerRule(),
        new ModelFormAllFieldsRule(),
        new DjangoDebugTrueRule(),
        new AllowedHostsWildcardRule(),
        new HardcodedSecretKeyRule(),
        new CsrfExemptRule(),
        new InsecureCookieRule(),
        new WorldWritableDirectoryRule(),
        new InvisibleCharacterRule(),
        new SecretLoggingRule(),
        new CleartextCredentialsRule());
  }
}
