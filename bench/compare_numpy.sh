#!/usr/bin/env bash
# Times `svcca compare --measure svcca --keep 0.99` (whole process, default backend) against
# the NumPy program in numpy_svcca.py on the same files, alternating runs, and reports the
# median ratio and whether the answers agree to 1e-6.
#
# Usage: bench/compare_numpy.sh [ROWS NEURONS [RUNS]]     (default 10000 512 3)
# Needs: a built svcca-cli/target/svcca.jar; Debian's python3-numpy (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-10000}
neurons=${2:-512}
runs=${3:-3}
jar=svcca-cli/target/svcca.jar
python=/usr/bin/python3

if ! "$python" -c 'import numpy' 2>/dev/null; then
  echo "installing Debian's python3-numpy" >&2
  apt-get update -qq && apt-get install -y -qq python3-numpy >/dev/null
fi
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" bench/make_layers.py "$rows" "$neurons" "$work/a.npy" "$work/b.npy"

# Wall time of one command in seconds (millisecond resolution), its output saved.
timed() {
  local out=$1
  shift
  local start end
  start=$(date +%s%N)
  "$@" > "$out"
  end=$(date +%s%N)
  local ms=$(( (end - start) / 1000000 ))
  printf '%d.%03d\n' $(( ms / 1000 )) $(( ms % 1000 ))
}

svcca_times=()
numpy_times=()
for run in $(seq 1 "$runs"); do
  svcca_times+=("$(timed "$work/svcca.json" java ${SVCCA_JAVA_OPTS:-} -jar "$jar" compare \
    "$work/a.npy" "$work/b.npy" --measure svcca --keep 0.99 --format json)")
  numpy_times+=("$(timed "$work/numpy.json" "$python" bench/numpy_svcca.py \
    "$work/a.npy" "$work/b.npy" 0.99)")
  echo "run $run: svcca ${svcca_times[-1]} s, numpy ${numpy_times[-1]} s" >&2
done

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
svcca_median=$(median "${svcca_times[@]}")
numpy_median=$(median "${numpy_times[@]}")

"$python" - "$work/svcca.json" "$work/numpy.json" "$svcca_median" "$numpy_median" \
  "$rows" "$neurons" <<'PY'
import json, sys
svcca = json.load(open(sys.argv[1]))
numpy = json.load(open(sys.argv[2]))
ours = svcca["results"][0]["similarity"]
theirs = numpy["similarity"]
t_svcca, t_numpy = float(sys.argv[3]), float(sys.argv[4])
agree = abs(ours - theirs) <= 1e-6
print(f"{sys.argv[5]} x {sys.argv[6]} float32: svcca {t_svcca:.2f} s (backend "
      f"{svcca['backend']}, path {svcca['path']}), numpy {t_numpy:.2f} s, "
      f"ratio {t_svcca / t_numpy:.2f}; similarity {ours:.10f} vs {theirs:.10f} "
      f"({'agree' if agree else 'DIFFER'} to 1e-6); dims {svcca['results'][0]['dims']} vs "
      f"{numpy['dims']}")
sys.exit(0 if agree else 1)
PY
