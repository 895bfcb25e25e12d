// LinearAlgebra once held the seeded generator, the parallel loop and the
// stable hash; they live in Support now. Re-exporting it keeps existing
// `import LinearAlgebra` lines compiling. A module that needs only those
// should import Support directly and not link OpenBLAS.
@_exported import Support
