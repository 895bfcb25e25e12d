// The C surface Glasshouse uses from OpenBLAS (Debian's libopenblas-dev).
// CBLAS comes from cblas.h; the LAPACK routines are exported by libopenblas
// itself with the Fortran ABI (every argument by pointer, one hidden length
// argument per character argument), so they are declared here by hand.
#ifndef GLASSHOUSE_COPENBLAS_SHIM_H
#define GLASSHOUSE_COPENBLAS_SHIM_H

#include <cblas.h>
#include <stddef.h>

/// Solves A X = B for symmetric positive definite A (LAPACK sposv).
void sposv_(const char *uplo, const int *n, const int *nrhs, float *a,
            const int *lda, float *b, const int *ldb, int *info,
            size_t uplo_len);

/// Solves A X = B for a general square A by LU with pivoting (LAPACK sgesv).
void sgesv_(const int *n, const int *nrhs, float *a, const int *lda,
            int *ipiv, float *b, const int *ldb, int *info);

#endif
