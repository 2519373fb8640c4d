#!/usr/bin/env bash
# Parser throughput of Bulwark against CPython's own, on the same corpus, measured the same way.
#
#   tools/bench/parse-vs-cpython.sh [DIR...]
#
# DIR defaults to the CPython 3.13 standard library. Environment: ITERATIONS (timed passes, default
# 5), WARMUP (Bulwark's untimed passes, default 10: the JIT needs them), CPYTHON_WARMUP (default
# 1: no JIT), PYTHON (default: pyenv's 3.13.0, else python3.13, else python3).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
iterations=${ITERATIONS:-5}
warmup=${WARMUP:-10}
cpython_warmup=${CPYTHON_WARMUP:-1}

if [[ -n ${PYTHON:-} ]]; then
  python=("$PYTHON")
elif command -v pyenv >/dev/null 2>&1 && pyenv prefix 3.13.0 >/dev/null 2>&1; then
  python=(env PYENV_VERSION=3.13.0 python3)
elif command -v python3.13 >/dev/null 2>&1; then
  python=(python3.13)
elif command -v python3 >/dev/null 2>&1; then
  python=(python3)
else
  echo "parse-vs-cpython: no Python found; set PYTHON" >&2
  exit 2
fi

if (($# == 0)); then
  set -- "$("${python[@]}" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== bulwark ($root/bulwark bench parse)"
"$root/bulwark" bench parse --iterations "$iterations" --warmup "$warmup" "$@" | tee "$out/bulwark"
echo
echo "== cpython (${python[*]})"
"${python[@]}" "$here/cpython_parse_throughput.py" --iterations "$iterations" --warmup "$cpython_warmup" "$@" \
  | tee "$out/cpython"
echo

# Each result line holds one "<number> MB/s"; the line is picked by how it starts.
rate() {
  awk -v prefix="$1" 'index($0, prefix) == 1 && match($0, /[0-9.]+ MB\/s/) {
    print substr($0, RSTART, RLENGTH - 5); exit
  }' "$2"
}
cpython=$(rate "cpython " "$out/cpython")
single=$(rate "bulwark single-thread:" "$out/bulwark")
threads=$(sed -n 's/^bulwark \([0-9]*\)-threads:.*/\1/p' "$out/bulwark" | head -n 1)
multi=$(rate "bulwark $threads-threads:" "$out/bulwark")
if [[ -z $cpython || -z $single || -z $multi ]]; then
  echo "parse-vs-cpython: could not read the results above" >&2
  exit 1
fi
echo "== ratio (Bulwark MB/s / CPython MB/s; above 1 means Bulwark is faster)"
awk -v s="$single" -v m="$multi" -v c="$cpython" -v t="$threads" 'BEGIN {
  printf "single thread: %.2fx\n", s / c
  printf "%d threads:     %.2fx\n", t, m / c
}'
