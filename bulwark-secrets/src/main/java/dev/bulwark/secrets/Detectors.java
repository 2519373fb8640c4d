package dev.bulwark.secrets;

import static dev.bulwark.report.Confidence.HIGH;
import static dev.bulwark.report.Confidence.MEDIUM;

import dev.bulwark.report.Confidence;
import dev.bulwark.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The detector table: one row per provider format, each with its id and metadata next to how it is
 * found. Formats are those the providers document (prefixes, lengths, character sets, checksums).
 *
 * <p>Every pattern below is matched by {@link AnchoredFinder}: only at an occurrence of its
 * literal, with {@code lookingAt} over a bounded region, and with possessive quantifiers only
 * ({@code {n,m}+}), so no pattern can backtrack; see that class for the argument.
 */
public final class Detectors {
  private Detectors() {}

  private static final Predicate<String> ANY = s -> true;
  private static final String B62 = "A-Za-z0-9";
  private static final String B64URL = "A-Za-z0-9_-";

  private static final List<Detector> ALL = build();

  /** Every detector, by id. */
  public static List<Detector> all() {
    return ALL;
  }

  private static List<Detector> build() {
    List<Detector> d = new ArrayList<>();
    Severity high = Severity.HIGH;
    Severity critical = Severity.CRITICAL;
    Severity medium = Severity.MEDIUM;

    d.add(prefixed("BW1001", "aws-access-key-id", "AWS access key id", high, HIGH,
        List.of("AKIA", "ASIA", "ABIA", "ACCA"), "(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}+", "A-Z2-7", 20, ANY));
    d.add(new Detector("BW1002", "aws-secret-access-key", "AWS secret access key", critical, HIGH, false,
        new AwsSecretKeyFinder()));
    d.add(prefixed("BW1003", "github-token", "GitHub token", critical, HIGH,
        List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), "gh[pousr]_[A-Za-z0-9]{36}+", B62, 40,
        Checksums::crc32Base62));
    d.add(prefixed("BW1004", "github-fine-grained-token", "GitHub fine-grained personal access token", critical,
        HIGH, List.of("github_pat_"), "github_pat_[A-Za-z0-9]{22}+_[A-Za-z0-9]{59}+", B62 + "_", 93, ANY));
    d.add(prefixed("BW1005", "gitlab-token", "GitLab personal access token", critical, HIGH,
        List.of("glpat-"), "glpat-[A-Za-z0-9_.-]{20,80}+", B64URL + ".", 86, ANY));
    d.add(prefixed("BW1006", "gitlab-runner-token", "GitLab runner authentication token", high, HIGH,
        List.of("glrt-"), "glrt-[A-Za-z0-9_.-]{20,80}+", B64URL + ".", 85, ANY));
    d.add(prefixed("BW1007", "gitlab-trigger-token", "GitLab pipeline trigger token", high, HIGH,
        List.of("glptt-"), "glptt-[0-9a-f]{40}+", "0-9a-f", 46, ANY));
    d.add(prefixed("BW1008", "slack-bot-token", "Slack bot token", high, HIGH,
        List.of("xoxb-"), "xoxb-[0-9]{10,13}+-[0-9]{10,13}+-[A-Za-z0-9]{24}+", B62 + "-", 60, ANY));
    d.add(prefixed("BW1009", "slack-user-token", "Slack user token", high, HIGH,
        List.of("xoxp-"), "xoxp-[0-9]{10,13}+-[0-9]{10,13}+-[0-9]{10,13}+-[a-f0-9]{32}+", B62 + "-", 90, ANY));
    d.add(prefixed("BW1010", "slack-app-token", "Slack app-level token", high, HIGH,
        List.of("xapp-"), "xapp-[0-9]-[A-Z0-9]{9,12}+-[0-9]{10,13}+-[a-f0-9]{64}+", B62 + "-", 100, ANY));
    d.add(prefixed("BW1011", "slack-webhook-url", "Slack incoming webhook URL", high, HIGH,
        List.of("hooks.slack.com/services/"),
        "hooks\\.slack\\.com/services/T[A-Z0-9]{8,12}+/B[A-Z0-9]{8,12}+/[A-Za-z0-9]{24}+", B62, 80, ANY));
    d.add(prefixed("BW1012", "stripe-secret-key", "Stripe live secret or restricted key", critical, HIGH,
        List.of("sk_live_", "rk_live_"), "[sr]k_live_[A-Za-z0-9]{24,247}+", B62, 255, ANY));
    d.add(prefixed("BW1013", "stripe-webhook-secret", "Stripe webhook signing secret", high, HIGH,
        List.of("whsec_"), "whsec_[A-Za-z0-9]{32,64}+", B62, 70, ANY));
    d.add(prefixed("BW1014", "twilio-api-key", "Twilio API key", high, MEDIUM,
        List.of("SK"), "SK[0-9a-f]{32}+", B62, 34, Detectors::mixedHex));
    d.add(prefixed("BW1015", "sendgrid-api-key", "SendGrid API key", high, HIGH,
        List.of("SG."), "SG\\.[A-Za-z0-9_-]{22}+\\.[A-Za-z0-9_-]{43}+", B64URL, 69, ANY));
    d.add(prefixed("BW1016", "google-api-key", "Google API key", high, HIGH,
        List.of("AIza"), "AIza[0-9A-Za-z_-]{35}+", B64URL, 39, ANY));
    d.add(prefixed("BW1017", "google-oauth-client-secret", "Google OAuth client secret", high, HIGH,
        List.of("GOCSPX-"), "GOCSPX-[A-Za-z0-9_-]{28}+", B64URL, 35, ANY));
    d.add(new Detector("BW1018", "gcp-service-account-key", "Google Cloud service-account key id", high, MEDIUM,
        false, new AnchoredFinder(List.of("\"private_key_id\""), null, 0,
            "\"private_key_id\"[ \\t]{0,4}+:[ \\t]{0,4}+\"([a-f0-9]{40}+)\"", 1, CharClass.of("a-f0-9"), 90,
            ANY)));
    d.add(new Detector("BW1019", "azure-storage-account-key", "Azure storage account key", critical, HIGH, false,
        new AnchoredFinder(List.of("AccountKey="), null, 0, "AccountKey=([A-Za-z0-9+/]{86}+==)", 1,
            CharClass.of("A-Za-z0-9+/="), 100, Detectors::randomBase64)));
    d.add(new Detector("BW1020", "azure-shared-access-key", "Azure shared access key in a connection string",
        critical, HIGH, false, new AnchoredFinder(List.of("SharedAccessKey="), null, 0,
            "SharedAccessKey=([A-Za-z0-9+/]{43}+=)", 1, CharClass.of("A-Za-z0-9+/="), 60, Detectors::randomBase64)));
    d.add(new Detector("BW1021", "azure-client-secret", "Azure AD (Entra ID) client secret", critical, HIGH, false,
        new AnchoredFinder(List.of("Q~"), CharClass.of("A-Za-z0-9_~."), 4,
            "[A-Za-z0-9_~.]{3}+[0-9]Q~[A-Za-z0-9_~.-]{31,34}+", 0, CharClass.of("A-Za-z0-9_~.-"), 40, ANY)));
    d.add(prefixed("BW1022", "openai-api-key", "OpenAI API key", critical, HIGH,
        List.of("sk-"), "sk-(?:proj-|svcacct-|admin-)?+[A-Za-z0-9_-]{20,200}+", B64URL, 210,
        s -> s.contains("T3BlbkFJ")));
    d.add(prefixed("BW1023", "anthropic-api-key", "Anthropic API key", critical, HIGH,
        List.of("sk-ant-"), "sk-ant-(?:api|admin)[0-9]{2}+-[A-Za-z0-9_-]{80,120}+", B64URL, 140,
        s -> s.endsWith("AA") && s.length() - s.indexOf('-', 7) - 1 == 95));
    d.add(prefixed("BW1024", "npm-token", "npm access token", critical, HIGH,
        List.of("npm_"), "npm_[A-Za-z0-9]{36}+", B62, 40, Checksums::crc32Base62));
    d.add(prefixed("BW1025", "pypi-token", "PyPI API token", critical, HIGH,
        List.of("pypi-AgE"), "pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,300}+", B64URL, 330,
        ANY));
    d.add(prefixed("BW1026", "heroku-api-key", "Heroku API key", high, HIGH,
        List.of("HRKU-"), "HRKU-[A-Za-z0-9_-]{60}+", B64URL, 65, ANY));
    d.add(prefixed("BW1027", "mailgun-api-key", "Mailgun API key", high, MEDIUM,
        List.of("key-"), "key-[0-9a-f]{32}+", B62, 36, Detectors::mixedHex));
    d.add(prefixed("BW1028", "shopify-token", "Shopify access token or shared secret", high, HIGH,
        List.of("shpat_", "shpca_", "shppa_", "shpss_"), "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}+", B62, 38, ANY));
    d.add(new Detector("BW1029", "discord-bot-token", "Discord bot token", high, MEDIUM, false,
        new InLineFinder(List.of("discord", "Discord", "DISCORD"),
            "[MNO][A-Za-z0-9_-]{23,27}+\\.[A-Za-z0-9_-]{6}+\\.[A-Za-z0-9_-]{27,38}+", B64URL, ANY)));
    d.add(prefixed("BW1030", "discord-webhook-url", "Discord webhook URL", medium, HIGH,
        List.of("discord.com/api/webhooks/", "discordapp.com/api/webhooks/"),
        "discord(?:app)?+\\.com/api/webhooks/[0-9]{17,20}+/[A-Za-z0-9_-]{60,68}+", B64URL, 120, ANY));
    d.add(new Detector("BW1031", "telegram-bot-token", "Telegram bot token", high, HIGH, false,
        new AnchoredFinder(List.of(":AA"), CharClass.of("0-9"), 10, "[0-9]{8,10}+:AA[A-Za-z0-9_-]{33}+", 0,
            CharClass.of(B64URL), 40, ANY)));
    d.add(prefixed("BW1032", "jwt", "JSON Web Token", medium, MEDIUM,
        List.of("eyJ"), "eyJ[A-Za-z0-9_-]{10,4000}+\\.[A-Za-z0-9_-]{2,8000}+\\.[A-Za-z0-9_-]{16,2000}+", B64URL,
        14100, Checksums::jwt));
    d.add(new Detector("BW1033", "private-key", "private key (PEM)", critical, HIGH, false, new PemFinder(false)));
    d.add(new Detector("BW1034", "openssh-private-key", "OpenSSH private key", critical, HIGH, false,
        new PemFinder(true)));
    d.add(new Detector("BW1035", "database-url-password", "password in a database URL", high, HIGH, false,
        new UrlCredentialFinder(true)));
    d.add(new Detector("BW1036", "url-basic-auth", "password in a URL (basic authentication)", high, MEDIUM, false,
        new UrlCredentialFinder(false)));
    d.add(prefixed("BW1037", "digitalocean-token", "DigitalOcean token", high, HIGH,
        List.of("dop_v1_", "doo_v1_", "dor_v1_"), "do[por]_v1_[a-f0-9]{64}+", B62, 71, ANY));
    d.add(prefixed("BW1038", "vault-token", "HashiCorp Vault service token", critical, HIGH,
        List.of("hvs."), "hvs\\.[A-Za-z0-9_-]{90,120}+", B64URL, 124, ANY));
    d.add(new Detector("BW1039", "terraform-cloud-token", "Terraform Cloud API token", high, HIGH, false,
        new AnchoredFinder(List.of(".atlasv1."), CharClass.of(B62), 14,
            "[A-Za-z0-9]{14}+\\.atlasv1\\.[A-Za-z0-9_-]{60,70}+", 0, CharClass.of(B64URL), 80, ANY)));
    d.add(prefixed("BW1040", "databricks-token", "Databricks personal access token", high, HIGH,
        List.of("dapi"), "dapi[a-f0-9]{32}+(?:-[0-9])?+", B62, 38, Detectors::mixedHex));
    d.add(prefixed("BW1041", "doppler-token", "Doppler token", high, HIGH,
        List.of("dp.pt.", "dp.st.", "dp.sa.", "dp.ct."), "dp\\.(?:pt|st|sa|ct)\\.[A-Za-z0-9]{40,44}+", B62, 50,
        ANY));
    d.add(prefixed("BW1042", "linear-api-key", "Linear API key", medium, HIGH,
        List.of("lin_api_"), "lin_api_[A-Za-z0-9]{40}+", B62, 48, ANY));
    d.add(prefixed("BW1043", "postman-api-key", "Postman API key", medium, HIGH,
        List.of("PMAK-"), "PMAK-[a-f0-9]{24}+-[a-f0-9]{34}+", B62, 64, ANY));
    d.add(prefixed("BW1044", "pulumi-token", "Pulumi access token", high, HIGH,
        List.of("pul-"), "pul-[a-f0-9]{40}+", B62, 44, Detectors::mixedHex));
    d.add(prefixed("BW1045", "grafana-service-account-token", "Grafana service account token", high, HIGH,
        List.of("glsa_"), "glsa_[A-Za-z0-9]{32}+_[A-Fa-f0-9]{8}+", B62, 46, ANY));
    d.add(prefixed("BW1046", "huggingface-token", "Hugging Face access token", high, HIGH,
        List.of("hf_"), "hf_[A-Za-z]{34}+", B62, 37, Detectors::mixedCase));
    d.add(prefixed("BW1047", "atlassian-api-token", "Atlassian API token", high, HIGH,
        List.of("ATATT3"), "ATATT3[A-Za-z0-9_=-]{186}+", B64URL + "=", 192, ANY));
    d.add(prefixed("BW1048", "new-relic-user-key", "New Relic user API key", medium, HIGH,
        List.of("NRAK-"), "NRAK-[A-Z0-9]{27}+", B62, 32, ANY));
    d.add(prefixed("BW1049", "square-access-token", "Square access token", high, MEDIUM,
        List.of("EAAA"), "EAAA[A-Za-z0-9_-]{60}+", B64URL, 64, Detectors::mixedCase));
    d.add(prefixed("BW1050", "square-oauth-secret", "Square OAuth secret", high, HIGH,
        List.of("sq0csp-"), "sq0csp-[A-Za-z0-9_-]{43}+", B64URL, 50, ANY));
    d.add(new Detector("BW1051", "mailchimp-api-key", "Mailchimp API key", medium, HIGH, false,
        new AnchoredFinder(List.of("-us"), CharClass.of("0-9a-f"), 32, "[0-9a-f]{32}+-us[0-9]{1,2}+", 0,
            CharClass.of(B62), 8, Detectors::mixedHex)));
    d.add(prefixed("BW1052", "age-secret-key", "age encryption secret key", critical, HIGH,
        List.of("AGE-SECRET-KEY-1"), "AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}+", "A-Z0-9", 74, ANY));
    d.add(prefixed("BW1053", "sentry-user-token", "Sentry user auth token", medium, HIGH,
        List.of("sntryu_"), "sntryu_[a-f0-9]{64}+", B62, 71, ANY));

