"""Trunk post-build hook: turns the staged build into a bundle any static host can serve.

1. Fills the {{placeholders}} of the static first-paint shell in index.html from content/desa.toml, so the
   village name shows before the wasm arrives, and another desa only edits content/.
2. Adds a Content-Security-Policy meta tag that allows exactly the inline loader Trunk wrote (by its hash).
3. Writes the web app manifest from content/desa.toml, with start_url and scope relative to the public URL.
4. Fills the service worker with this build's version and the exact list of its files.
5. Writes 404.html as a copy of index.html: static hosts such as GitHub Pages serve it for any unknown path,
   which makes deep links and reloads of nested routes work.
6. Writes pre-compressed .br and .gz files for hosts that serve them.
"""
import base64
import hashlib
import html
import json
import os
import pathlib
import re
import subprocess
import tomllib

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
content = pathlib.Path(os.environ.get("LAYANAN_CONTENT") or "content")
desa = tomllib.loads((content / "desa.toml").read_text(encoding="utf-8"))
full_name = f'{desa.get("sebutan", "Desa")} {desa["nama"]}'
app_name = desa["nama_aplikasi"]["id"]

# 1. First-paint shell.
index = staging / "index.html"
page = index.read_text(encoding="utf-8")
for key, value in {"nama_aplikasi": app_name, "desa": full_name, "tagline": desa["tagline"]["id"]}.items():
    # Trunk's minifier drops the quotes around an attribute value like "{{tagline}}": put them back.
    page = re.sub(r'=(["\']?)\{\{' + key + r'\}\}\1', lambda m: '="' + html.escape(value) + '"', page)
    page = page.replace("{{" + key + "}}", html.escape(value))
if "{{" in page:
    raise SystemExit("post_build.py: index.html still has an unfilled {{placeholder}}")

# 2. Content-Security-Policy: scripts only from this origin plus the hash of Trunk's inline loader; wasm needs
#    'wasm-unsafe-eval'. frame-ancestors cannot be set in a meta tag: see public/_headers.
inline_scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'" for s in inline_scripts if s
)
csp = (
    "default-src 'self'; "
    f"script-src 'self' 'wasm-unsafe-eval' {hashes}; "
    "style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
page = re.sub(r"(<meta charset=[^>]*>)", lambda m: m.group(1) + f'<meta http-equiv=Content-Security-Policy content="{csp}">', page, count=1)
index.write_text(page, encoding="utf-8")

# 3. Manifest. Relative URLs resolve against the manifest's own address, so they follow the public URL.
manifest = {
    "name": f"{app_name} {full_name}",
    "short_name": desa.get("nama_pendek", app_name)[:12],
    "description": desa["tagline"]["id"],
    "lang": "id",
    "start_url": "./",
    "scope": "./",
    "display": "standalone",
    "background_color": "#ffffff",
    "theme_color": "#0a5c45",
    "icons": [
        {"src": "icon-192.png", "sizes": "192x192", "type": "image/png"},
        {"src": "icon-512.png", "sizes": "512x512", "type": "image/png"},
        {"src": "icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"},
    ],
}
(staging / "manifest.webmanifest").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")

# 5. 404.html (before the service worker list, so it is not cached as an asset).
(staging / "404.html").write_text(page, encoding="utf-8")

# 4. Service worker: cache every file of this build except the worker itself and host configuration.
skip = {"sw.js", "404.html", "_headers", "_redirects"}
assets = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and p.name not in skip and p.suffix not in (".br", ".gz")
)
digest = hashlib.sha256()
for name in assets:
    digest.update(name.encode())
    digest.update((staging / name).read_bytes())
sw = staging / "sw.js"
sw.write_text(
    sw.read_text(encoding="utf-8")
    .replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16]))
    .replace("__ASSETS__", json.dumps(["./"] + assets)),
    encoding="utf-8",
)

# 6. Pre-compressed copies (Node's zlib has brotli; Python's standard library does not).
subprocess.run(["node", str(pathlib.Path(__file__).with_name("compress.mjs")), str(staging)], check=True)
