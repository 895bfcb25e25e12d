#!/usr/bin/env bash
# Measures the CSV readers on the given files (default: ml-latest-small).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out=$(mktemp -d)
cp "$here"/../../Sources/Support/Reading/CSVRecord.swift "$out/CSVRecord.swift"
swiftc -O "$here/main.swift" "$here/Baseline.swift" "$out/CSVRecord.swift" -o "$out/measure"
if [ $# -eq 0 ]; then set -- "$here/../../../shared/data/ml-latest-small/movies.csv" "$here/../../../shared/data/ml-latest-small/ratings.csv"; fi
"$out/measure" "$@"
