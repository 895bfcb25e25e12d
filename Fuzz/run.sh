#!/usr/bin/env bash
# Builds the libFuzzer targets and runs one or all of them for a given time.
#
#   Fuzz/run.sh TARGET SECONDS [LIBFUZZER-OPTION ...]
#   Fuzz/run.sh all SECONDS [LIBFUZZER-OPTION ...]
#
# TARGET is events, scenario, catalog or interactions. Each run starts from
# a fresh copy of Fuzz/Corpus/TARGET in a temporary folder (the committed
# corpus is never written), stops after SECONDS (-max_total_time; options
# such as -runs=1000000 are passed on to libFuzzer), and the script exits 1
# if any target crashed or broke a property, printing the crashing input's
# path. Targets run one after another, never two at once.
#
# Environment: FUZZ_WORK=DIR keeps the working corpora and artifacts in DIR
# (default: a new temporary folder, removed at the end unless something
# crashed); FUZZ_SCRATCH=DIR is the build folder (default: .build-fuzz at
# the top of the clone). Needs libopenblas-dev, as the main package does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
targets=(events scenario catalog interactions)

usage() {
  echo "usage: Fuzz/run.sh {${targets[*]// /|}|all} SECONDS [LIBFUZZER-OPTION ...]" >&2
  exit 64
}
[ $# -ge 2 ] || usage
which=$1
seconds=$2
shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage
if [ "$which" = all ]; then
  selected=("${targets[@]}")
else
  case " ${targets[*]} " in *" $which "*) selected=("$which") ;; *) usage ;; esac
fi

product() {
  case "$1" in
    events) echo FuzzEvents ;;
    scenario) echo FuzzScenario ;;
    catalog) echo FuzzCatalog ;;
    interactions) echo FuzzInteractions ;;
  esac
}

# The longest input each target tries: room for about 15 event lines, or
# one over the events target's 1024-byte line limit, and for the bundled
# scenarios (under 3 KB each). Longer inputs are slower, not more telling.
max_len() { echo 4096; }

# Every Swift module, the main package's included, is built with the fuzzer's
# coverage instrumentation and AddressSanitizer. One flag, not
# `-sanitize=fuzzer -sanitize=address`: swiftc keeps only the last -sanitize
# it is given, and with two the code has no coverage instrumentation.
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
build=(swift build --package-path "$root/Fuzz" --scratch-path "$scratch"
  -Xswiftc -sanitize=fuzzer,address)
echo "fuzz: building (${build[*]})"
buildlog=$(mktemp "${TMPDIR:-/tmp}/glasshouse-fuzz-build.XXXXXX")
products=()
[ "$which" = all ] || products=(--product "$(product "$which")")
if ! "${build[@]}" "${products[@]}" >"$buildlog" 2>&1; then
  grep -vE '^\[[0-9]+/[0-9]+\] ' "$buildlog" | tail -40 >&2
  echo "fuzz: the build failed (full log: $buildlog)" >&2
  exit 2
fi
rm -f "$buildlog"
bin=$("${build[@]}" --show-bin-path)

if [ -n "${FUZZ_WORK:-}" ]; then
  work=$FUZZ_WORK
  mkdir -p "$work"
  keep=1
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/glasshouse-fuzz.XXXXXX")
  keep=0
fi

failed=()
scratch_files=
trap 'rm -rf "${scratch_files:-}"' EXIT
for target in "${selected[@]}"; do
  corpus="$work/corpus/$target"
  artifacts="$work/artifacts/$target"
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$work/tmp"
  cp "$root/Fuzz/Corpus/$target"/* "$corpus/"
  # The files each input is written to, in memory when /dev/shm is there
  # (see Sources/FuzzSupport/ScratchFile.swift).
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    scratch_files=$(mktemp -d /dev/shm/glasshouse-fuzz.XXXXXX)
  else
    scratch_files=$(mktemp -d "$work/tmp/scratch.XXXXXX")
  fi
  log="$work/$target.log"
  echo "fuzz: $target for ${seconds}s from $(ls "$corpus" | wc -l) seed inputs (log: $log)"
  status=0
  # -detect_leaks=0: with leak checks on, libFuzzer runs LeakSanitizer after
  # most inputs (Swift's runtime caches allocate on first use) and spent
  # over half its time there.
  # SWIFT_BACKTRACE=enable=no: Swift's backtracer, run after a fatalError,
  # trips AddressSanitizer (stack-buffer-underflow in memserver_read) and
  # buries the message; libFuzzer prints its own stack.
  # ASAN_OPTIONS (unless set): no leak check at exit either (Foundation's
  # FileManager.contents(atPath:) leaks 4 KiB reading an empty file, and
  # that would end every run), and allocation stacks two frames deep
  # (recording full ones was the largest single cost of an input).
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=2} \
  SWIFT_BACKTRACE=enable=no FUZZ_TMPDIR="$scratch_files" TMPDIR="$work/tmp" "$bin/$(product "$target")" "$corpus" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=20 -rss_limit_mb=4096 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" >"$log" 2>&1 \
    || status=$?
  rm -rf "$scratch_files"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log" \
    | sed "s/^/fuzz: $target: /" || true
  grep -E '^#[0-9]+.*(DONE|cov:)' "$log" | tail -1 | sed "s/^/fuzz: $target: last: /" || true
  echo "fuzz: $target: working corpus $(ls "$corpus" | wc -l) inputs"
  # libFuzzer also saves an input that took over 10 s (-report_slow_units)
  # but goes on: a note, not a failure (on a loaded machine any input can be
  # slow once; -timeout=20 makes a real hang a failure).
  for slow in $(find "$artifacts" -type f -name 'slow-unit-*' | sort); do
    echo "fuzz: $target: note: one input took over 10 s (kept: $slow); rerun it alone to time it" >&2
    keep=1
  done
  crashes=$(find "$artifacts" -type f ! -name 'slow-unit-*' | sort)
  if [ "$status" -ne 0 ] || [ -n "$crashes" ]; then
    echo "fuzz: $target FAILED (libFuzzer exit $status)" >&2
    grep -E 'property violated|Fatal error|ERROR: (libFuzzer|AddressSanitizer)|SUMMARY' "$log" \
      | head -5 | sed 's/^/    /' >&2 || true
    grep -A1 'property violated' "$log" | tail -1 | sed 's/^/    /' >&2 || true
    for crash in $crashes; do echo "fuzz: $target: crashing input: $crash" >&2; done
    [ -n "$crashes" ] || tail -20 "$log" >&2
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}; inputs and logs kept in $work" >&2
  exit 1
fi
echo "fuzz: ${selected[*]}: no crash, every property held"
[ "$keep" -eq 1 ] || rm -rf "$work"
