package dev.bulwark.semantic;

/**
 * One parameter of a known callable's {@link Signature}, as Python's {@code inspect.Parameter}
 * describes it.
 *
 * @param name the parameter's name ({@code args} for {@code *args})
 * @param kind how arguments reach it
 * @param defaultValue the default as written in the signature table, or null when there is none
 */
public record Parameter(String name, Kind kind, String defaultValue) {

  /** How an argument reaches a parameter; the same five kinds as {@code inspect.Parameter.kind}. */
  public enum Kind {
    /** Before a {@code /}: only by position. */
    POSITIONAL_ONLY,
    /** By position or by name. */
    POSITIONAL_OR_KEYWORD,
    /** {@code *args}: the positional arguments left over. */
    VAR_POSITIONAL,
    /** After {@code *} or {@code *args}: only by name. */
    KEYWORD_ONLY,
    /** {@code **kwargs}: the keyword arguments no other parameter takes. */
    VAR_KEYWORD;

    /** Whether a positional argument can fill this parameter's own slot. */
    public boolean takesPosition() {
      return this == POSITIONAL_ONLY || this == POSITIONAL_OR_KEYWORD;
    }

    /** Whether {@code name=value} in a call binds this parameter. */
    public boolean takesKeyword() {
      return this == POSITIONAL_OR_KEYWORD || this == KEYWORD_ONLY;
    }

    /** {@code *args} or {@code **kwargs}. */
    public boolean isVariadic() {
      return this == VAR_POSITIONAL || this == VAR_KEYWORD;
    }
  }

  public Parameter {
    java.util.Objects.requireNonNull(name, "name");
    java.util.Objects.requireNonNull(kind, "kind");
    if (defaultValue != null && kind.isVariadic()) {
      throw new IllegalArgumentException("*" + name + " cannot have a default");
    }
  }

  public boolean hasDefault() {
    return defaultValue != null;
  }

  /** The parameter as the signature notation writes it: {@code shell=False}, {@code *args}, {@code **kwargs}. */
  @Override
  public String toString() {
    if (kind == Kind.VAR_POSITIONAL) {
      return "*" + name;
    }
    if (kind == Kind.VAR_KEYWORD) {
      return "**" + name;
    }
    return defaultValue == null ? name : name + "=" + defaultValue;
  }
}
