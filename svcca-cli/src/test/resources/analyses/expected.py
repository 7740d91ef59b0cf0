"""Expected numbers of svcca's analysis commands on the mlp-digits activations.

An independent NumPy computation of the definitions the commands implement, written from
the definitions rather than from the Java code. Run from anywhere:

    python3 expected.py /path/to/shared/data/mlp-digits > expected.json

The activations may not be committed; the numbers they give may. MlpDigitsAnalysesTest
compares the commands' JSON with this output.
"""
import json
import sys

import numpy as np

EPS = np.finfo(np.float64).eps
KEEP = 0.99
THRESHOLDS = [0.9, 0.95, 0.99]
CHECKPOINTS = ["00", "01", "02", "04", "08", "16", "32", "60"]
LAYERS = ["1", "2", "3", "4"]


def load(data, name):
    return np.load(f"{data}/{name}").astype(np.float64)


def layer(data, seed, checkpoint, number):
    return load(data, f"mlp_s{seed}_ep{checkpoint}_l{number}.npy")


def basis(x):
    """Orthonormal basis U and singular values s of the centred data, to numerical rank."""
    xc = x - x.mean(axis=0)
    u, s, _ = np.linalg.svd(xc, full_matrices=False)
    rank = int(np.sum(s > max(xc.shape) * EPS * s[0]))
    return u[:, :rank], s[:rank]


def kept(s, keep=KEEP):
    """Smallest k whose share of the sum of squared singular values exceeds keep."""
    share = np.cumsum(s ** 2) / np.sum(s ** 2)
    above = np.nonzero(share > keep)[0]
    return int(above[0]) + 1 if len(above) else len(s)


def correlations(ua, ub, ka, kb):
    """Canonical correlations of the first ka and kb directions, clamped to [0, 1]."""
    rho = np.linalg.svd(ua[:, :ka].T @ ub[:, :kb], compute_uv=False)
    return np.clip(rho, 0.0, 1.0)


def svcca(x, y):
    ua, sa = basis(x)
    ub, sb = basis(y)
    return float(np.mean(correlations(ua, ub, kept(sa), kept(sb))))


def cka(x, y):
    xc = x - x.mean(axis=0)
    yc = y - y.mean(axis=0)
    cross = np.linalg.norm(yc.T @ xc) ** 2
    return float(cross / (np.linalg.norm(xc.T @ xc) * np.linalg.norm(yc.T @ yc)))


def matrix_vs(data):
    rows = [layer(data, 1, "60", n) for n in LAYERS]
    cols = [layer(data, 2, "60", n) for n in LAYERS]
    return {"measure": "svcca",
            "rows": [f"mlp_s1_ep60_l{n}.npy" for n in LAYERS],
            "cols": [f"mlp_s2_ep60_l{n}.npy" for n in LAYERS],
            "values": [[svcca(a, b) for b in cols] for a in rows]}


def matrix_within(data):
    names = [f"mlp_s1_ep{c}_l3.npy" for c in CHECKPOINTS]
    layers = [load(data, name) for name in names]
    return {"measure": "cka", "rows": names, "cols": names,
            "values": [[cka(a, b) for b in layers] for a in layers]}


def reached(values, threshold):
    """First checkpoint from which the value stays at or above the threshold to the end."""
    first = None
    for c in range(len(values) - 1, -1, -1):
        if values[c] < threshold:
            break
        first = CHECKPOINTS[c]
    return first


def dynamics(data):
    values = [[svcca(layer(data, 1, c, n), layer(data, 1, "60", n)) for c in CHECKPOINTS]
              for n in LAYERS]
    return {"pattern": "mlp_s1_ep{checkpoint}_l{layer}.npy", "measure": "svcca",
            "reference": "60", "layers": LAYERS, "checkpoints": CHECKPOINTS,
            "values": values,
            "reached": {str(t): [reached(v, t) for v in values] for t in THRESHOLDS}}


def side(s):
    return {"rank": len(s), "dims": kept(s), "singular_values": s.tolist(),
            "cumulative_variance": (np.cumsum(s ** 2) / np.sum(s ** 2)).tolist()}


def dims(data):
    ua, sa = basis(layer(data, 1, "60", "2"))
    ub, sb = basis(layer(data, 2, "60", "2"))
    ks = list(range(1, min(len(sa), len(sb)) + 1))
    rho = [correlations(ua, ub, k, k) for k in ks]
    total = [float(np.sum(r)) for r in rho]
    smallest = next(k for k, t in zip(ks, total) if t >= 0.99 * total[-1])
    return {"a": side(sa), "b": side(sb), "k": ks,
            "similarity": [float(np.mean(r)) for r in rho], "total_correlation": total,
            "fraction": 0.99, "smallest_k": smallest}


def labels(data):
    x = layer(data, 1, "60", "3")
    classes = np.load(f"{data}/probe_labels.npy")
    values = np.unique(classes)
    onehot = (classes[:, None] == values[None, :]).astype(np.float64)
    ua, _ = basis(x)
    ub, _ = basis(onehot)
    rho = correlations(ua, ub, ua.shape[1], ub.shape[1])
    per_class = []
    for c, value in enumerate(values):
        indicator = onehot[:, c] - onehot[:, c].mean()
        # The multiple correlation: the norm of the indicator's projection on the layer.
        r = np.linalg.norm(ua.T @ indicator) / np.linalg.norm(indicator)
        per_class.append({"class": str(int(value)), "datapoints": int(onehot[:, c].sum()),
                          "correlation": float(min(r, 1.0))})
    return {"measure": "cca", "similarity": float(np.mean(rho)),
            "coefficients": rho.tolist(), "dims": {"a": ua.shape[1], "b": ub.shape[1]},
            "per_class": per_class}


def main(data):
    expected = {"data": "mlp-digits", "numpy": np.__version__,
                "matrix_vs": matrix_vs(data), "matrix_within": matrix_within(data),
                "dynamics": dynamics(data), "dims": dims(data), "labels": labels(data)}
    json.dump(expected, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
