#!/usr/bin/env python3
"""Writes the synthetic fixture results folder (results/) the plotter tests read.

The figures follow a simple cost model (read cost, write cost, parallelism, allocation per copy) so
the charts look like a real run; they are NOT measurements. Seeded: rerunning gives the same files.
Run from this folder: python3 make_fixture.py
"""
import csv, math, random

random.seed(42)
MAPS = ["cow", "rwlock", "concurrent", "sharded", "hamt", "cas", "immutable"]
MIXES = [("read100", 100), ("read90", 90), ("read50", 50)]
SIZES = [1000, 10000, 100000]
THREADS = [1, 2, 4]
ITERATIONS = 8
ABSENT = {("rwlock", "read50", 100000, 4)}

READ = {"cow": 8.0, "rwlock": 38.0, "concurrent": 8.6, "sharded": 9.5, "hamt": 14.0, "cas": 8.0,
        "immutable": 35.0, "dictionary": 7.6, "noop": 1.9}

def read_ns(m, size):
    return READ[m] * (1 + 0.55 * math.log10(size / 1000))

def write_ns(m, size, threads):
    copy = 1.1 * size + 60
    return {"cow": copy, "cas": copy * (1 + retries("cas", threads)), "sharded": copy / 16 + 40,
            "hamt": 120 + 45 * math.log(size, 32), "rwlock": 45.0, "concurrent": 70.0,
            "immutable": 260 + 60 * math.log10(size), "noop": 1.9, "dictionary": 0.0}[m]

def retries(m, threads):
    return 0.0 if m != "cas" or threads == 1 else 0.08 * (threads - 1)

def bytes_per_write(m, size, threads):
    copy = 16 * size * 1.15 + 120
    return {"cow": copy, "cas": copy * (1 + retries(m, threads)), "sharded": copy / 16, "hamt": 180 + 110 * math.log(size, 32),
            "rwlock": 0.0, "concurrent": 48.0, "immutable": 420.0, "noop": 0.0, "dictionary": 0.0}[m]

def entries_copied(m, size, threads):
    return {"cow": float(size), "cas": size * (1 + retries(m, threads)), "sharded": size / 16.0,
            "hamt": 32 * math.ceil(math.log(size, 32))}.get(m)

def cell(scenario, m, mix, size, threads, keys="uniform"):
    return f"{scenario}/{m}/{mix}/{size}/{threads}/{keys}"

def samples(mean, spread=0.02):
    return [round(mean * (1 + random.gauss(0, spread)), 4) for _ in range(ITERATIONS)]

SUMMARY = ["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys", "ns_per_op", "ns_per_op_median",
           "ns_per_op_stddev", "ns_per_op_ci_lower", "ns_per_op_ci_upper", "mops_per_s", "mops_ci_lower", "mops_ci_upper",
           "iterations", "bytes_per_op", "gen0_per_1k_ops", "gen1_per_1k_ops", "gen2_per_1k_ops", "lock_contentions_per_op",
           "work_items_per_op", "copies_per_write", "entries_copied_per_write", "cas_attempts_per_write", "cas_retries_per_write",
           "rebuilds_per_write", "compactions_per_write", "harness_ns_per_op", "benchmark", "ops_per_invocation"]
summary, measurements = [], []

def fmt(x):
    return "" if x is None else f"{x:.6g}"

