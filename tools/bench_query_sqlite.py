#!/usr/bin/env python3
"""Times the queries of kg_bench_query in SQLite, on the same graph and the same samples.

kg_bench_query --export-csv DIR writes DIR/actors.csv, DIR/edges.csv (src,dst,type with the
EdgeType numbers of proto/kg.proto), DIR/queries.json (the samples) and DIR/ours.json (kg's
figures). This script loads the graph into an SQLite file with an indexed edge table (both
directions: adj(node, nbr, type), indexed on (node, type, nbr), as kg keeps out- and in-edges),
runs each query with recursive CTEs where it needs them, and prints median and p99 latency next
to kg's, with the ratio SQLite / kg (above 1: kg is faster). Each SQLite query has a time limit
(--timeout); a query that hits it counts at the limit, so its figures are lower bounds.
Standard library only.
"""
import argparse
import csv
import json
import math
import os
import sqlite3
import sys
import time

SOURCE, TARGET, MEMBER_OF = 1, 2, 5

QUERIES = {
    "name_lookup": ("SELECT id FROM actors WHERE name = :a", "row"),
    "hop1_hub": ("SELECT count(*) FROM actors a JOIN adj e ON e.node = a.id AND e.type IN (1, 2) WHERE a.name = :a", "row"),
    "hop2_hub": (
        "SELECT count(DISTINCT b.nbr) FROM actors a"
        " JOIN adj e ON e.node = a.id AND e.type IN (1, 2)"
        " JOIN adj b ON b.node = e.nbr AND b.type IN (1, 2) AND b.nbr <> a.id"
        " WHERE a.name = :a", "row"),
    "varlen_typical": (
        "WITH RECURSIVE walk(node, depth) AS ("
        "  SELECT id, 0 FROM actors WHERE name = :a"
        "  UNION"
        "  SELECT adj.nbr, walk.depth + 1 FROM walk JOIN adj ON adj.node = walk.node AND adj.type IN (1, 2)"
        "  WHERE walk.depth < 3)"
        " SELECT count(DISTINCT node) FROM walk"
        " WHERE depth >= 1 AND node <> (SELECT id FROM actors WHERE name = :a)", "row"),
    "shortest_random": (
        "WITH RECURSIVE bfs(node, depth) AS ("
        "  SELECT id, 0 FROM actors WHERE name = :a"
        "  UNION"
        "  SELECT adj.nbr, bfs.depth + 1 FROM bfs JOIN adj ON adj.node = bfs.node AND adj.type IN (1, 2, 5)"
        "  WHERE bfs.depth < 6"
        "  ORDER BY 2)"
        " SELECT depth FROM bfs WHERE node = (SELECT id FROM actors WHERE name = :b) LIMIT 1", "row"),
}
QUERIES["hop1_typical"] = QUERIES["hop1_hub"]
QUERIES["hop2_typical"] = QUERIES["hop2_hub"]


def load(csv_dir, db_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB
    conn.execute("CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE adj (node INTEGER NOT NULL, nbr INTEGER NOT NULL, type INTEGER NOT NULL)")
    with open(os.path.join(csv_dir, "actors.csv"), newline="") as f:
        rows = csv.reader(f)
        next(rows)
        conn.executemany("INSERT INTO actors VALUES (?, ?)", ((int(i), n) for i, n in rows))
    edges = 0
    with open(os.path.join(csv_dir, "edges.csv"), newline="") as f:
        rows = csv.reader(f)
        next(rows)

        def both():
            nonlocal edges
            for s, d, t in rows:
                edges += 1
                s, d, t = int(s), int(d), int(t)
                yield (s, d, t)
                yield (d, s, t)

        conn.executemany("INSERT INTO adj VALUES (?, ?, ?)", both())
    conn.execute("CREATE INDEX actors_name ON actors (name)")
    conn.execute("CREATE INDEX adj_node ON adj (node, type, nbr)")
    conn.commit()
    conn.execute("ANALYZE")
    return conn, edges


def summarise(ms):
    ms = sorted(ms)
    if not ms:
        return 0.0, 0.0
    return ms[len(ms) // 2], ms[min(len(ms) - 1, math.ceil(0.99 * len(ms)) - 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", required=True, help="directory written by kg_bench_query --export-csv")
    ap.add_argument("--timeout", type=float, default=2.0, help="seconds per SQLite query (default 2)")
    ap.add_argument("--db", help="SQLite file (default: CSV_DIR/bench.sqlite)")
    args = ap.parse_args()
    db_path = args.db or os.path.join(args.csv, "bench.sqlite")
    t0 = time.perf_counter()
    conn, edges = load(args.csv, db_path)
    print(f"SQLite {sqlite3.sqlite_version}: loaded {edges} edges ({2 * edges} adjacency rows) "
          f"and built indexes in {time.perf_counter() - t0:.1f} s")
    queries = json.load(open(os.path.join(args.csv, "queries.json")))
    ours = json.load(open(os.path.join(args.csv, "ours.json")))

    deadline = [0.0]
    conn.set_progress_handler(lambda: 1 if time.perf_counter() > deadline[0] else 0, 2000)

    header = f"{'query':40} {'kg med':>9} {'kg p99':>9} {'SQLite med':>11} {'SQLite p99':>11} {'ratio':>8}  same answers"
    print("\nmilliseconds; ratio = SQLite median / kg median (above 1: kg is faster)")
    print(header)
    print("-" * len(header))
    lines = []
    for q in queries:
        key = q["key"]
        sql, _ = QUERIES[key]
        ms, timeouts, same, compared = [], 0, 0, 0
        results = []
        for k, names in enumerate([q["samples"][0]] + q["samples"]):  # the first run warms up
            params = {"a": names[0], "b": names[1] if len(names) > 1 else None}
            deadline[0] = time.perf_counter() + args.timeout
            start = time.perf_counter()
            try:
                row = conn.execute(sql, params).fetchone()
                value = "none" if row is None or row[0] is None else str(row[0])
            except sqlite3.OperationalError as e:
                if "interrupt" not in str(e):
                    raise
                value = "timeout"
            elapsed = (time.perf_counter() - start) * 1000
            if k == 0:
                continue
            if value == "timeout":
                timeouts += 1
                elapsed = args.timeout * 1000
            ms.append(elapsed)
            results.append(value)
        mine = ours.get(key, {})
        for a, b in zip(mine.get("results", []), results):
            if b == "timeout" or key == "name_lookup":
                continue
            compared += 1
            same += a == b
        med, p99 = summarise(ms)
        kmed, kp99 = mine.get("median", float("nan")), mine.get("p99", float("nan"))
        ratio = med / kmed if kmed else float("inf")
        bound = ">" if timeouts else ""
        check = "-" if key == "name_lookup" else f"{same}/{compared}"
        tail = f" ({timeouts} of {len(ms)} timed out at {args.timeout:g} s)" if timeouts else ""
        line = (f"{q['label']:40} {kmed:9.3f} {kp99:9.3f} {bound + format(med, '.3f'):>11} "
                f"{bound + format(p99, '.3f'):>11} {bound + format(ratio, '.1f') + 'x':>8}  {check}{tail}")
        print(line)
        sys.stdout.flush()
        lines.append(line)
    if "name_lookup_store" in ours:
        s = ours["name_lookup_store"]
        print(f"{'name lookup (Store::LookupName, direct)':40} {s['median']:9.3f} {s['p99']:9.3f}")
    conn.close()
    os.remove(db_path)


if __name__ == "__main__":
    main()
