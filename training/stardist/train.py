"""Train the StarDist-style network on DSB2018 (train split) + synthetic CellSearch CK frames.

  python3 train.py --iters 3000 --batch 8 --patch 192 --out runs/cpu          # CPU, ~45 min on 2 cores
  python3 train.py --device cuda --iters 40000 --batch 16 --patch 256 --out runs/gpu   # GPU schedule

Needs the caches written by prepare.py. Writes runs/<name>/last.pth (state_dict + config), a
checkpoint every --save-every iterations and train.log (loss per --log-every iterations).
"""
import argparse
import json
import math
import os
import time

import numpy as np
import torch

import augment
import data
from loss import stardist_loss
from model import StarDistNet, n_params


def batches(dsb, sim, args, rng):
    P = args.patch
    while True:
        xs, ps, ds, ws = [], [], [], []
        for _ in range(args.batch):
            if sim and rng.random() < args.sim_fraction:
                rec, focus = sim[rng.integers(len(sim))], args.focus
            else:
                rec, focus = dsb[rng.integers(len(dsb))], 0.0
            x, p, d, w = augment.sample(rec, P, rng, focus)
            xs.append(x), ps.append(p), ds.append(d), ws.append(w)
        yield (torch.from_numpy(np.stack(xs)[:, None]), torch.from_numpy(np.stack(ps)),
               torch.from_numpy(np.stack(ds)).permute(0, 3, 1, 2).contiguous(), torch.from_numpy(np.stack(ws)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="runs/cpu")
    ap.add_argument("--cache", default=data.CACHE)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--iters", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--patch", type=int, default=192)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--sim-fraction", type=float, default=0.5, help="share of patches from generated CK frames")
    ap.add_argument("--focus", type=float, default=0.8, help="share of generated patches centred on an object")
    ap.add_argument("--no-sim", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--log-every", type=int, default=25)
    ap.add_argument("--save-every", type=int, default=500)
    ap.add_argument("--resume", default=None)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    dsb = [augment.pad_record(r, args.patch) for r in data.load(os.path.join(args.cache, "dsb_train.npz"))]
    sim = [] if args.no_sim else [augment.pad_record(r, args.patch)
                                  for r in data.load(os.path.join(args.cache, "sim_train.npz"))]
    print("data: %d DSB2018 images, %d generated frames, loaded in %.0f s" % (len(dsb), len(sim), time.time() - t0),
          flush=True)

    cfg = dict(n_rays=32, widths=[16, 32, 64, 128], head=32)
    model = StarDistNet(n_rays=cfg["n_rays"], widths=tuple(cfg["widths"]), head=cfg["head"]).to(args.device)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    start = 0
    history = []
    if args.resume:
        ck = torch.load(args.resume, map_location=args.device)
        model.load_state_dict(ck["state_dict"])
        opt.load_state_dict(ck["optimizer"])
        start = ck["iter"]
        history = ck.get("history") or [dict(until=start, patch=ck["args"]["patch"], batch=ck["args"]["batch"])]
    print("model: %d parameters" % n_params(model), flush=True)

    def lr_at(it):
        if it < args.warmup:
            return args.lr * (it + 1) / args.warmup
        f = (it - args.warmup) / max(args.iters - args.warmup, 1)
        return args.lr * (0.02 + 0.98 * 0.5 * (1 + math.cos(math.pi * min(f, 1.0))))

    def save(path, it):
        torch.save(dict(state_dict=model.state_dict(), optimizer=opt.state_dict(), iter=it, config=cfg,
                        args=vars(args), wall_s=wall0 + time.time() - t_train,
                        history=history + [dict(until=it, patch=args.patch, batch=args.batch)]), path)

    wall0 = ck.get("wall_s", 0.0) if args.resume else 0.0
    gen = batches(dsb, sim, args, rng)
    log = open(os.path.join(args.out, "train.log"), "a")
    t_train = time.time()
    acc = np.zeros(3)
    model.train()
    for it in range(start, args.iters):
        for g in opt.param_groups:
            g["lr"] = lr_at(it)
        x, p, d, w = (t.to(args.device) for t in next(gen))
        logits, dist = model.logits_and_dist(x)
        loss, bce, dl = stardist_loss(logits, dist, p, d, w)
        opt.zero_grad()
        loss.backward()
        opt.step()
        acc += [loss.item(), bce.item(), dl.item()]
        if (it + 1) % args.log_every == 0:
            acc /= args.log_every
            line = "iter %d loss %.4f bce %.4f dist %.3f lr %.2e elapsed %.0f s" % (
                it + 1, acc[0], acc[1], acc[2], lr_at(it), time.time() - t_train)
            print(line, flush=True)
            log.write(line + "\n")
            log.flush()
            acc[:] = 0
        if (it + 1) % args.save_every == 0:
            save(os.path.join(args.out, "iter%05d.pth" % (it + 1)), it + 1)
            save(os.path.join(args.out, "last.pth"), it + 1)
    save(os.path.join(args.out, "last.pth"), args.iters)
    with open(os.path.join(args.out, "train_summary.json"), "w") as f:
        json.dump(dict(iters=args.iters, batch=args.batch, patch=args.patch,
                       wall_s=round(wall0 + time.time() - t_train),
                       history=history + [dict(until=args.iters, patch=args.patch, batch=args.batch)],
                       n_dsb=len(dsb), n_sim=len(sim), params=n_params(model), device=args.device,
                       args=vars(args)), f, indent=1)
    print("done in %.0f s" % (time.time() - t_train), flush=True)


if __name__ == "__main__":
    main()
