// Interchange: interaction matrices and factor files exchanged with other
// factorization engines (Spark MLlib's ALS), so taste vectors trained
// elsewhere can drive the rest of the pipeline.
