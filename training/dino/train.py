"""DINO self-distillation of an XCiT-nano encoder on unlabelled cell crops (CPU or --device cuda).

  CPU (what shipped, see training/README.md):
    /usr/bin/python3 train.py --crops cache/crops.npz --out runs/cpu --iters 3000 --batch 64 --minutes 45
  GPU (the published schedule):
    python train.py --crops crops.npz --out runs/gpu --device cuda --iters 30000 --batch 128
Checkpoints (student, teacher, optimiser, centre) every --save-every iterations and at the end, so a run
can be resumed with --resume. The teacher backbone is what export.py ships.
"""
import argparse
import json
import os
import time

import numpy as np
import torch

from augment import multi_crop
from dino import DinoHead, DinoLoss, MultiCropWrapper, cosine
from xcit import XCiT


def parse():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crops", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--iters", type=int, default=3000)
    ap.add_argument("--minutes", type=float, default=0, help="stop (and save) after this wall time; 0 = no limit")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--depth", type=int, default=12)
    ap.add_argument("--local-crops", type=int, default=5)
    ap.add_argument("--out-dim", type=int, default=4096)
    ap.add_argument("--lr", type=float, default=1e-3, help="peak learning rate at batch 256 (scaled linearly)")
    ap.add_argument("--min-lr", type=float, default=1e-6)
    ap.add_argument("--warmup", type=int, default=300)
    ap.add_argument("--wd", type=float, default=0.04)
    ap.add_argument("--wd-end", type=float, default=0.4)
    ap.add_argument("--momentum", type=float, default=0.995)
    ap.add_argument("--teacher-temp", type=float, default=0.04)
    ap.add_argument("--warmup-teacher-temp", type=float, default=0.04)
    ap.add_argument("--freeze-last-layer", type=int, default=200)
    ap.add_argument("--save-every", type=int, default=250)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--resume", action="store_true")
    return ap.parse_args()


def main():
    a = parse()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    os.makedirs(a.out, exist_ok=True)
    data = np.load(a.crops)
    crops = torch.from_numpy(data["crops"])
    n = crops.shape[0]
    dev = torch.device(a.device)
    student = MultiCropWrapper(XCiT(depth=a.depth), DinoHead(128, a.out_dim)).to(dev)
    teacher = MultiCropWrapper(XCiT(depth=a.depth), DinoHead(128, a.out_dim)).to(dev)
    teacher.load_state_dict(student.state_dict())
    for p in teacher.parameters():
        p.requires_grad = False
    n_views = 2 + a.local_crops
    loss_fn = DinoLoss(a.out_dim, n_views).to(dev)
    decay = [p for nm, p in student.named_parameters() if p.requires_grad and p.ndim > 1]
    no_decay = [p for nm, p in student.named_parameters() if p.requires_grad and p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay}, {"params": no_decay, "weight_decay": 0.0}])
    peak_lr = a.lr * a.batch / 256
    step, log = 0, []
    ck_path = os.path.join(a.out, "last.pth")
    if a.resume and os.path.exists(ck_path):
        ck = torch.load(ck_path, map_location=dev)
        student.load_state_dict(ck["student"])
        teacher.load_state_dict(ck["teacher"])
        opt.load_state_dict(ck["optimizer"])
        loss_fn.center = ck["center"].to(dev)
        step, log = ck["step"], ck.get("log", [])
    gen = torch.Generator().manual_seed(a.seed + step)
    t0 = time.time()
    seen = 0

    def save(final=False):
        meta = {"depth": a.depth, "training": {
            "method": "DINO self-distillation (teacher = EMA of student, centring, multi-crop)",
            "data": {"file": os.path.basename(a.crops), "crops": int(n), "sources": [str(s) for s in data["sources"]] if "sources" in data else []},
            "device": a.device, "threads": a.threads, "iterations": step, "batch": a.batch,
            "crops_seen": int(seen + sum(e.get("batch", 0) for e in [])),
            "global_crops": "2 x 48 px (area 0.4-1.0)", "local_crops": f"{a.local_crops} x 24 px (area 0.1-0.4)",
            "out_dim": a.out_dim, "peak_lr": peak_lr, "weight_decay": [a.wd, a.wd_end], "momentum": a.momentum,
            "teacher_temp": a.teacher_temp, "student_temp": 0.1, "seed": a.seed,
            "wall_minutes": round((time.time() - t0) / 60, 1), "final_loss": log[-1]["loss"] if log else None}}
        torch.save({"student": student.state_dict(), "teacher": teacher.state_dict(), "optimizer": opt.state_dict(),
                    "center": loss_fn.center, "step": step, "log": log, "args": vars(a), "meta": meta,
                    "teacher_backbone": teacher.backbone.state_dict()}, ck_path + ".tmp")
        os.replace(ck_path + ".tmp", ck_path)
        with open(os.path.join(a.out, "log.json"), "w") as f:
            json.dump(log, f)

    while step < a.iters:
        idx = torch.randint(0, n, (a.batch,), generator=gen)
        views = [v.to(dev, non_blocking=True) for v in multi_crop(crops[idx], gen, n_local=a.local_crops)]
        lr = cosine(peak_lr, a.min_lr, step, a.iters, warmup=a.warmup)
        wd = cosine(a.wd_end, a.wd, a.iters - step, a.iters) if False else a.wd + (a.wd_end - a.wd) * step / max(1, a.iters)
        opt.param_groups[0]["lr"] = lr
        opt.param_groups[1]["lr"] = lr
        opt.param_groups[0]["weight_decay"] = wd
        ttemp = a.teacher_temp if step >= a.warmup else a.warmup_teacher_temp + (a.teacher_temp - a.warmup_teacher_temp) * step / a.warmup
        with torch.no_grad():
            t_out = teacher(views[:2])
        s_out = student(views)
        loss = loss_fn(s_out, t_out, ttemp)
        if not torch.isfinite(loss):
            raise SystemExit(f"loss is {loss.item()} at step {step}; lower --lr")
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(student.parameters(), 3.0)
        if step < a.freeze_last_layer:
            for p in student.head.last_layer.parameters():
                p.grad = None
        opt.step()
        m = 1 - (1 - a.momentum) * (np.cos(np.pi * step / a.iters) + 1) / 2
        with torch.no_grad():
            for ps, pt in zip(student.parameters(), teacher.parameters()):
                pt.mul_(m).add_(ps.detach(), alpha=1 - m)
            for bs, bt in zip(student.buffers(), teacher.buffers()):
                bt.copy_(bs)
        step += 1
        seen += a.batch
        if step % 10 == 0 or step == 1:
            # teacher output entropy / centre spread: collapse shows as entropy -> 0 or -> log(out_dim)
            with torch.no_grad():
                p = torch.softmax((t_out - loss_fn.center) / ttemp, dim=-1)
                ent = float(-(p * torch.log(p + 1e-12)).sum(-1).mean())
            e = {"step": step, "loss": round(float(loss), 4), "lr": lr, "teacher_entropy": round(ent, 3),
                 "elapsed_s": round(time.time() - t0, 1)}
            log.append(e)
            print(json.dumps(e), flush=True)
        if step % a.save_every == 0:
            save()
        if a.minutes and time.time() - t0 > a.minutes * 60:
            print(f"time budget of {a.minutes} min reached at step {step}", flush=True)
            break
    save(final=True)


if __name__ == "__main__":
    main()
