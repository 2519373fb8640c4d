package dev.bulwark.taint;

import java.util.Locale;

/**
 * What a sink does with its argument, and so which sanitizers protect it. {@link #LDAP} is an LDAP
 * search filter and {@link #LDAP_DN} a distinguished name (a search base, the entry to change, the
 * account to bind as): the two have different special characters and different escaping functions, so
 * a value escaped for one is not safe for the other.
 */
public enum SinkKind {
  COMMAND, SQL, CODE, PATH, SSRF, XSS, REDIRECT, DESERIALIZATION, TEMPLATE, REGEX, XPATH, LDAP, TRUST, HEADER, LOG, FORMAT, XXE, NOSQL,
  LDAP_DN;

  /** The name used in model files, e.g. {@code command}. */
  public String modelName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named in a model file, or null. */
  public static SinkKind ofModelName(String s) {
    for (SinkKind k : values()) {
      if (k.modelName().equals(s)) {
        return k;
      }
    }
    return null;
  }
}
