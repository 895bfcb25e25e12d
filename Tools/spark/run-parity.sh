#!/usr/bin/env bash
# Spark MLlib's ALS beside Glasshouse's own, then a scenario on Spark-trained factors.
#
#  1. Installs pyspark and numpy from PyPI when they are missing (about 450 MB; Java 17 needed).
#  2. Builds `glasshouse` (release).
#  3. Exports the training split of the shared evaluation protocol on ml-latest-small,
#     trains Spark's implicit ALS on it with `spark-submit --master local[2]`, scores the
#     factors with `glasshouse evaluate ranking --factors-from`, and scores Glasshouse's own
#     ALS with matching settings (weighted-λ, exact solve, c = 1 + α·r) on the same split.
#     Prints both metric pairs and wall times; exits 1 when precision@10 or ndcg@10 differ
#     by more than 0.01.
#  4. Runs Scenarios/shared-family-profile.yaml, exports its matrix, trains it on Spark and
#     runs the scenario again with the Spark factors as the platform's final model.
#
# Not part of .ci/run (it downloads pyspark and takes minutes). Environment:
#   GLASSHOUSE_RATINGS   ratings file (default ../shared/data/ml-latest-small/ratings.csv)
#   GLASSHOUSE_SCRATCH   SwiftPM scratch path (default .build)
#   WORK                 output folder (default a new temporary folder)
#   RANK REG ALPHA ITERATIONS   settings (64 0.01 1 15)
#   SCENARIO             scenario to run end to end (Scenarios/shared-family-profile.yaml)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
RATINGS=${GLASSHOUSE_RATINGS:-$ROOT/../shared/data/ml-latest-small/ratings.csv}
SCRATCH=${GLASSHOUSE_SCRATCH:-.build}
WORK=${WORK:-$(mktemp -d /tmp/glasshouse-spark.XXXXXX)}
RANK=${RANK:-64}
REG=${REG:-0.01}
ALPHA=${ALPHA:-1}
ITERATIONS=${ITERATIONS:-15}
SCENARIO=${SCENARIO:-Scenarios/shared-family-profile.yaml}
TOLERANCE=0.01
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*"; }
seconds() { python3 -c 'import time; print(f"{time.time():.3f}")'; }

[ -f "$RATINGS" ] || { echo "run-parity: $RATINGS not found; set GLASSHOUSE_RATINGS" >&2; exit 2; }
java -version >/dev/null 2>&1 || { echo "run-parity: Java (17 or later) is needed for Spark" >&2; exit 2; }

say "pyspark"
if ! python3 -c 'import pyspark, numpy' 2>/dev/null; then
  python3 -m pip install --quiet pyspark numpy
fi
SPARK_SUBMIT=$(command -v spark-submit || true)
if [ -z "$SPARK_SUBMIT" ]; then
  SPARK_SUBMIT="$(python3 -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')/bin/spark-submit"
fi
python3 -c 'import pyspark; print("pyspark", pyspark.__version__)'

say "building glasshouse (release, scratch path $SCRATCH)"
swift build -c release --scratch-path "$SCRATCH" --product glasshouse >/dev/null
GLASSHOUSE="$SCRATCH/release/glasshouse"
# OpenBLAS 0.3.21 mistakes some CPUs for "Prescott"; pin the fastest kernel this CPU runs,
# for a fair timing (never one it lacks: SkylakeX without AVX-512 kills the JVM with SIGILL).
coretype=$(Tools/openblas-coretype.sh)
if [ -z "${OPENBLAS_CORETYPE:-}" ] && [ -n "$coretype" ]; then export OPENBLAS_CORETYPE=$coretype; fi
echo "OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset, OpenBLAS picks}"
SPARK_LOG="$WORK/spark.log"

say "export: the protocol's training split of $RATINGS"
"$GLASSHOUSE" matrix export "$RATINGS" --split protocol --out "$WORK/ml-split" \
  --factors "$RANK" --regularization "$REG" --alpha "$ALPHA" --iterations "$ITERATIONS"

say "Spark MLlib ALS, local[2] (log: $SPARK_LOG)"
start=$(seconds)
"$SPARK_SUBMIT" --master 'local[2]' --conf spark.ui.enabled=false Tools/spark/train_als.py \
  --input "$WORK/ml-split" --output "$WORK/ml-spark-factors" >"$WORK/spark-ml.json" 2>"$SPARK_LOG"
spark_wall=$(python3 -c "print(f'{$(seconds) - $start:.1f}')")
cat "$WORK/spark-ml.json"

