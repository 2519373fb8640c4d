package dev.bulwark.cli;

import picocli.CommandLine.Command;

/**
 * {@code bulwark secrets}: the scan with only the secret detectors (BW1001-BW1091) and the Python
 * rules that find literal secrets through the syntax tree (BW105-BW107, BW964). Same options,
 * configuration, suppressions, baseline, report formats and exit codes as {@code scan}.
 */
@Command(
    name = "secrets",
    sortOptions = false,
    description = {
      "Find committed credentials: the token formats of more than 50 providers",
      "(AWS, GitHub, GitLab, Slack, Stripe, Google, Azure, OpenAI, PyPI, npm, private",
      "keys, database URLs, ...) and literal passwords and tokens under secret-named",
      "keys, in Python, .env, YAML, TOML, INI, JSON, Dockerfiles, shell scripts and",
      "notebooks; in Python also the literal secrets that the syntax-tree rules",
      "BW105-BW107 and BW964 find. Secrets are always shown masked.",
      "Allow-list a secret by its fingerprint with allow-secrets = [...] in the",
      "configuration. Options, suppressions and exit codes are those of 'bulwark scan'.",
      "",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no secret at or above --fail-on (or --exit-zero), and every file was read",
      "1:a secret at or above --fail-on, or a file could not be read",
      "2:usage or configuration error (bad option, configuration or baseline), or a PATH that does not exist",
      "3:internal error in Bulwark (please report it)",
    })
final class SecretsCommand extends ScanCommand {

  SecretsCommand(ParserFunction parser) {
    super(parser);
  }

  @Override
  boolean secretsOnly() {
    return true;
  }
}
