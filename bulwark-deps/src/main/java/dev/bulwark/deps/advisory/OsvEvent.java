package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One event of a range. Exactly one of the four fields is set in a valid event; the validator
 * rejects others. Bounds are version text as written.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OsvEvent(
    String introduced, String fixed, @JsonProperty("last_affected") String lastAffected, String limit) {

  /** The kinds of event, in the order a timeline processes equal versions. */
  public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED, LIMIT }

  public static OsvEvent introduced(String v) {
    return new OsvEvent(v, null, null, null);
  }

  public static OsvEvent fixed(String v) {
    return new OsvEvent(null, v, null, null);
  }

  /** How many of the four fields are set; 1 in a valid event. */
  @JsonIgnore
  public int fieldCount() {
    int n = 0;
    for (String s : new String[] {introduced, fixed, lastAffected, limit}) {
      if (s != null) {
        n++;
      }
    }
    return n;
  }

  /** The event's kind (the first field set). */
  @JsonIgnore
  public Kind kind() {
    if (introduced != null) {
      return Kind.INTRODUCED;
    }
    if (fixed != null) {
      return Kind.FIXED;
    }
    if (lastAffected != null) {
      return Kind.LAST_AFFECTED;
    }
    return Kind.LIMIT;
  }

  /** The event's version text. */
  @JsonIgnore
  public String bound() {
    switch (kind()) {
      case INTRODUCED:
        return introduced;
      case FIXED:
        return fixed;
      case LAST_AFFECTED:
        return lastAffected;
      default:
        return limit;
    }
  }
}
