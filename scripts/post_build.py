"""Trunk post-build hook.

1. Fills the {{placeholders}} of the static first-paint shell in index.html from content/desa.toml, so the
   village name shows before the wasm arrives, and another desa only edits content/.
2. Writes 404.html as a copy of index.html: static hosts such as GitHub Pages serve it for any unknown path,
   which makes deep links and reloads of nested routes work.
"""
import html
import os
import pathlib
import tomllib

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
content = pathlib.Path(os.environ.get("LAYANAN_CONTENT") or "content")
desa = tomllib.loads((content / "desa.toml").read_text(encoding="utf-8"))

values = {
    "nama_aplikasi": desa["nama_aplikasi"]["id"],
    "desa": f'{desa.get("sebutan", "Desa")} {desa["nama"]}',
    "tagline": desa["tagline"]["id"],
}

index = staging / "index.html"
page = index.read_text(encoding="utf-8")
for key, value in values.items():
    page = page.replace("{{" + key + "}}", html.escape(value))
if "{{" in page:
    raise SystemExit("post_build.py: index.html still has an unfilled {{placeholder}}")
index.write_text(page, encoding="utf-8")
(staging / "404.html").write_text(page, encoding="utf-8")
