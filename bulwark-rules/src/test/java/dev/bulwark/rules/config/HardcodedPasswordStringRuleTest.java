package dev.bulwark.rules.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.rules.RuleVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardcodedPasswordStringRuleTest {

  @Test
  void flagsLiteralStrings() {
    RuleVerifier.verify(new HardcodedPasswordStringRule(), "BW105.py");
  }

  @Test
  void judgesNamesByTheirLastWord() {
    for (String name : List.of("password", "DB_PASSWORD", "dbPassword", "userPass", "api_key", "APIKey",
        "client_secret", "reset_password_token", "authtoken", "password_value", "pwd", "passphrase", "password2")) {
      assertThat(SecretNames.isSecretName(name)).as(name).isTrue();
    }
    for (String name : List.of("password_length", "token_url", "secret_name", "password_hash", "bypass", "tokens",
        "tokenizer", "key", "primary_key", "passenger", "compass", "PASSWORD_RESET_TIMEOUT", "hashed_password",
        "has_password", "is_token")) {
      assertThat(SecretNames.isSecretName(name)).as(name).isFalse();
    }
  }

  @Test
  void recognisesPlaceholders() {
    for (String value : List.of("", "  ", "***", "xxxx", "<password>", "${DB_PASSWORD}", "$TOKEN", "{{ secret }}",
        "%(password)s", "changeme", "CHANGEME", "your-api-key-here", "DB_PASSWORD", "password", "Password:",
        "Enter your password", "/run/secrets/db", "https://vault/x", "api_key")) {
      assertThat(SecretValues.isPlaceholder(value, "password")).as(value).isTrue();
    }
    for (String value : List.of("hunter2", "s3cr3t", "mypassword", "Winter2024!", "ADMIN_2020", "sk_live_abc")) {
      assertThat(SecretValues.isPlaceholder(value, "password")).as(value).isFalse();
    }
  }

  @Test
  void wantsMachineSecretsToLookGenerated() {
    assertThat(SecretValues.isPlausibleSecret("ghp_abcdef0123456789", "github_token")).isTrue();
    assertThat(SecretValues.isPlausibleSecret("next_marker", "input_token")).isFalse();
    assertThat(SecretValues.isPlausibleSecret("0", "next_token")).isFalse();
    assertThat(SecretValues.isPlausibleSecret("Not a token", "trio_token")).isFalse();
    assertThat(SecretValues.isPlausibleSecret("admin", "password")).isTrue();
    assertThat(SecretValues.isPlausibleSecret("Incorrect", "INCORRECT_PASSWD")).isFalse();
    assertThat(SecretValues.isPlausibleSecret(":****", "password")).isFalse();
  }

  @Test
  void asksTokensToSayWhatTheyOpen() {
    for (String name : List.of("access_token", "api_token", "csrfToken", "token", "GITHUB_TOKEN", "password")) {
      assertThat(SecretNames.isCredentialName(name)).as(name).isTrue();
    }
    for (String name : List.of("next_token", "acquire_token", "_starting_token", "page_token", "token_type")) {
      assertThat(SecretNames.isCredentialName(name)).as(name).isFalse();
    }
  }
}
