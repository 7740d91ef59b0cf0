"""SVCCA the way a NumPy user writes it, for timing against svcca compare.

Centre each layer, thin SVD of each, keep the directions carrying 99% of the variance (the
smallest k whose share of sum s^2 exceeds the fraction), then the singular values of
Ua_k^T Ub_k are the canonical correlations. Prints the mean and the kept dimensions as JSON.
Usage: python3 numpy_svcca.py A.npy B.npy [KEEP]
"""
import json
import sys

import numpy as np


def kept_basis(path, keep):
    x = np.load(path).astype(np.float64)
    x -= x.mean(axis=0, keepdims=True)
    u, s, _ = np.linalg.svd(x, full_matrices=False)
    share = np.cumsum(s ** 2) / np.sum(s ** 2)
    k = int(np.argmax(share > keep)) + 1 if np.any(share > keep) else len(s)
    return u[:, :k]


def main():
    keep = float(sys.argv[3]) if len(sys.argv) > 3 else 0.99
    ua = kept_basis(sys.argv[1], keep)
    ub = kept_basis(sys.argv[2], keep)
    rho = np.linalg.svd(ua.T @ ub, compute_uv=False)
    print(json.dumps({"similarity": float(rho.mean()), "dims": [ua.shape[1], ub.shape[1]]}))


if __name__ == "__main__":
    main()
