package dev.bulwark.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void splitsAtSeparatorsDigitsAndCamelHumps() {
    assertThat(Identifiers.words("csrfToken")).containsExactly("csrf", "token");
    assertThat(Identifiers.words("CSRF_TOKEN")).containsExactly("csrf", "token");
    assertThat(Identifiers.words("x-api-token2")).containsExactly("x", "api", "token");
    assertThat(Identifiers.words("HTTPServer")).containsExactly("http", "server");
    assertThat(Identifiers.words("getHTTPResponseCode")).containsExactly("get", "http", "response", "code");
    assertThat(Identifiers.words("__init__")).containsExactly("init");
    assertThat(Identifiers.words("db2password")).containsExactly("db", "password");
    assertThat(Identifiers.words("ÄpfelBaum")).containsExactly("äpfel", "baum");
  }

  @Test
  void plainWordsAndEmptyNames() {
    assertThat(Identifiers.words("password")).containsExactly("password");
    assertThat(Identifiers.words("")).isEmpty();
    assertThat(Identifiers.words("_1")).isEmpty();
    assertThat(Identifiers.head("reset_password_token")).isEqualTo("token");
    assertThat(Identifiers.beforeHead("reset_password_token")).isEqualTo("password");
    assertThat(Identifiers.head("_")).isEmpty();
  }
}
