package dev.bulwark.report;

/** How bad a finding is if it is real, lowest first (so thresholds compare by ordinal). */
public enum Severity {
  LOW, MEDIUM, HIGH, CRITICAL
}
