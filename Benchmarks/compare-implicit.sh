#!/usr/bin/env bash
# Side-by-side timing of Glasshouse's ALS and the Python `implicit` library
# (0.7.x) on the same MovieLens-1M-shaped matrix, both on every core, with
# the ratios the factorization issue sets as goals:
#   CG iteration ≤ 0.8× implicit, Cholesky iteration ≤ 0.5×, top-10 for all users ≤ 0.25×.
#
#   Benchmarks/compare-implicit.sh [--factors "64 128"] [--iterations 15]
#
# Needs ../shared/bench beside the repository (make_matrix.py, implicit_als.py)
# and installs `implicit` from PyPI when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
factors="64 128"
iterations=15
while [ $# -gt 0 ]; do
  case "$1" in
    --factors) factors="$2"; shift 2 ;;
    --iterations) iterations="$2"; shift 2 ;;
    *) echo "usage: $0 [--factors \"64 128\"] [--iterations N]" >&2; exit 64 ;;
  esac
done
bench=../shared/bench
[ -f "$bench/make_matrix.py" ] || { echo "compare-implicit: $bench/make_matrix.py not found (needs ../shared beside the clone)" >&2; exit 66; }
python3 -c "import implicit" 2>/dev/null || python3 -m pip install --quiet "implicit>=0.7,<0.8"
mkdir -p .build-bench
matrix=.build-bench/ml1m-shaped.tsv
[ -s "$matrix" ] || python3 "$bench/make_matrix.py" > "$matrix"
swift build -c release --product glasshouse >/dev/null
glasshouse=$(swift build -c release --show-bin-path)/glasshouse
threads=$(nproc)
# Both sides on the fastest OpenBLAS kernel this CPU runs (Tools/openblas-coretype.sh;
# a user's own OPENBLAS_CORETYPE wins, and none is forced on a CPU without AVX2).
coretype=$(Tools/openblas-coretype.sh)
if [ -z "${OPENBLAS_CORETYPE:-}" ] && [ -n "$coretype" ]; then export OPENBLAS_CORETYPE=$coretype; fi
results=.build-bench/compare.jsonl
: > "$results"
for k in $factors; do
  for solver in cg cholesky; do
    flag=""; [ "$solver" = cholesky ] && flag="--cholesky"
    echo "k=$k $solver: implicit…" >&2
    OPENBLAS_NUM_THREADS=1 python3 "$bench/implicit_als.py" time "$matrix" --factors "$k" \
      --iterations "$iterations" --threads "$threads" $flag 2>/dev/null >> "$results"
    echo "k=$k $solver: glasshouse…" >&2
    "$glasshouse" factorize "$matrix" --factors "$k" --iterations "$iterations" --solver "$solver" \
      --threads "$threads" --json >> "$results"
  done
done
python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
key = lambda r: (r["factors"], r["solver"])
peer = {key(r): r for r in rows if r["peer"] == "implicit"}
ours = {key(r): r for r in rows if r["peer"] == "glasshouse"}
goal = {"cg": 0.8, "cholesky": 0.5}
print(f"{'measure':34} {'implicit':>10} {'glasshouse':>11} {'ratio':>7} {'goal':>6}")
for k in sorted(peer):
    p, g = peer[k], ours[k]
    a, b = p["seconds_per_iteration_median"], g["seconds_per_iteration_median"]
    print(f"{'ALS iteration k=%d %s (s)' % k:34} {a:10.4f} {b:11.4f} {b / a:7.3f} {'≤%.2f' % goal[k[1]]:>6}")
    a, b = p["recommend_all_seconds"], g["recommend_all_seconds"]
    print(f"{'top-10 all users after k=%d %s (s)' % k:34} {a:10.4f} {b:11.4f} {b / a:7.3f} {'≤0.25':>6}")
PY
