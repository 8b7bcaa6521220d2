"""A kabupaten-sized content folder, for the scale check of scripts/scale.sh (generated, never committed).

    python3 scripts/generate-kabupaten.py <out-dir> [services]     (default 10,000)

Copies content/ and adds services made from the real ones, one set per made-up desa: same sector, life
events, offices and documents, a name and keywords of their own, so pages, listings and the search index grow
as they would for a whole kabupaten. Forms and checkers stay the village's own (a copy links to none).
"""
import pathlib
import re
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
total = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000

FIRST = ["Suka", "Sumber", "Mekar", "Karang", "Sido", "Margo", "Jaya", "Bumi", "Tirta", "Giri"]
SECOND = ["maju", "makmur", "jaya", "sari", "rejo", "mulya", "asri", "indah", "harja", "wangi"]

if out.exists():
    shutil.rmtree(out)
shutil.copytree(root / "content", out)
real = sorted((root / "content" / "layanan").glob("*.toml"))
made = 0
desa = 0
while len(real) + made < total:
    desa += 1
    name = f"{FIRST[desa % 10]}{SECOND[(desa // 10) % 10]} {desa}"
    for source in real:
        if len(real) + made >= total:
            break
        text = source.read_text(encoding="utf-8")
        sid = source.stem
        new_id = f"{sid}-d{desa}"
        text = re.sub(r'^id = "[^"]+"', f'id = "{new_id}"', text, count=1, flags=re.M)
        # The village's own forms, checkers and related services stay linked from its own pages only.
        text = re.sub(r"^(formulir|cek|terkait) = \[.*\]\n", "", text, flags=re.M)
        text = re.sub(r'^(nama = \{ id = ")([^"]+)(", en = ")([^"]+)"',
                      lambda m: f'{m.group(1)}{m.group(2)} · Desa {name}{m.group(3)}{m.group(4)} · {name} village"',
                      text, count=1, flags=re.M)
        text = re.sub(r"^kata_kunci = \[", f'kata_kunci = ["{name.lower()}", ', text, count=1, flags=re.M)
        (out / "layanan" / f"{new_id}.toml").write_text(text, encoding="utf-8")
        made += 1
print(f"{out}: {len(real) + made} services ({made} generated for {desa} made-up desa)")
