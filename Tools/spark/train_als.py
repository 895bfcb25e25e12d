#!/usr/bin/env python3
"""Train Spark MLlib's implicit ALS on a Glasshouse interaction-matrix export and write a
factor folder that Glasshouse loads (`glasshouse evaluate ranking --factors-from`,
`glasshouse run --factors-from`).

Input (written by `glasshouse matrix export --out EXPORT`):
  EXPORT/interactions.csv   header `user,item,value`; integer row and column indices
  EXPORT/users.csv          header `index,id`
  EXPORT/items.csv          header `index,id`
  EXPORT/matrix.json        source, sizes, suggested settings (rank, λ, α, iterations)

Output (FACTORS):
  FACTORS/user-factors/part-*.csv   header `index,id,f0,...,f{rank-1}`
  FACTORS/item-factors/part-*.csv   same
  FACTORS/model.json                engine, Spark version, settings, fit seconds, the input's matrix.json

The same command runs on a laptop and on a cluster; paths may be any Hadoop file system
(file:, hdfs:, s3a:):

  spark-submit --master local[2] Tools/spark/train_als.py --input EXPORT --output FACTORS
  spark-submit --master yarn --deploy-mode cluster Tools/spark/train_als.py \
      --input hdfs:///glasshouse/export --output hdfs:///glasshouse/factors

Settings default to the export's matrix.json; --rank, --reg-param, --alpha and --max-iter
override them. Spark's implicit model is Hu, Koren and Volinsky's with c = 1 + alpha*|r| and
preference [r > 0], and regParam multiplied by each row's number of positive entries
(ALS-WR); see Tools/spark/README.md for how that maps onto Glasshouse's options.
"""
import argparse
import json
import sys
import time

from pyspark.ml.recommendation import ALS
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

FORMAT = "glasshouse-factors/1"


def hadoop_path(spark, path):
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return p, p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())


def read_text(spark, path):
    p, fs = hadoop_path(spark, path)
    if not fs.exists(p):
        sys.exit(f"train_als: {path}: not found; is --input a folder written by `glasshouse matrix export`?")
    return spark.read.text(path, wholetext=True).first()[0]


def write_text(spark, path, text):
    p, fs = hadoop_path(spark, path)
    out = fs.create(p, True)
    out.write(bytearray(text.encode("utf-8")))
    out.close()


def write_side(factors, id_map, rank, path):
    """index,id,f0..f{rank-1}: Spark's factor rows joined with the export's id map."""
    columns = [F.col("features")[i].alias(f"f{i}") for i in range(rank)]
    (factors.join(id_map, factors["id"] == id_map["index"])
        .select(id_map["index"], id_map["id"], *columns)
        .orderBy("index")
        .write.mode("overwrite")
        .option("header", True).option("quote", '"').option("escape", '"')
        .csv(path))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True, help="folder written by `glasshouse matrix export`")
    p.add_argument("--output", required=True, help="factor folder to write (replaced)")
    p.add_argument("--rank", type=int, help="latent factors (default: matrix.json)")
    p.add_argument("--reg-param", type=float, help="regParam λ (default: matrix.json)")
    p.add_argument("--alpha", type=float, help="confidence α in c = 1 + α|r| (default: matrix.json)")
    p.add_argument("--max-iter", type=int, help="iterations (default: matrix.json)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--blocks", type=int, default=None,
                   help="numUserBlocks = numItemBlocks (default: Spark's 10); raise it on a cluster")
    a = p.parse_args()

    spark = SparkSession.builder.appName("glasshouse-train-als").getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    started = time.perf_counter()
    src = a.input.rstrip("/")
    out = a.output.rstrip("/")
    matrix = json.loads(read_text(spark, f"{src}/matrix.json"))
    settings = matrix.get("settings", {})
    rank = a.rank or settings.get("factors", 64)
    reg = a.reg_param if a.reg_param is not None else settings.get("regularization", 0.01)
    alpha = a.alpha if a.alpha is not None else settings.get("alpha", 1.0)
    iterations = a.max_iter if a.max_iter is not None else settings.get("iterations", 15)

    ratings = spark.read.csv(f"{src}/interactions.csv", header=True,
                             schema="user INT, item INT, value FLOAT", mode="FAILFAST")
    csv_options = {"header": True, "quote": '"', "escape": '"', "mode": "FAILFAST"}
    users = spark.read.options(**csv_options).csv(f"{src}/users.csv", schema="index INT, id STRING")
    items = spark.read.options(**csv_options).csv(f"{src}/items.csv", schema="index INT, id STRING")

    als = ALS(rank=rank, maxIter=iterations, regParam=reg, alpha=alpha, implicitPrefs=True,
              userCol="user", itemCol="item", ratingCol="value", seed=a.seed, nonnegative=False)
    if a.blocks:
        als = als.setNumUserBlocks(a.blocks).setNumItemBlocks(a.blocks)
    fit_start = time.perf_counter()
    model = als.fit(ratings)  # ALS materializes both factor sets before returning
    fit_seconds = time.perf_counter() - fit_start

    write_side(model.userFactors, users, rank, f"{out}/user-factors")
    write_side(model.itemFactors, items, rank, f"{out}/item-factors")
    manifest = {
        "format": FORMAT, "engine": "spark-mllib-als", "engineVersion": spark.version,
        "rank": rank, "regularization": reg, "regularizationScaling": "weighted", "alpha": alpha,
        "iterations": iterations, "seed": a.seed, "master": spark.sparkContext.master,
        "trainingSeconds": round(fit_seconds, 3), "matrix": matrix,
    }
    write_text(spark, f"{out}/model.json", json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    print(json.dumps({
        "engine": "spark-mllib-als", "spark": spark.version, "master": spark.sparkContext.master,
        "rank": rank, "regParam": reg, "alpha": alpha, "maxIter": iterations,
        "users": matrix.get("users"), "items": matrix.get("items"), "entries": matrix.get("entries"),
        "fit_seconds": round(fit_seconds, 3), "job_seconds": round(time.perf_counter() - started, 3),
        "output": out,
    }))
    spark.stop()


if __name__ == "__main__":
    main()
