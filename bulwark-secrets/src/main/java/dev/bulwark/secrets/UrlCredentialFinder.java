package dev.bulwark.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A password in a URL's user information: {@code postgres://app:s3cret@db/prod},
 * {@code https://user:pass@host/}. Finds {@code ://}, walks back over the scheme and forward over
 * {@code user:password@host}, each step a bounded character loop.
 */
final class UrlCredentialFinder implements Finder {
  static final Set<String> DATABASE_SCHEMES = Set.of("postgres", "postgresql", "mysql", "mariadb", "mongodb",
      "mongodb+srv", "redis", "rediss", "amqp", "amqps", "mssql", "sqlserver", "oracle", "cockroachdb", "clickhouse",
      "neo4j", "couchdb", "cassandra", "memcached", "postgresql+psycopg2", "postgresql+asyncpg", "mysql+pymysql",
      "mysql+mysqldb", "mssql+pyodbc", "oracle+cx_oracle", "snowflake", "jdbc:postgresql", "jdbc:mysql");
  private static final CharClass SCHEME = CharClass.of("A-Za-z0-9+.:_-");
  private static final CharClass NOT_USER = CharClass.of("/:@ \t\"'<>`\\{}?#");
  private static final CharClass NOT_PASSWORD = CharClass.of("/@ \t\"'<>`\\?#");
  private static final int MAX_SCHEME = 24;
  private static final int MAX_USER = 128;
  private static final int MAX_PASSWORD = 256;

  private final boolean databases;

  /** @param databases find database URLs, or else the other URLs (HTTP, FTP, ...) */
  UrlCredentialFinder(boolean databases) {
    this.databases = databases;
  }

  @Override
  public List<String> triggers() {
    return List.of("://");
  }

  @Override
  public void find(List<String> lines, int index, Consumer<Hit> out) {
    String s = lines.get(index);
    int at = s.indexOf("://");
    while (at >= 0) {
      int start = at;
      while (start > 0 && at - start < MAX_SCHEME && SCHEME.has(s.charAt(start - 1))) {
        start--;
      }
      String scheme = s.substring(start, at).toLowerCase(Locale.ROOT);
      boolean database = DATABASE_SCHEMES.contains(scheme);
      if (!scheme.isEmpty() && database == databases) {
        Hit hit = credentials(s, index, at + 3);
        if (hit != null) {
          out.accept(hit);
        }
      }
      at = s.indexOf("://", at + 3);
    }
  }

  private static Hit credentials(String s, int index, int from) {
    int i = from;
    while (i < s.length() && i - from < MAX_USER && !NOT_USER.has(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) != ':') {
      return null;
    }
    int passStart = i + 1;
    int j = passStart;
    while (j < s.length() && j - passStart < MAX_PASSWORD && !NOT_PASSWORD.has(s.charAt(j))) {
      j++;
    }
    if (j >= s.length() || s.charAt(j) != '@' || j + 1 >= s.length() || !CharClass.ALNUM.has(s.charAt(j + 1))) {
      return null;
    }
    String user = s.substring(from, i);
    String password = s.substring(passStart, j);
    if (Placeholders.isPlaceholderValue(password) || password.equalsIgnoreCase(user) || password.contains("{")
        || password.contains("%s") || password.contains("$")) {
      return null;
    }
    return new Hit(new Span(index + 1, passStart, j), password);
  }
}
