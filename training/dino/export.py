"""Export the teacher backbone as TorchScript + model.json (the card the Java embedder reads) and a parity
fixture (a few stored crops and their expected embeddings) for the Java test.

  /usr/bin/python3 export.py --weights runs/cpu/last.pth --out ../../models/encoder-xcit-nano-dino-v1
  /usr/bin/python3 export.py --random-init --out /tmp/encoder-random        (an untrained baseline)
Must run with Debian's torch 1.13 so that DJL's libtorch 2.7.1 loads the file.
"""
import argparse
import datetime
import hashlib
import json
import os

import numpy as np
import torch

from common import CHANNELS, SIZE, git_commit, normalize, write_json
from xcit import XCiT


def build(args_depth, weights):
    state, meta = None, {}
    if weights:
        ck = torch.load(weights, map_location="cpu")
        state, meta = ck["teacher_backbone"], ck.get("meta", {})
        args_depth = meta.get("depth", args_depth)
    model = XCiT(in_chans=3, embed_dim=128, depth=args_depth, num_heads=4)
    if state is not None:
        model.load_state_dict(state)
    return model.eval(), meta


def script_and_check(model, out_pt, size):
    scripted = torch.jit.script(model)
    scripted.save(out_pt)
    loaded = torch.jit.load(out_pt)
    with torch.no_grad():
        for b in (1, 5):
            x = torch.randn(b, 3, size, size)
            d = (loaded(x) - model(x)).abs().max().item()
            assert d < 1e-4, f"scripted model differs by {d}"
    return loaded


def fixture(model, fixture_dir, crops_npz, size):
    os.makedirs(fixture_dir, exist_ok=True)
    if crops_npz and os.path.exists(crops_npz):
        raw = np.load(crops_npz)["crops"][:6]
    else:
        rng = np.random.default_rng(7)
        raw = rng.integers(0, 256, size=(6, 3, size, size), dtype=np.uint8)
    raw = raw.copy()
    raw[-1, 2] = 17  # a flat CD45 channel: normalises to 0 -> -1
    with torch.no_grad():
        emb = model(torch.from_numpy(normalize(raw))).numpy().astype(np.float32)
    raw.astype(np.uint8).tofile(os.path.join(fixture_dir, "crops_u8_n3x48x48.bin"))
    emb.astype("<f4").tofile(os.path.join(fixture_dir, "embeddings_f32.bin"))
    write_json(os.path.join(fixture_dir, "fixture.json"),
               {"n": int(raw.shape[0]), "channels": CHANNELS, "size": size, "dim": int(emb.shape[1]),
                "crops": "crops_u8_n3x48x48.bin (uint8, N x 3 x 48 x 48, C order)",
                "embeddings": "embeddings_f32.bin (float32 little-endian, N x dim)"})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights")
    ap.add_argument("--random-init", action="store_true")
    ap.add_argument("--depth", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--name")
    ap.add_argument("--quality", help="JSON with the quality figures (evaluate.py output)")
    ap.add_argument("--fixture", help="folder for the Java parity fixture")
    ap.add_argument("--fixture-crops", help="npz with real crops for the fixture (key 'crops')")
    args = ap.parse_args()
    if not args.weights and not args.random_init:
        ap.error("--weights or --random-init")
    torch.manual_seed(args.seed)
    model, meta = build(args.depth, args.weights)
    os.makedirs(args.out, exist_ok=True)
    pt = os.path.join(args.out, "model.pt")
    script_and_check(model, pt, SIZE)
    sha = hashlib.sha256(open(pt, "rb").read()).hexdigest()
    name = args.name or os.path.basename(os.path.normpath(args.out))
    card = {
        "name": name,
        "kind": "encoder",
        "architecture": {"backbone": "XCiT-nano", "patch": 8, "embed_dim": 128,
                         "depth": sum(1 for _ in model.blocks), "heads": 4, "class_attention_blocks": 2,
                         "parameters": int(sum(p.numel() for p in model.parameters()))},
        "input": {"layout": "NCHW float32", "size": SIZE, "channels": CHANNELS,
                  "normalization": "minmax_per_crop_channel",
                  "range": [-1.0, 1.0],
                  "formula": "x = 2 * (v - min_c) / (max_c - min_c) - 1 per crop and channel c; a flat channel gives -1"},
        "output": {"embedding_dim": 128, "what": "teacher class token after the final LayerNorm"},
        "training": meta.get("training", {"method": "none (random initialisation)", "seed": args.seed}),
        "quality": json.load(open(args.quality)) if args.quality else {},
        "file": {"model.pt": sha, "torch": torch.__version__},
        "exported": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
    }
    write_json(os.path.join(args.out, "model.json"), card)
    if args.fixture:
        fixture(model, args.fixture, args.fixture_crops, SIZE)
    print(json.dumps({"out": args.out, "sha256": sha}))


if __name__ == "__main__":
    main()
