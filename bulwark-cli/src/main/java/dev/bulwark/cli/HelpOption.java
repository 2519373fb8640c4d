package dev.bulwark.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} for subcommands; only the top command prints the version. */
final class HelpOption {

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean requested;
}
