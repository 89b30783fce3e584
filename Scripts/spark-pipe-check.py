#!/usr/bin/env python3
"""Runs winnow as the map step of a real Spark job (local mode, rdd.pipe) and checks it.

    python spark-pipe-check.py PAGES.jsonl [PARTITIONS]

PAGES.jsonl holds one {"url", "id", "html"} record a line. Needs pyspark (and Java) in the
Python that runs it; Scripts/winnow-map and the release build of winnow are used from this
checkout. Prints the partition count, lines in and out, whether the output ids come back in
input order, the error records, the time of the pipe stage, and how many texts agree with
one `winnow --input jsonl` run over the same file outside Spark.
"""
import hashlib, json, os, subprocess, sys, time
from pyspark import SparkContext

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
mapper = os.path.join(root, "Scripts", "winnow-map")
binary = os.path.join(root, ".build", "release", "winnow")
pages = os.path.abspath(sys.argv[1])
partitions = int(sys.argv[2]) if len(sys.argv) > 2 else 8

def digest(record):
    return hashlib.sha1(record.get("text", "").encode()).hexdigest()

sc = SparkContext("local[2]", "winnow-map-check")
sc.setLogLevel("ERROR")
lines = sc.textFile(pages, minPartitions=partitions)
ids_in = lines.map(lambda l: json.loads(l)["id"]).collect()
start = time.time()
out = lines.pipe(mapper, env={"WINNOW": binary})
summary = out.map(json.loads).map(lambda r: (r.get("id"), "error" in r, digest(r))).collect()
elapsed = time.time() - start
parts = lines.getNumPartitions()
sc.stop()

with open(pages, "rb") as f:
    batch = subprocess.run([binary, "--input", "jsonl", "--jobs", "2", "--quiet"], stdin=f,
                           capture_output=True, check=False).stdout.decode().split("\n")
alone = {r.get("id"): digest(r) for r in map(json.loads, filter(None, batch))}
print(f"partitions {parts} | lines in {len(ids_in)} | out {len(summary)} | same order {ids_in == [s[0] for s in summary]}"
      f" | error records {sum(1 for s in summary if s[1])} | pipe stage {elapsed:.1f} s"
      f" | texts equal to a run outside Spark {sum(1 for s in summary if alone.get(s[0]) == s[2])} of {len(summary)}")
