package dev.bulwark.report;

/** How sure the rule is that the finding is real, lowest first. */
public enum Confidence {
  LOW, MEDIUM, HIGH
}
