package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What an advisory affects in one package: ranges and an explicit list of versions (either may be
 * empty). {@code database_specific} and {@code ecosystem_specific} are not kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OsvAffected(
    @JsonProperty("package") OsvPackage pkg, List<OsvRange> ranges, List<String> versions) {

  public OsvAffected {
    ranges = OsvLists.copy(ranges);
    versions = OsvLists.copy(versions);
  }

  /** True for a PyPI package entry. */
  @JsonIgnore
  public boolean isPypi() {
    return pkg != null && OsvPackage.PYPI.equals(pkg.ecosystem());
  }
}
