package dev.bulwark.cli;

import picocli.CommandLine.IVersionProvider;

/** The version comes from the jar's manifest, which Maven writes, so it cannot drift from the pom. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"bulwark " + version()};
  }

  /** The version the jar's manifest names, or a note that this is a build without one. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }
}
