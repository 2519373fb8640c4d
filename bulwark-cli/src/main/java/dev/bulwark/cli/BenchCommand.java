package dev.bulwark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code bulwark bench}: groups the benchmarks; it does nothing by itself. */
@Command(
    name = "bench",
    description = "Measure Bulwark's speed.",
    synopsisSubcommandLabel = "COMMAND")
final class BenchCommand {

  @Mixin private HelpOption help;
}
