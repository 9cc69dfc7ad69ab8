#!/usr/bin/env python3
"""Writes the synthetic A/A fixture (aa/) the comparison tests judge against itself.

Eight cells, ten launches each (enough for the exact test to reach alpha 0.01 / 8 cells under
Holm), ten iterations per launch: every launch sits at its own level (1.5% log-normal noise between
launches: layout, neighbours) and its iterations scatter 2% around it.
They are NOT measurements. Seeded: rerunning gives the same files. Run from this folder:
python3 make_aa.py
"""
import csv, math, random

random.seed(7)
CELLS = {
    "matrix/cow/read99/10000/2/uniform": 38.13,
    "matrix/cow/read50/10000/2/uniform": 2155.23,
    "matrix/concurrent/read99/10000/2/uniform": 21.01,
    "matrix/rwlock/read90/10000/2/zipf": 94.91,
    "matrix/sharded/read90/100000/4/uniform": 60.94,
    "targets/immutable/lookup/1000/1/uniform": 24.42,
    "targets/frozen/lookup/1000/1/prefix": 9.79,
    "store/cow/read99/10000/2/uniform": 40.83,
}
LAUNCHES, ITERATIONS = 10, 10

with open("aa/measurements.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["cell", "scenario", "map", "mix", "read_pct", "size", "threads", "keys", "launch", "iteration", "ns_per_op"])
    for cell, median in CELLS.items():
        scenario, m, mix, size, threads, keys = cell.split("/")
        read_pct = {"read99": 99, "read50": 50, "read90": 90}.get(mix, "")
        for launch in range(1, LAUNCHES + 1):
            level = median * math.exp(random.gauss(0, 0.015))
            for iteration in range(1, ITERATIONS + 1):
                ns = level * math.exp(random.gauss(0, 0.02))
                out.writerow([cell, scenario, m, mix, read_pct, size, threads, keys, launch, iteration, f"{ns:.4f}"])
