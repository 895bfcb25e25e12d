#!/bin/sh
# Prints the OpenBLAS kernel family this CPU can run fast, for OPENBLAS_CORETYPE:
#   SkylakeX  when /proc/cpuinfo's flags have avx512f, avx512bw and avx512vl
#   Haswell   when they have avx2 and fma
#   nothing   otherwise (leave OPENBLAS_CORETYPE unset: OpenBLAS picks by itself)
# The same rule as BLAS.recommendedCoreType (Sources/LinearAlgebra/BLAS/BLAS.swift),
# which the glasshouse binary uses. Never names a kernel the CPU lacks: forcing
# SkylakeX on a CPU without AVX-512 dies with SIGILL.
#
# Scripts use it as
#   coretype=$(Tools/openblas-coretype.sh)
#   [ -n "${OPENBLAS_CORETYPE:-}" ] || [ -z "$coretype" ] || export OPENBLAS_CORETYPE=$coretype
# (a user's own OPENBLAS_CORETYPE always wins). Set CPUINFO to read another file.
cpuinfo=${CPUINFO:-/proc/cpuinfo}
[ -r "$cpuinfo" ] || exit 0
flags=" $(grep -m1 '^flags' "$cpuinfo" | cut -d: -f2-) "
has() { case "$flags" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
if has avx512f && has avx512bw && has avx512vl; then
  echo SkylakeX
elif has avx2 && has fma; then
  echo Haswell
fi
exit 0
