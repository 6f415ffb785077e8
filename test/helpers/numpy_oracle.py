#!/usr/bin/env python3
"""NumPy oracle for ndalias's differential tests.

Reads one JSON batch from stdin: {"sequences": [{"ops": [...]}, ...]} (the op
format is produced by test/helpers/diff-gen.ts), runs every sequence through
NumPy and writes {"numpy": version, "results": [...]} to stdout, one result
per sequence with the same structure ndalias's side produces:

  steps: one entry per op: {"err": [exception type, message]} or
         {"ok": true, "var": description of the new array (view/copy ops),
          "target": description of the written array (in-place ops),
          "value": scalar (get/sum/...)}
  final: {"vars": [description or null], "pairs": [[i, j, shares, may_share]]}

A description: dtype, shape, strides in elements, tolist values, flags and
the base as the index of the live variable it is (or "tmp" when NumPy's base
is an internal temporary, or null).
Floats that JSON cannot carry (NaN, +-inf, -0.0) are encoded as strings.
"""
import json
import math
import sys
import warnings

import numpy as np

warnings.simplefilter("ignore")


def enc(v):
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        if v == 0 and math.copysign(1.0, v) < 0:
            return "-0"
        if v.is_integer():
            return int(v)
        return v
    if isinstance(v, (np.generic,)):
        return enc(v.item())
    return v


def index_of(spec):
    out = []
    for it in spec:
        k = it["k"]
        if k == "i":
            out.append(it["v"])
        elif k == "s":
            out.append(slice(it.get("start"), it.get("stop"), it.get("step")))
        elif k == "n":
            out.append(None)
        elif k == "e":
            out.append(Ellipsis)
        else:
            raise RuntimeError("bad spec item %r" % (it,))
    return tuple(out)