def add(scenario, m, mix, read_pct, size, threads, mean_ns, bytes_op, counters, harness):
    values = samples(mean_ns)
    n = len(values)
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (n - 1))
    half = 5.41 * sd / math.sqrt(n)  # t(0.9995, 7) x standard error: the 99.9% CI
    lo, hi = mean - half, mean + half
    gen0 = bytes_op * 1000 / 2.5e6
    gen2 = gen0 * 0.5 if bytes_op * 1000 > 85000 * 5 and m in ("cow", "cas") else 0.0
    c = cell(scenario, m, mix, size, threads)
    summary.append({"cell": c, "scenario": scenario, "map": m, "mix": mix, "read_pct": "" if read_pct is None else read_pct,
                    "size": size, "threads": threads, "keys": "uniform", "ns_per_op": fmt(mean),
                    "ns_per_op_median": fmt(sorted(values)[n // 2]), "ns_per_op_stddev": fmt(sd), "ns_per_op_ci_lower": fmt(lo),
                    "ns_per_op_ci_upper": fmt(hi), "mops_per_s": fmt(1000 / mean), "mops_ci_lower": fmt(1000 / hi),
                    "mops_ci_upper": fmt(1000 / lo), "iterations": n, "bytes_per_op": fmt(bytes_op), "gen0_per_1k_ops": fmt(gen0),
                    "gen1_per_1k_ops": fmt(gen0 * 0.1), "gen2_per_1k_ops": fmt(gen2),
                    "lock_contentions_per_op": fmt(0.002 * (threads - 1) if m in ("cow", "sharded", "hamt") and mix != "read100" else 0.0),
                    "work_items_per_op": "0", **counters, "harness_ns_per_op": fmt(harness),
                    "benchmark": f"MatrixBenchmarks.Run(Map: {m}, Mix: {mix}, Size: {size}, Threads: {threads}, Keys: uniform)",
                    "ops_per_invocation": threads * 4096 if scenario == "matrix" else 1})
    for i, v in enumerate(values, 1):
        measurements.append({"cell": c, "scenario": scenario, "map": m, "mix": mix, "read_pct": "" if read_pct is None else read_pct,
                             "size": size, "threads": threads, "keys": "uniform", "launch": 1, "iteration": i, "ns_per_op": fmt(v)})

NO_COUNTERS = {k: "" for k in ["copies_per_write", "entries_copied_per_write", "cas_attempts_per_write", "cas_retries_per_write",
                               "rebuilds_per_write", "compactions_per_write"]}

for mix, read in MIXES:
    for size in SIZES:
        for threads in THREADS:
            parallel = min(threads, 2)
            w = (100 - read) / 100
            harness = read_ns("noop", size) / parallel
            add("matrix", "noop", mix, read, size, threads, harness, 0.0, NO_COUNTERS, harness)
            maps = MAPS + (["dictionary"] if threads == 1 and read == 100 else [])
            for m in maps:
                if (m, mix, size, threads) in ABSENT:
                    continue
                reads = (1 - w) * read_ns(m, size) * (1 + (0.6 * (threads - 1) if m == "rwlock" else 0))
                writes = w * write_ns(m, size, threads) * (1 if m in ("concurrent", "sharded") else parallel)
                mean = (reads + writes) / parallel
                counters = dict(NO_COUNTERS)
                if w > 0 and m in ("cow", "cas", "sharded", "hamt"):
                    r = retries(m, threads)
                    counters.update({"copies_per_write": fmt(1 + r), "entries_copied_per_write": fmt(entries_copied(m, size, threads)),
                                     "rebuilds_per_write": fmt(1.0), "compactions_per_write": ""})
                    if m == "cas":
                        counters.update({"cas_attempts_per_write": fmt(1 + r), "cas_retries_per_write": fmt(r)})
                add("matrix", m, mix, read, size, threads, mean, w * bytes_per_write(m, size, threads), counters, harness)

for size in SIZES:
    for m, ns in [("dictionary", 7.6), ("cow", 7.75), ("hamt", 14.5), ("immutable", 36.0)]:
        add("targets", m, "lookup", None, size, 1, ns * (1 + 0.55 * math.log10(size / 1000)), 0.0, NO_COUNTERS, None)
add("targets", "hamt", "insert", None, 100000, 1, 430.0, 820.0, NO_COUNTERS, None)
for m in ["cow", "sharded", "cas"]:
    add("targets", m, "update", None, 10000, 1, {"cow": 11000.0, "sharded": 1300.0, "cas": 11500.0}[m], bytes_per_write(m, 10000, 1), NO_COUNTERS, None)
add("store", "snapshot-store", "read", None, 10000, 1, 12.0, 0.0, NO_COUNTERS, None)

def write(name, columns, rows):
    with open(f"results/{name}", "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

write("summary.csv", SUMMARY, summary)
write("measurements.csv", ["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys", "launch", "iteration", "ns_per_op"], measurements)
write("environment.csv", ["run_id", "date_utc", "commit", "profile", "cpu", "logical_cores", "physical_cores", "os", "runtime", "gc_mode", "bdn_version", "job"],
      [{"run_id": "20261127T183000Z-1a2b3c4", "date_utc": "2026-11-27T18:30:00Z", "commit": "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
        "profile": "default", "cpu": "Fixture CPU @ 2.40GHz (synthetic)", "logical_cores": 2, "physical_cores": 1,
        "os": "Ubuntu 24.04 LTS", "runtime": ".NET 10.0.0", "gc_mode": "workstation concurrent", "bdn_version": "0.15.8",
        "job": "IterationCount=8, LaunchCount=1, WarmupCount=3"}])
