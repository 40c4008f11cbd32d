"""Collect the unlabelled training crops from project databases into one compressed npz
(uint8, N x 3 x 48 x 48: DAPI, CK, CD45), small enough to carry to a GPU machine.

  /usr/bin/python3 prepare.py --out cache/crops.npz /path/to/project1/project.db [...]
"""
import argparse
import os

import numpy as np

from common import load_crops


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("dbs", nargs="+")
    args = ap.parse_args()
    ids, patients, crops = load_crops(args.dbs)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    np.savez_compressed(args.out, crops=crops, cell_ids=ids, patients=patients.astype(str),
                        sources=np.asarray(args.dbs))
    print(f"{len(ids)} crops from {len(set(patients.tolist()))} patients -> {args.out}")


if __name__ == "__main__":
    main()
