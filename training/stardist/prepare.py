"""Build the training/validation caches (normalised images + StarDist targets) under cache/.

  python3 prepare.py --sim-train /tmp/stardist-sim-train --sim-val /tmp/stardist-sim-val \
                     --sim-test /tmp/stardist-sim
"""
import argparse
import os
import time

import data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sim-train", required=True)
    ap.add_argument("--sim-val", required=True)
    ap.add_argument("--sim-test", default=None, help="frames from the default generator config (evaluation only)")
    ap.add_argument("--out", default=data.CACHE)
    a = ap.parse_args()
    t0 = time.time()
    tr, va = data.dsb_split()
    print("DSB2018: %d train, %d validation" % (len(tr), len(va)))
    data.save(os.path.join(a.out, "dsb_val.npz"), data.build("dsb_val", va, data.load_dsb))
    data.save(os.path.join(a.out, "dsb_train.npz"), data.build("dsb_train", tr, data.load_dsb))
    for key, root in (("sim_train", a.sim_train), ("sim_val", a.sim_val), ("sim_test", a.sim_test)):
        if root is None:
            continue
        items = [(root,) + f for f in data.sim_frames(root)]
        print("%s: %d frames from %s" % (key, len(items), root))
        data.save(os.path.join(a.out, key + ".npz"), data.build(key, items, data.load_sim))
    print("done in %.0f s" % (time.time() - t0))


if __name__ == "__main__":
    main()
