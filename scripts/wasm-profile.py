"""What a wasm bundle is made of: bytes after wasm-opt -Oz, grouped by crate, and by module for this app's own
crates (layanan::pages::form, layanan_core::rules). Used by scripts/bench.sh.

    python3 scripts/wasm-profile.py <target/wasm32-unknown-unknown/release/x.wasm> [rows]

wasm-bindgen and wasm-opt run as in the release build, keeping function names (-g) so twiggy can tell whose
code each function is; the names themselves are left out of the counts.
"""
import collections
import csv
import io
import pathlib
import re
import subprocess
import sys
import tempfile

FEATURES = ["--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
            "--enable-mutable-globals", "--enable-reference-types"]


def owner(name: str) -> str:
    if name.startswith("data segment"):
        return "(data: text, tables)"
    if re.match(r"[A-Z]\w+_\d+ ", name):
        return "(island entry points)"
    # The first path in the name: `layanan::pages::form::…`, or the crate a generic instantiation is of
    # (`<T as tachys::view::Render>::build` is tachys code).
    m = re.search(r"\b(layanan_core::[a-z_]+|layanan::[a-z_]+::[a-z_]+|layanan::[a-z_]+|[a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::", name)
    return m.group(1) if m else "(unnamed: glue, tables)"


def main() -> None:
    wasm = pathlib.Path(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["wasm-bindgen", "--target", "web", "--keep-debug", "--out-dir", tmp, str(wasm)], check=True)
        bg = next(pathlib.Path(tmp).glob("*_bg.wasm"))
        opt = pathlib.Path(tmp) / "opt.wasm"
        subprocess.run(["wasm-opt", "-Oz", "-g", *FEATURES, str(bg), "-o", str(opt)], check=True)
        table = subprocess.run(["twiggy", "top", "-n", "1000000", "--format", "csv", str(opt)],
                               check=True, capture_output=True, text=True).stdout
    sizes = collections.Counter()
    for row in csv.DictReader(io.StringIO(table)):
        if "names\" subsection" in row["Name"]:
            continue
        sizes[owner(row["Name"])] += int(row["ShallowSize"])
    total = sum(sizes.values())
    print(f"-- {wasm.stem}: {total:,} bytes")
    for name, size in sizes.most_common(rows):
        print(f"   {name:<40} {size:>9,}  {100 * size / total:5.1f}%")


main()
