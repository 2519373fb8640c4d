#!/bin/sh
# Prints precision and recall of every secret detector on the labelled corpus
# (bulwark-secrets/src/test/resources/corpus), and the adversarial-input benchmark.
# Fails when a corpus secret is missed or a look-alike is reported.
set -e
cd "$(dirname "$0")/../.."
mvn -q -B -ntp -o -pl bulwark-secrets -am test \
  -Dtest='SecretCorpusTest,AdversarialInputBenchmarkTest' -Dsurefire.failIfNoSpecifiedTests=false