    d.add(new Detector("BW1090", "hardcoded-password-setting", "password given a literal value in a configuration file",
        medium, MEDIUM, true, new KeyValueFinder(SecretNames.Kind.PASSWORD, false)));
    d.add(new Detector("BW1091", "hardcoded-secret-setting", "secret, token or key given a literal value in a configuration file",
        medium, MEDIUM, true, new KeyValueFinder(SecretNames.Kind.SECRET, false)));
    return List.copyOf(d);
  }

  private static Detector prefixed(String id, String name, String title, Severity severity, Confidence confidence,
      List<String> prefixes, String pattern, String body, int maxLength, Predicate<String> valid) {
    return new Detector(id, name, title, severity, confidence, false,
        AnchoredFinder.prefixed(prefixes, pattern, body, maxLength, valid));
  }

  /** Hex that has both letters and digits: a random 32-digit hex string nearly always does. */
  private static boolean mixedHex(String s) {
    boolean digit = false;
    boolean letter = false;
    for (int i = s.indexOf('-') >= 0 && s.indexOf('-') < 6 ? s.indexOf('-') + 1 : 2; i < s.length(); i++) {
      char c = s.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= c >= 'a' && c <= 'f';
    }
    return digit && letter;
  }

  /** Upper- and lower-case letters both: random tokens have them, identifiers in one case do not. */
  private static boolean mixedCase(String s) {
    return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
        && Entropy.shannon(s) >= 3.5;
  }

  /** Base64 key material rather than encoded text. */
  private static boolean randomBase64(String s) {
    return !Placeholders.isEncodedText(s) && Entropy.shannon(s) >= 4.0;
  }
}
