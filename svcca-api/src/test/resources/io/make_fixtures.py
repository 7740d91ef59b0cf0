#!/usr/bin/env python3
"""Writes the NumPy fixtures that NpyFormatTest and NpzArchiveTest read.

Run from this folder with numpy installed:  python3 make_fixtures.py
The tests never run Python; they read the files this script committed.

Every 2-D fixture has shape (2, 3) and element [i, j] equal to
    10*i + j - 11      for float and signed integer types  -> [[-11, -10, -9], [-1, 0, 1]]
    10*i + j + 1       for unsigned integer types          -> [[1, 2, 3], [11, 12, 13]]
    (i + j) % 2 == 0   for bool                            -> [[1, 0, 1], [0, 1, 0]]
The shape is not square so that a transposed read cannot pass.
"""
import os

import numpy as np

DTYPES = ["float16", "float32", "float64", "int8", "int16", "int32", "int64",
          "uint8", "uint16", "uint32", "uint64", "bool"]


def matrix(dtype):
    i, j = np.indices((2, 3))
    kind = np.dtype(dtype).kind
    if kind == "b":
        return ((i + j) % 2 == 0)
    if kind == "u":
        return (10 * i + j + 1).astype(dtype)
    return (10 * i + j - 11).astype(dtype)


def write(name, array, version=None):
    with open(name, "wb") as f:
        np.lib.format.write_array(f, array, version=version, allow_pickle=False)


def dtype_grid():
    # <dtype>-<le|be>-<c|f>.npy; one-byte types have no byte order, so only "le" is written.
    for name in DTYPES:
        a = matrix(name)
        orders = ["le"] if a.dtype.itemsize == 1 else ["le", "be"]
        for order in orders:
            typed = a.astype(a.dtype.newbyteorder("<" if order == "le" else ">"))
            write(f"{name}-{order}-c.npy", np.ascontiguousarray(typed))
            write(f"{name}-{order}-f.npy", np.asfortranarray(typed))


def special_cases():
    a = matrix("float64")
    write("version2.npy", a, version=(2, 0))
    write("version3.npy", a, version=(3, 0))
    write("vector.npy", np.arange(5, dtype="<f8") * 1.5)
    write("scalar.npy", np.array(2.5, dtype="<f8"))
    i, j, k = np.indices((2, 3, 4))
    write("cube-f.npy", np.asfortranarray((100 * i + 10 * j + k).astype("<f8")))
    # Half precision: zeros, normals, the largest finite, subnormals, infinities, NaN.
    write("float16-special.npy", np.array(
        [0.0, -0.0, 1.0, -2.0, 65504.0, 2.0**-24, 2.0**-14 - 2.0**-24, 2.0**-14,
         np.inf, -np.inf, np.nan, 0.333251953125], dtype="<f2"))
    for name in DTYPES[3:-1]:
        info = np.iinfo(name)
        write(f"extremes-{name}.npy", np.array([info.min, info.max], dtype="<" + name[0]
                                               + str(info.bits // 8)))


def archives():
    acts = np.arange(6, dtype="<f4").reshape(3, 2) * 0.5   # [[0, .5], [1, 1.5], [2, 2.5]]
    labels = np.array([7, 8, 9], dtype="<i8")
    np.savez("stored.npz", acts=acts, labels=labels)
    np.savez_compressed("deflated.npz", acts=acts, labels=labels)
    np.savez("single.npz", only=matrix("float64"))


if __name__ == "__main__":
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    dtype_grid()
    special_cases()
    archives()
