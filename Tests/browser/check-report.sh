#!/usr/bin/env bash
# Renders a Glasshouse HTML report in headless Chromium at a phone width
# (390 px) and a projector width (1280 px), saves full-page PNGs (and
# screen-sized tiles) and a print PDF, and fails when the page logs a console
# error or warning, makes any request, runs a script, scrolls sideways, or
# lacks a section its menu links, has no section menu that stays at the top
# when scrolled, or renders any text under 11 px at the phone width (every
# <details> opened); with --max-height=PX, when it is taller than PX at the
# projector width. Not part of `swift test`; needs Debian's
# `chromium` package (apt-get install -y chromium) and python3.
#
# Usage:
#   Tests/browser/check-report.sh [REPORT.html | RUN_FOLDER] [OUT_FOLDER] [--expect-flows] [--max-height=PX]
#
# A report whose contents link "Where the data goes" (#flows) has that
# section checked too (diagram, recipient cards, legible text) and saved as
# report-*-flows.png; --expect-flows fails when the section is missing.
#
# Without a report, it makes one: `glasshouse run Scenarios/binge-watcher.yaml`
# when that writes report.html, otherwise the ReportTests sample (a smaller
# run of the same scenario). Screenshots go to OUT_FOLDER (default
# .build-report/browser-check). Exit: 0 passed or skipped, 1 a check failed,
# 2 Chromium or the build misbehaved.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${GLASSHOUSE_SCRATCH:-$root/.build-report}"
out="${2:-$scratch/browser-check}"

chromium=""
for candidate in "${CHROMIUM:-}" chromium chromium-browser google-chrome; do
  if [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null 2>&1; then
    chromium="$(command -v "$candidate")"
    break
  fi
done
if [[ -z "$chromium" ]]; then
  echo "SKIPPED: no Chromium found (looked for \$CHROMIUM, chromium, chromium-browser, google-chrome)."
  echo "         Install it with: apt-get install -y chromium"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIPPED: python3 not found; the check drives Chromium from a small Python script."
  exit 0
fi

report="${1:-}"
if [[ -n "$report" && -d "$report" ]]; then report="$report/report.html"; fi
if [[ -z "$report" ]]; then
  mkdir -p "$scratch"
  run="$(mktemp -d "${TMPDIR:-/tmp}/glasshouse-report-XXXXXX")"
  trap 'rm -rf "$run"' EXIT
  echo "building glasshouse (scratch path $scratch)…"
  if ! (cd "$root" && swift build --scratch-path "$scratch" --product glasshouse >"$run/build.log" 2>&1); then
    tail -20 "$run/build.log"; echo "ERROR: the build failed"; exit 2
  fi
  echo "running Scenarios/binge-watcher.yaml…"
  # Exit 1 only means an expectation failed; the report is written anyway.
  (cd "$root" && "$scratch/debug/glasshouse" run Scenarios/binge-watcher.yaml --out "$run/out" >/dev/null) || true
  if [[ -f "$run/out/report.html" ]]; then
    report="$run/out/report.html"
    echo "report: from glasshouse run ($report)"
  else
    report="$run/sample.html"
    echo "glasshouse run wrote no report.html; rendering the ReportTests sample instead…"
    if ! (cd "$root" && GLASSHOUSE_REPORT_SAMPLE="$report" swift test --scratch-path "$scratch" \
      --filter 'HTMLReportTests/sample' >"$run/test.log" 2>&1); then
      tail -20 "$run/test.log"; echo "ERROR: the sample test failed"; exit 2
    fi
    [[ -f "$report" ]] || { echo "ERROR: the sample test wrote no report"; exit 2; }
    echo "report: ReportTests sample ($report)"
  fi
fi
if [[ ! -f "$report" ]]; then
  echo "ERROR: no report at $report"
  exit 2
fi

echo "report: $report ($(wc -c <"$report") bytes)"
echo "screenshots: $out"
python3 "$here/check_report.py" "$chromium" "$report" "$out" "${@:3}"
