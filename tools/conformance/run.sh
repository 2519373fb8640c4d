#!/usr/bin/env bash
# Checks Bulwark's parser against CPython 3.13 on the 3.13 and 3.11 standard libraries.
#
#   tools/conformance/run.sh                 # the standard libraries
#   tools/conformance/run.sh DIR...          # the standard libraries and DIR...
#   tools/conformance/run.sh --only DIR...   # DIR... alone
#
# CPython's side is cached under bulwark-python/target/conformance, so a rerun on unchanged
# inputs costs only Bulwark's side. The report lists the first mismatches; all of them go to
# bulwark-python/target/conformance/mismatches.txt.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
stdlib=true
if [[ "${1:-}" == "--only" ]]; then
  stdlib=false
  shift
  [[ $# -gt 0 ]] || { echo "run.sh: --only needs at least one directory" >&2; exit 2; }
fi

extra=""
for dir in "$@"; do
  [[ -e "$dir" ]] || { echo "run.sh: no such file or directory: $dir" >&2; exit 2; }
  abs="$(cd "$(dirname "$dir")" && pwd)/$(basename "$dir")"
  extra="${extra:+$extra:}$abs"
done

cd "$repo"
# -am builds nothing else today but keeps working once bulwark-python gains module dependencies;
# surefire.failIfNoSpecifiedTests lets -Dtest name a class that only one module has.
exec mvn -q -o -pl bulwark-python -am test \
  -Dtest=StdlibConformanceTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dconformance.stdlib="$stdlib" \
  -Dconformance.extraDirs="$extra"
