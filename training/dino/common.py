"""Crops from a project database and the input contract shared with the Java embedder.

Contract (written into model.json, implemented again in Java's EncoderTranslator):
  channels DAPI, CK, CD45 (the first three planes of a stored crop; the MASK plane is not used);
  per crop and channel, min-max to [0, 1] over the whole crop (a flat channel becomes 0), then 2x - 1
  (the reference scales its input to [-1, 1]); float32, NCHW, native 48 x 48 px.
"""
import json
import sqlite3

import numpy as np

CHANNELS = ["DAPI", "CK", "CD45"]
SIZE = 48


def normalize(crops):
    """crops: (N, 3, S, S) any numeric dtype -> float32 in [-1, 1], per crop and channel min-max."""
    x = np.asarray(crops, dtype=np.float32)
    lo = x.min(axis=(2, 3), keepdims=True)
    hi = x.max(axis=(2, 3), keepdims=True)
    rng = hi - lo
    out = np.where(rng > 0, (x - lo) / np.where(rng > 0, rng, 1), 0).astype(np.float32)
    return (out * np.float32(2) - np.float32(1)).astype(np.float32)


def load_crops(db_paths, limit=None):
    """(ids, patients, crops uint8 (N, 3, 48, 48)) of every 48 x 48 u8 crop in the given project.db files."""
    ids, patients, arrays = [], [], []
    for path in db_paths:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        q = ("SELECT c.id, p.code, k.data, k.channels FROM crops k JOIN cells c ON c.id = k.cell_id"
             " JOIN cartridges t ON t.id = c.cartridge_id JOIN patients p ON p.id = t.patient_id"
             " WHERE k.dtype = 'u8' AND k.width = ? AND k.height = ? ORDER BY c.id")
        for cid, code, data, nch in con.execute(q, (SIZE, SIZE)):
            a = np.frombuffer(data, dtype=np.uint8).reshape(nch, SIZE, SIZE)[:3]
            ids.append(cid)
            patients.append(code)
            arrays.append(a)
            if limit and len(ids) >= limit:
                break
        con.close()
    return np.asarray(ids, dtype=np.int64), np.asarray(patients), np.stack(arrays) if arrays else np.zeros((0, 3, SIZE, SIZE), np.uint8)


def git_commit():
    import subprocess
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    except Exception:
        return "unknown"


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1)
        f.write("\n")
