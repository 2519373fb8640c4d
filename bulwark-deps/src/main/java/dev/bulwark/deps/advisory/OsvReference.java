package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A link of an advisory: {@code type} is WEB, ADVISORY, REPORT, FIX, PACKAGE, … */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OsvReference(String type, String url) {}