say "scoring: Spark's factors and Glasshouse's ALS with matching settings, same split"
"$GLASSHOUSE" evaluate ranking "$RATINGS" --factors-from "$WORK/ml-spark-factors" --json >"$WORK/eval-spark.json"
start=$(seconds)
"$GLASSHOUSE" evaluate ranking "$RATINGS" --factors "$RANK" --regularization "$REG" --alpha "$ALPHA" \
  --iterations "$ITERATIONS" --confidence paper --regularization-scaling weighted --solver cholesky --threads 2 \
  --json >"$WORK/eval-glasshouse.json"
glasshouse_wall=$(python3 -c "print(f'{$(seconds) - $start:.1f}')")
"$GLASSHOUSE" evaluate ranking "$RATINGS" --factors "$RANK" --regularization "$REG" --alpha "$ALPHA" \
  --iterations "$ITERATIONS" --confidence paper --regularization-scaling uniform --solver cholesky --threads 2 \
  --json >"$WORK/eval-glasshouse-uniform.json"

parity=0
python3 - "$WORK" "$spark_wall" "$glasshouse_wall" "$TOLERANCE" <<'PY' || parity=$?
import json, sys
work, spark_wall, gh_wall, tol = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
spark = json.load(open(f"{work}/eval-spark.json"))
gh = json.load(open(f"{work}/eval-glasshouse.json"))
uniform = json.load(open(f"{work}/eval-glasshouse-uniform.json"))
job = json.load(open(f"{work}/spark-ml.json"))
print(f"{spark['users']} users, {spark['items']} titles; {spark['trainEntries']} training entries, "
      f"{spark['testInteractions']} held out for {spark['model']['usersEvaluated']} users")
print()
print(f"  {'model':44} {'precision@10':>12} {'ndcg@10':>8} {'fit s':>7} {'wall s':>7}")
rows = [
    (f"Spark {job['spark']} ALS, {job['master']} (weighted λ)", spark, job["fit_seconds"], spark_wall),
    ("Glasshouse ALS, 2 threads (weighted λ, cholesky)", gh, gh["trainingSeconds"], gh_wall),
    ("Glasshouse ALS, 2 threads (uniform λ; for info)", uniform, uniform["trainingSeconds"], None),
]
for name, r, fit, wall in rows:
    print(f"  {name:44} {r['model']['precision']:12.4f} {r['model']['ndcg']:8.4f} {fit:7.2f} "
          + (f"{wall:7.1f}" if wall is not None else f"{'':>7}"))
print(f"  {'popularity baseline':44} {spark['popularity']['precision']:12.4f} {spark['popularity']['ndcg']:8.4f}")
dp = abs(spark["model"]["precision"] - gh["model"]["precision"])
dn = abs(spark["model"]["ndcg"] - gh["model"]["ndcg"])
print()
print(f"  |Δ precision@10| = {dp:.4f}, |Δ ndcg@10| = {dn:.4f} (tolerance {tol})")
print(f"  wall: Spark job {spark_wall:.1f} s (fit {job['fit_seconds']:.1f} s) vs Glasshouse {gh_wall:.1f} s "
      f"(fit {gh['trainingSeconds']:.2f} s) — Spark is for scale, not for speed on one machine")
with open(f"{work}/parity.json", "w") as f:
    json.dump({"spark": spark, "glasshouse": gh, "spark_wall": spark_wall, "glasshouse_wall": gh_wall,
               "delta_precision": dp, "delta_ndcg": dn}, f, indent=2)
sys.exit(0 if dp <= tol and dn <= tol else 1)
PY

say "scenario end to end on Spark-trained factors: $SCENARIO"
"$GLASSHOUSE" run "$SCENARIO" --out "$WORK/scenario" >"$WORK/scenario.txt" || true
"$GLASSHOUSE" matrix export --run "$WORK/scenario" --out "$WORK/scenario-matrix"
"$SPARK_SUBMIT" --master 'local[2]' --conf spark.ui.enabled=false Tools/spark/train_als.py \
  --input "$WORK/scenario-matrix" --output "$WORK/scenario-spark-factors" 2>>"$SPARK_LOG"
set +e
"$GLASSHOUSE" run "$SCENARIO" --factors-from "$WORK/scenario-spark-factors" --out "$WORK/scenario-spark" \
  | tee "$WORK/scenario-spark.txt"
scenario=${PIPESTATUS[0]}
set -e
echo
echo "Glasshouse-trained run: $WORK/scenario/report.html; Spark-trained: $WORK/scenario-spark/report.html"
echo "run-parity: metrics $([ "$parity" = 0 ] && echo agree || echo DIFFER) within $TOLERANCE; scenario exit code $scenario"
[ "$parity" = 0 ] || exit 1
exit "$scenario"
