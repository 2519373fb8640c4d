#!/usr/bin/env bash
# Parity check: runs Bandit and Bulwark on the same Python tree (default: the CPython 3.13 standard
# library), times both, and compares their findings per rule as (file, line) pairs.
#   tools/parity/run.sh [--keep WORKDIR] [--bandit-json FILE] [--details IDS] [DIR]
#     --keep WORKDIR      write the reports to WORKDIR and keep them (default: a temporary directory)
#     --bandit-json FILE  use this saved Bandit JSON report instead of running Bandit (no timing then)
#     --details IDS       also list the differing (file, line) pairs with their source line, for the
#                         comma-separated Bandit ids, or for every id with "all"
# Installs Debian's bandit with apt when it is missing. Needs python3 for the comparison.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work='' bandit_json='' details=''
while (($#)); do
  case $1 in
    --keep) work=$2 && shift 2 ;;
    --bandit-json) bandit_json=$2 && shift 2 ;;
    --details) details=$2 && shift 2 ;;
    -*) echo "unknown option $1" >&2 && exit 2 ;;
    *) break ;;
  esac
done
target=${1:-$(PYENV_VERSION=3.13.0 python3 -c "import sysconfig;print(sysconfig.get_paths()['stdlib'])")}
if [[ -n $work ]]; then
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

if [[ -z $bandit_json ]] && ! command -v bandit >/dev/null 2>&1; then
  echo "installing bandit (Debian package)" >&2
  apt-get install -y -q bandit >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q bandit >/dev/null; }
fi

"$root/bulwark" --version >/dev/null   # build first, so the timing below is the scan alone

timed() { # timed NAME CMD...: runs CMD, records wall seconds and peak RSS in $work/NAME.time
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" || true
}

times=()
if [[ -z $bandit_json ]]; then
  bandit_bin=$(command -v bandit)
  echo "bandit  $("$bandit_bin" --version 2>/dev/null | head -n 1) on $target" >&2
  timed bandit "$bandit_bin" -r -q -f json -o "$work/bandit.json" -x '*/site-packages/*' "$target" 2>/dev/null
  bandit_json=$work/bandit.json
  times=("$work/bandit.time" "$work/bulwark.time")
fi
"$root/bulwark" rules >"$work/rules.txt"
# The taint rules (BW8xx) follow data flow and have no Bandit counterpart: the comparison and its
# timing are of the pattern rules; the scan with taint is timed after it, for the record.
taint_rules=$(awk '$1 ~ /^BW8[0-9][0-9]$/ {print $1}' "$work/rules.txt" | paste -sd, -)
echo "bulwark on $target" >&2
timed bulwark "$root/bulwark" scan --preview --format concise ${taint_rules:+--ignore "$taint_rules"} "$target" \
  >"$work/bulwark.txt" 2>/dev/null
timed bulwark-taint "$root/bulwark" scan --preview --format concise "$target" >/dev/null 2>&1

python3 "$root/tools/parity/compare.py" ${details:+--details "$details"} "$bandit_json" \
  "$work/bulwark.txt" "$work/rules.txt" "${times[@]}"
read -r taint_seconds taint_kb < <(tail -n 1 "$work/bulwark-taint.time")
echo "with the taint rules (preview) as well: bulwark $taint_seconds s, peak memory $((taint_kb / 1024)) MB"
