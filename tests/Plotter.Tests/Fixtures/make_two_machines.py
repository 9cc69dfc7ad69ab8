#!/usr/bin/env python3
"""Writes the two-machine fixture (two-machines/) the machines-side-by-side tests read.

machine-a/ is a real run: results/latest (the default profile measured on this lab's 2-core machine)
restricted to the matrix cells of sizes 1K and 100K, 1 and 2 threads, mixes read100, read90 and read50,
rows copied verbatim. machine-b/ is NOT a measurement: no second real machine was available, so its rows
are machine-a's with every time scaled by a fixed per-map, per-thread-count factor (and throughputs by the
inverse), standing in for a machine where locks scale worse and lock-free reads better; its environment
row says so. Deterministic: rerunning gives the same files. Run from this folder: python3 make_two_machines.py
"""
import csv, os

SOURCE = os.path.join("..", "..", "..", "results", "latest")
KEEP = {"sizes": {"1000", "100000"}, "threads": {"1", "2"}, "mixes": {"read100", "read90", "read50"}}
# Machine b: an overall factor (absolute times are never compared across machines, so it must not matter)
# times a per-map factor at 2 threads; 1 thread keeps machine a's ratios except for the lock-based maps.
OVERALL = 0.6
AT_TWO_THREADS = {"rwlock": 1.8, "concurrent": 0.55, "sharded": 0.7, "cow": 1.25, "cas": 1.25, "layered": 1.1}
AT_ONE_THREAD = {"rwlock": 1.3}
TIMES = ["ns_per_op", "ns_per_op_median", "ns_per_op_stddev", "ns_per_op_ci_lower", "ns_per_op_ci_upper", "harness_ns_per_op"]
RATES = ["mops_per_s", "mops_ci_lower", "mops_ci_upper"]


def kept(row):
    return (row["scenario"] == "matrix" and row["size"] in KEEP["sizes"] and row["threads"] in KEEP["threads"]
            and row["mix"] in KEEP["mixes"])


def factor(row):
    per_map = AT_TWO_THREADS if row["threads"] == "2" else AT_ONE_THREAD
    return OVERALL * per_map.get(row["map"], 1.0)


def scaled(row, columns, by):
    out = dict(row)
    for column in columns:
        if out.get(column, "") != "":
            out[column] = repr(float(out[column]) * by)
    return out


def read(name):
    with open(os.path.join(SOURCE, name), newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(folder, name, header, rows):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


summary_header, summary = read("summary.csv")
measurements_header, measurements = read("measurements.csv")
environment_header, environment = read("environment.csv")
summary = [row for row in summary if kept(row)]
measurements = [row for row in measurements if kept(row)]

write("two-machines/machine-a", "summary.csv", summary_header, summary)
write("two-machines/machine-a", "measurements.csv", measurements_header, measurements)
write("two-machines/machine-a", "environment.csv", environment_header, environment)

machine_b = [scaled(scaled(row, TIMES, factor(row)), RATES, 1 / factor(row)) for row in summary]
write("two-machines/machine-b", "summary.csv", summary_header, machine_b)
write("two-machines/machine-b", "measurements.csv", measurements_header,
      [scaled(row, ["ns_per_op"], factor(row)) for row in measurements])
b = dict(environment[0])
b.update({"run_id": b["run_id"] + "-synthetic-b", "cpu": "Synthetic arm64 runner (machine-a scaled, not measured)",
          "logical_cores": "4", "physical_cores": "4", "os": "Ubuntu 24.04 LTS (synthetic)", "host": "synthetic-b", "arch": "arm64"})
write("two-machines/machine-b", "environment.csv", environment_header + ["host", "arch"], [b])
