#!/usr/bin/env python3
"""Runs notebooks headlessly through the Ascribe kernel and checks, or records, their outputs.

    notebooks.py NOTEBOOK...            run each, compare every cell's fresh text outputs with the
                                        committed ones; exit 1 on any difference
    notebooks.py --update NOTEBOOK...   run each and write it back with its fresh outputs

Text outputs are stream text, text/plain and text/html of results and displays, and error names,
messages and tracebacks; images are kept in the file but not compared (their text fallback is).
The kernel is the one named "ascribe" that Jupyter finds (JUPYTER_PATH, or an installed kernelspec).
"""
import argparse
import copy
import difflib
import os
import re
import sys
import time

import nbformat
from nbclient import NotebookClient

TEXT_TYPES = ("text/plain", "text/html", "text/markdown")
# volatile bits a notebook may print: timings
VOLATILE = [(re.compile(r"\b\d+(\.\d+)? ?(ms|s)\b"), "<time>")]


def normalise(text):
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return "\n".join(line.rstrip() for line in text.splitlines())


def as_text(value):
    return "".join(value) if isinstance(value, list) else str(value)


def coalesce(outputs):
    """Joins consecutive stream outputs of the same name, as a notebook shows them."""
    merged = []
    for output in outputs:
        if (output["output_type"] == "stream" and merged and merged[-1]["output_type"] == "stream"
                and merged[-1]["name"] == output["name"]):
            merged[-1]["text"] = as_text(merged[-1]["text"]) + as_text(output["text"])
        else:
            merged.append(output)
    return merged


def text_outputs(cell):
    lines = []
    for output in coalesce(copy.deepcopy(cell.get("outputs", []))):
        kind = output["output_type"]
        if kind == "stream":
            lines.append("[%s]" % output["name"])
            lines.append(normalise(as_text(output["text"])))
        elif kind in ("execute_result", "display_data"):
            for mime in TEXT_TYPES:
                if mime in output.get("data", {}):
                    lines.append("[%s %s]" % (kind, mime))
                    lines.append(normalise(as_text(output["data"][mime])))
        elif kind == "error":
            lines.append("[error %s: %s]" % (output["ename"], output["evalue"]))
            lines.append(normalise("\n".join(output["traceback"])))
    return "\n".join(lines).splitlines()


def run(path, timeout):
    notebook = nbformat.read(path, as_version=4)
    fresh = copy.deepcopy(notebook)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = NotebookClient(fresh, kernel_name="ascribe", timeout=timeout, allow_errors=True,
                            record_timing=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    started = time.monotonic()
    client.execute()
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = coalesce(cell.outputs)
    return notebook, fresh, time.monotonic() - started


def compare(path, committed, fresh):
    problems = []
    old_cells = [c for c in committed.cells if c.cell_type == "code"]
    new_cells = [c for c in fresh.cells if c.cell_type == "code"]
    for number, (old, new) in enumerate(zip(old_cells, new_cells), start=1):
        expected, actual = text_outputs(old), text_outputs(new)
        if expected != actual:
            diff = difflib.unified_diff(expected, actual, "committed", "fresh", lineterm="", n=2)
            problems.append("%s, code cell %d:\n%s" % (path, number, "\n".join(diff)))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write fresh outputs back")
    parser.add_argument("--timeout", type=int, default=300, help="seconds a cell may take")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()
    passed = failed = 0
    for path in args.notebooks:
        committed, fresh, seconds = run(path, args.timeout)
        if args.update:
            nbformat.write(fresh, path)
            print("wrote %s (%.1f s)" % (path, seconds))
            passed += 1
            continue
        problems = compare(path, committed, fresh)
        if problems:
            failed += 1
            print("FAILED %s (%.1f s): outputs differ from the committed ones" % (path, seconds))
            print("\n\n".join(problems))
        else:
            passed += 1
            print("ok %s (%.1f s)" % (path, seconds))
    print("notebooks: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
