package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The package an {@link OsvAffected} entry is about; for us the ecosystem is {@code PyPI}. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record OsvPackage(String ecosystem, String name, String purl) {

  public static final String PYPI = "PyPI";
}
