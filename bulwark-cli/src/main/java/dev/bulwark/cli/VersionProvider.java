package dev.bulwark.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar's manifest, which Maven writes, so it cannot drift from the pom. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"bulwark " + (version == null ? "(development build)" : version)};
  }
}
