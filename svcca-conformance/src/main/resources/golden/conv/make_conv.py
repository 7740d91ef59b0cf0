"""Convolutional fixtures and their DFT-CCA known answers.

Two layers of 60 datapoints: a (6 x 6 x 3) and b (6 x 6 x 2, a shifted, channel-mixed,
noisy view of a) and c (4 x 4 x 2, a 2x2-average-pooled view of a). The expected values
follow the definition independently of the Java code: numpy.fft.fft2 over space, complex
centring, orthonormal complex bases by SVD, and the singular values of Qa^H Qb per shared
frequency; the similarity is the mean of all frequencies' coefficients together.
Run from this folder: python3 make_conv.py
"""
import json

import numpy as np

rng = np.random.default_rng(7)
n = 60
a = rng.standard_normal((n, 6, 6, 3))
mix = rng.standard_normal((3, 2))
b = np.roll(a, shift=1, axis=2) @ mix + 0.5 * rng.standard_normal((n, 6, 6, 2))
pooled = a.reshape(n, 3, 2, 3, 2, 3).mean(axis=(2, 4))[:, :, :, :2]
c = np.concatenate([pooled, np.zeros((n, 1, 3, 2))], axis=1)
c = np.concatenate([c, np.zeros((n, 4, 1, 2))], axis=2) + 0.3 * rng.standard_normal((n, 4, 4, 2))


def shared(first, second):
    if first == second:
        return list(range(first))
    limit = (min(first, second) - 1) // 2
    return list(range(-limit, limit + 1))


def basis(z):
    z = z - z.mean(axis=0, keepdims=True)
    u, s, _ = np.linalg.svd(z, full_matrices=False)
    rank = int(np.sum(s > max(2 * z.shape[0], 2 * z.shape[1]) * np.finfo(float).eps * s[0]))
    return u[:, :rank]


def dft_cca(x, y):
    fx = np.fft.fft2(x, axes=(1, 2))
    fy = np.fft.fft2(y, axes=(1, 2))
    coefficients = []
    for u in shared(x.shape[1], y.shape[1]):
        for v in shared(x.shape[2], y.shape[2]):
            qa = basis(fx[:, u % x.shape[1], v % x.shape[2], :])
            qb = basis(fy[:, u % y.shape[1], v % y.shape[2], :])
            coefficients.extend(np.linalg.svd(qa.conj().T @ qb, compute_uv=False))
    coefficients = np.sort(np.minimum(np.array(coefficients), 1.0))[::-1]
    return float(coefficients.mean()), [float(v) for v in coefficients]


np.save("a.npy", a)
np.save("b.npy", b)
np.save("c.npy", c)
ab = dft_cca(a, b)
ac = dft_cca(a, c)
with open("expected.json", "w") as out:
    json.dump({"a vs b": {"similarity": ab[0], "coefficients": ab[1]},
               "a vs c": {"similarity": ac[0], "coefficients": ac[1]}}, out, indent=1)
print(ab[0], ac[0])
