"""Evaluation labels for a project imported from a generated cohort: each stored cell gets the class of the
true object (truth/<patient>/objects.csv, written by ctc simulate) whose box (+2 px) holds the cell's centre,
the nearest such object if several; cells that match none are left out. Used only to evaluate, never to train.
"""
import csv
import os
import sqlite3
from collections import defaultdict

import numpy as np


def cell_labels(db_path, cohort_dir, margin=2.0):
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = con.execute("SELECT c.id, p.code, f.frame_number, c.frame_x, c.frame_y FROM cells c"
                       " JOIN frames f ON f.id = c.frame_id JOIN cartridges t ON t.id = c.cartridge_id"
                       " JOIN patients p ON p.id = t.patient_id ORDER BY c.id").fetchall()
    con.close()
    truth = {}
    for code in {r[1] for r in rows}:
        path = os.path.join(cohort_dir, "truth", code, "objects.csv")
        by_frame = defaultdict(list)
        with open(path) as f:
            for t in csv.DictReader(f):
                by_frame[int(t["frame"])].append((float(t["x"]), float(t["y"]), float(t["bbox_x0"]) - margin,
                                                  float(t["bbox_y0"]) - margin, float(t["bbox_x1"]) + margin,
                                                  float(t["bbox_y1"]) + margin, t["class"], t["is_ctc"] == "true"))
        truth[code] = {k: np.array([v[:6] for v in vs]) for k, vs in by_frame.items()}, by_frame
    out = {}
    for cid, code, frame, x, y in rows:
        arrays, objs = truth[code]
        a = arrays.get(frame)
        if a is None:
            continue
        inside = (a[:, 2] <= x) & (x <= a[:, 4]) & (a[:, 3] <= y) & (y <= a[:, 5])
        if not inside.any():
            continue
        idx = np.flatnonzero(inside)
        best = idx[np.argmin((a[idx, 0] - x) ** 2 + (a[idx, 1] - y) ** 2)]
        o = objs[frame][best]
        out[cid] = (o[6], o[7])
    return out
