"""Writes two row-aligned float32 activation files that look like real layers.

Both read a shared latent signal through random weights, with a decaying spectrum and
noise, then a ReLU, so SVCCA keeps a realistic fraction of the directions.
Usage: python3 make_layers.py ROWS NEURONS OUT_A OUT_B
"""
import sys

import numpy as np


def main():
    rows, neurons = int(sys.argv[1]), int(sys.argv[2])
    rng = np.random.default_rng(20170601)
    latent_dims = max(8, neurons // 8)
    latent = rng.standard_normal((rows, latent_dims), dtype=np.float32)
    latent *= (1.0 / np.sqrt(np.arange(1, latent_dims + 1, dtype=np.float32)))
    for out in sys.argv[3:5]:
        weights = rng.standard_normal((latent_dims, neurons), dtype=np.float32)
        layer = latent @ weights + 0.3 * rng.standard_normal((rows, neurons), dtype=np.float32)
        np.save(out, np.maximum(layer, 0.0).astype(np.float32))


if __name__ == "__main__":
    main()
