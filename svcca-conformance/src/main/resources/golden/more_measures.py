"""Known answers for cka-debiased, cka-rbf and procrustes on the bundled cases.

Brute-force NumPy definitions on n x n kernel matrices, independent of the Java code's
feature-space shortcuts. Run from this folder: python3 more_measures.py > more_measures.json
"""
import json

import numpy as np


def centred(x):
    return x - x.mean(axis=0, keepdims=True)


def hsic_unbiased(k, l):
    """Song et al. (2012) unbiased HSIC estimator."""
    n = k.shape[0]
    k = k.copy()
    l = l.copy()
    np.fill_diagonal(k, 0.0)
    np.fill_diagonal(l, 0.0)
    ones = np.ones(n)
    term1 = np.trace(k @ l)
    term2 = (ones @ k @ ones) * (ones @ l @ ones) / ((n - 1) * (n - 2))
    term3 = 2.0 / (n - 2) * (ones @ k @ l @ ones)
    return (term1 + term2 - term3) / (n * (n - 3))


def cka_debiased(x, y):
    k = centred(x) @ centred(x).T
    l = centred(y) @ centred(y).T
    return hsic_unbiased(k, l) / np.sqrt(hsic_unbiased(k, k) * hsic_unbiased(l, l))


def rbf_gram(x, fraction):
    sq = np.sum(x * x, axis=1)
    d = np.maximum(sq[:, None] + sq[None, :] - 2.0 * x @ x.T, 0.0)
    np.fill_diagonal(d, 0.0)
    return np.exp(-d / (2.0 * fraction ** 2 * np.median(d)))


def cka_rbf(x, y, fraction):
    n = x.shape[0]
    h = np.eye(n) - np.ones((n, n)) / n
    k = h @ rbf_gram(x, fraction) @ h
    l = h @ rbf_gram(y, fraction) @ h
    return np.sum(k * l) / (np.linalg.norm(k) * np.linalg.norm(l))


def procrustes(x, y):
    xc = centred(x)
    yc = centred(y)
    xc = xc / np.linalg.norm(xc)
    yc = yc / np.linalg.norm(yc)
    return np.sum(np.linalg.svd(xc.T @ yc, compute_uv=False))


cases = {}
for name in ["identical", "affine", "independent", "lowrank_shared", "dead_neurons"]:
    a = np.load(name + "/a.npy").astype(np.float64)[:500]
    b = np.load(name + "/b.npy").astype(np.float64)[:500]
    cases[name] = {
        "rows": 500,
        "cka-debiased": float(cka_debiased(a, b)),
        "cka-rbf 0.5": float(cka_rbf(a, b, 0.5)),
        "cka-rbf 0.2": float(cka_rbf(a, b, 0.2)),
        "procrustes": float(procrustes(a, b)),
    }
print(json.dumps({
    "about": "Brute-force NumPy values on the first 500 datapoints of each bundled case; "
             "made by more_measures.py.",
    "cases": cases}, indent=1))