def describe(arr, vars_):
    base = arr.base
    own = bool(arr.flags.owndata)
    if base is None:
        b = None
    else:
        b = "tmp"
        for i, v in enumerate(vars_):
            if v is base:
                b = i
                break
        if b == "tmp":
            # NumPy's base is an internal temporary (a reshape that had to
            # copy returns a view of a hidden copy). The user-visible owner is
            # the first variable on that temporary: it reports itself as the
            # owner (base None, ownData), later views report it as their base.
            first = next((i for i, v in enumerate(vars_) if v is not None and v.base is base), None)
            if first is None or vars_[first] is arr:
                b, own = None, True
            else:
                b = first
    item = arr.itemsize
    return {
        "dtype": str(arr.dtype),
        "shape": list(arr.shape),
        "strides": [s // item for s in arr.strides],
        "list": enc(arr.tolist()),
        "flags": {
            "writeable": bool(arr.flags.writeable),
            "ownData": own,
            "cContiguous": bool(arr.flags.c_contiguous),
            "fContiguous": bool(arr.flags.f_contiguous),
        },
        "base": b,
    }


class MissingVar(Exception):
    """An op refers to a variable NumPy could not make (an earlier op differed)."""


def operand(o, vars_):
    if "var" in o:
        v = vars_[o["var"]]
        if v is None:
            raise MissingVar("operand var %d missing" % o["var"])
        return v
    s = o["scalar"]
    if s == "NaN":
        return float("nan")
    return s


# Memory order of astype/arithmetic results: NumPy's default "K" (follow the
# operands' layout, as ndalias does); "C" only for experiments.
ORDER = ["K"]

INPLACE = {"iadd": "__iadd__", "isub": "__isub__", "imul": "__imul__", "idiv": "__itruediv__"}
BINARY = {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.true_divide}


def run_op(op, vars_):
    """Returns (new array or None, target array or None, scalar value or None)."""
    name = op["op"]
    if name == "array":
        return np.array(op["values"], dtype=op["dtype"]), None, None
    if name == "full":
        return np.full(tuple(op["shape"]), operand(op["value"], vars_), dtype=op["dtype"]), None, None
    a = vars_[op["src"]]
    if a is None:
        raise MissingVar("source var missing")
    if name == "slice":
        idx = index_of(op["spec"])
        r = a[idx]
        if not isinstance(r, np.ndarray) and Ellipsis not in idx:
            # All-integer indexing gives NumPy a scalar copy; ndalias's slice
            # is always a view, NumPy's a[i, j, ...] (a 0-d view).
            r = a[idx + (Ellipsis,)]
        return r, None, None
    if name == "T":
        return a.T, None, None
    if name == "transpose":
        return (a.transpose(*op["axes"]) if op["axes"] else a.transpose()), None, None
    if name == "swapaxes":
        return a.swapaxes(op["a"], op["b"]), None, None
    if name == "flip":
        if a.ndim == 0 and op["axis"] is None:
            return a[...], None, None  # np.flip of a 0-d array returns a scalar (m[()]); ndalias: a 0-d view
        return np.flip(a, op["axis"]), None, None
    if name == "squeeze":
        return a.squeeze(), None, None
    if name == "expandDims":
        return np.expand_dims(a, op["axis"]), None, None
    if name == "view":
        return a.view(), None, None
    if name == "diagonal":
        return a.diagonal(), None, None
    if name == "broadcastTo":
        return np.broadcast_to(a, tuple(op["shape"])), None, None
    if name == "reshape":
        return a.reshape(tuple(op["shape"])), None, None
    if name == "ravel":
        return a.ravel(), None, None
    if name == "copy":
        return a.copy(), None, None
    if name == "flatten":
        return a.flatten(), None, None
    if name == "astype":
        return a.astype(op["dtype"], order=ORDER[0]), None, None
    if name == "take":
        return np.take(a, np.array(op["indices"], dtype=np.intp), axis=op["axis"]), None, None
    if name in BINARY:
        return BINARY[name](a, operand(op["other"], vars_), order=ORDER[0]), None, None
    if name in INPLACE:
        r = getattr(a, INPLACE[name])(operand(op["other"], vars_))
        if r is NotImplemented:
            raise TypeError("operation not supported")
        return None, a, None
    if name == "assign":
        a[index_of(op["spec"])] = operand(op["value"], vars_)
        return None, a, None
    if name == "set":
        a[tuple(op["index"])] = operand(op["value"], vars_)
        return None, a, None
    if name == "fill":
        a.fill(operand(op["value"], vars_))
        return None, a, None
    if name == "sort":
        a.sort(axis=op["axis"])
        return None, a, None
    if name == "get":
        idx = tuple(op["index"])
        if len(idx) != a.ndim:
            raise IndexError("get needs a full index")
        return None, None, enc(a[idx].item())
    if name in ("sum", "mean", "min", "max"):
        r = getattr(a, name)()
        return None, None, enc(float(r))
    raise RuntimeError("unknown op %r" % name)


def run_sequence(seq):
    vars_ = []
    steps = []
    for op in seq["ops"]:
        creates = op.get("creates", False)
        try:
            with np.errstate(all="ignore"):
                new, target, value = run_op(op, vars_)
            if creates and new is not None:
                if not isinstance(new, np.ndarray):
                    new = np.asarray(new)  # 0-d arithmetic gives NumPy scalars: a fresh 0-d array
                elif any(new is v for v in vars_):
                    new = new.view()  # squeeze() with nothing to squeeze returns self in NumPy: a new view here
        except MissingVar as e:
            steps.append({"skip": str(e)})
            if creates:
                vars_.append(None)
            continue
        except Exception as e:  # noqa: BLE001 - every NumPy error is data here
            steps.append({"err": [type(e).__name__, str(e), [c.__name__ for c in type(e).__mro__]]})
            if creates:
                vars_.append(None)
            continue
        step = {"ok": True}
        if creates:
            vars_.append(new)
            step["var"] = describe(new, vars_)
        if target is not None:
            step["target"] = describe(target, vars_)
        if value is not None:
            step["value"] = value
        steps.append(step)
    descs = [None if v is None else describe(v, vars_) for v in vars_]
    pairs = []
    for i in range(len(vars_)):
        for j in range(i + 1, len(vars_)):
            if vars_[i] is None or vars_[j] is None:
                continue
            pairs.append([i, j, bool(np.shares_memory(vars_[i], vars_[j])),
                          bool(np.may_share_memory(vars_[i], vars_[j]))])
    return {"steps": steps, "final": {"vars": descs, "pairs": pairs}}


def main():
    batch = json.load(sys.stdin)
    ORDER[0] = batch.get("order", "K")
    results = [run_sequence(s) for s in batch["sequences"]]
    json.dump({"numpy": np.__version__, "results": results}, sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main()
