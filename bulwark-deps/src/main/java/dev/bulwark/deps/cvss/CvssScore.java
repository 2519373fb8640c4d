package dev.bulwark.deps.cvss;

/**
 * A scored CVSS vector.
 *
 * @param version "3.0", "3.1" or "4.0"
 * @param baseScore 0.0 to 10.0, one decimal
 * @param vector the vector as given
 */
public record CvssScore(String version, double baseScore, Severity severity, String vector) {}
