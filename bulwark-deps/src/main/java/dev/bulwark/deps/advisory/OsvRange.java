package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A range of affected versions: {@code type} ECOSYSTEM (PEP 440 versions for PyPI), SEMVER or GIT
 * (commits; needs the repository, so the audit ignores it). Events are kept in file order.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OsvRange(String type, String repo, List<OsvEvent> events) {

  public static final String ECOSYSTEM = "ECOSYSTEM";
  public static final String SEMVER = "SEMVER";
  public static final String GIT = "GIT";

  public OsvRange {
    events = OsvLists.copy(events);
  }
}
