"""Writes the two row-aligned float32 activation files of docs/scale.md: 750000 x 512
(1.5 GB each), sharing a 16-dimensional latent, chunk by chunk through memory maps."""
import sys

import numpy as np

out = sys.argv[1] if len(sys.argv) > 1 else "."
n, d, k, chunk = 750_000, 512, 16, 50_000
rng = np.random.default_rng(5)
wa = rng.standard_normal((k, d)).astype(np.float32)
wb = rng.standard_normal((k, d)).astype(np.float32)
a = np.lib.format.open_memmap(f'{out}/big_a.npy', mode='w+', dtype='<f4', shape=(n, d))
b = np.lib.format.open_memmap(f'{out}/big_b.npy', mode='w+', dtype='<f4', shape=(n, d))
for s in range(0, n, chunk):
    z = rng.standard_normal((chunk, k)).astype(np.float32)
    a[s:s+chunk] = z @ wa + 0.5 * rng.standard_normal((chunk, d), dtype=np.float32) + 3.0
    b[s:s+chunk] = np.maximum(z @ wb + rng.standard_normal((chunk, d), dtype=np.float32), 0)
a.flush(); b.flush()
