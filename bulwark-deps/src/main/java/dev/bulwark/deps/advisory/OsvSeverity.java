package dev.bulwark.deps.advisory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A severity entry: {@code type} is {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4} or
 * {@code Ubuntu}; {@code score} is the vector string (e.g. {@code CVSS:3.1/AV:N/...}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OsvSeverity(String type, String score) {}
