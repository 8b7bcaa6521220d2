"""Trunk post-build hook: turns Trunk's staging folder into the complete bundle any static host can serve.

1. Renders every page at build time (`src/bin/prerender/`): one index.html per page and language, 404.html,
   offline.html, the search and forms files, one stylesheet, and the boot script that hydrates the islands;
   then minifies the scripts (the wasm-bindgen glue is about 2 KB brotli smaller per page).
2. Adds to every page a Content-Security-Policy meta tag that allows exactly its inline script (by hash).
3. Writes the web app manifest from content/desa.toml, with start_url and scope relative to the public URL.
4. Fills the service worker with this build's version, the files and the pages to keep for offline use.
5. Writes pre-compressed .br and .gz copies of every text file and of the wasm.

`trunk build --release --public-url <path> --dist <dir>` runs all of it; nothing else is needed to deploy.
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import subprocess
import tomllib

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
root = pathlib.Path(__file__).resolve().parent.parent
content = pathlib.Path(os.environ.get("LAYANAN_CONTENT") or root / "content")

# 1. Pre-render. A native build of the same crate (feature `ssr`); cargo is offline like Trunk (scripts/setup.sh
#    fetched every crate), and the build is incremental after the first one.
#    Views are erased to one type, as in the wasm build (.cargo/config.toml): far less generic code to compile.
cargo = ["cargo", "run", "--quiet", "--offline", "--locked", "--features", "ssr", "--bin", "prerender", "--"]
env = dict(os.environ, RUSTFLAGS="--cfg erase_components")
subprocess.run(cargo + [str(staging), public_url], check=True, cwd=root, env=env)

# Trunk's minifier gives up on the wasm-bindgen glue ("Failed to minify JS"), so terser (scripts/package.json,
# installed by scripts/setup.sh) does it, after the renderer has read the islands' names from the glue. The
# file names keep the hash of the unminified text: still one name per content.
terser = root / "scripts" / "node_modules" / ".bin" / "terser"
scripts = sorted(p for p in staging.glob("*.js") if p.name != "sw.js")
if terser.exists():
    for script in scripts:
        subprocess.run([str(terser), str(script), "--module", "--compress", "--mangle", "-o", str(script)], check=True)
else:
    print("post_build: scripts/node_modules has no terser (run scripts/setup.sh); scripts are left unminified")

# 2. Content-Security-Policy: scripts only from this origin plus the hash of the page's inline script; wasm needs
#    'wasm-unsafe-eval'. frame-ancestors cannot be set in a meta tag: see public/_headers.
def with_csp(page: str) -> str:
    inline = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in inline)
    csp = (
        "default-src 'self'; "
        f"script-src 'self' 'wasm-unsafe-eval' {hashes}; "
        "style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
        "object-src 'none'; base-uri 'self'; form-action 'self'"
    )
    return page.replace('<meta charset="utf-8">', f'<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="{csp}">', 1)

pages = sorted(p for p in staging.rglob("*.html"))
for page in pages:
    page.write_text(with_csp(page.read_text(encoding="utf-8")), encoding="utf-8")

# 3. Manifest. Relative URLs resolve against the manifest's own address, so they follow the public URL.
desa = tomllib.loads((content / "desa.toml").read_text(encoding="utf-8"))
full_name = f'{desa.get("sebutan", "Desa")} {desa["nama"]}'
app_name = desa["nama_aplikasi"]["id"]
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

# 4. Service worker. It keeps, as it installs: every file of the app's code and look (wasm bundles, scripts,
#    styles, icons), then the data files (search, forms) and the pages, up to a byte budget, so that a
#    kabupaten-sized build does not make a first visit download thousands of pages in the background. Whatever
#    is past the budget is kept once used. Pages: every page's address (its directory, with a trailing slash),
#    Indonesian pages first, the core pages first of all, then the services (what a resident opens most).
skip = {"sw.js", "_headers", "_redirects"}
built = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and p.name not in skip and p.suffix not in (".br", ".gz", ".html")
)
# Bundles with `precache = false` in bundles/list.toml (the office's) are kept once a page uses them, so
# residents' phones do not download the QR decoder in the background.
with open(root / "bundles" / "list.toml", "rb") as f:
    later = tuple(b["name"] + "-" for b in tomllib.load(f)["bundle"] if not b["precache"])
files = [f for f in built if not f.endswith(".json") and not f.startswith(later)] + ["404.html", "offline.html"]
data = [f for f in built if f.endswith(".json")]
CORE = ["", "layanan/", "cek/", "draf/", "tentang/", "kantor/"]
BACKGROUND_BUDGET_BYTES = 1_200_000  # uncompressed; about a tenth of that travels, brotli-compressed
addresses = []
for page in pages:
    rel = page.relative_to(staging).as_posix()
    if rel in ("404.html", "offline.html"):
        continue
    addresses.append((rel[: -len("index.html")], page.stat().st_size))
def priority(entry):
    address = entry[0]
    own = address.removeprefix("en/")
    return (own not in CORE, address.startswith("en/"), not own.startswith("layanan/"), address)
core_pages = [a for a in sorted(addresses, key=priority) if not priority(a)[0]]
other_pages = [a for a in sorted(addresses, key=priority) if priority(a)[0]]
kept_data, precached, total = [], [], 0
for name, size, kind in (
    [(a, n, "page") for a, n in core_pages]
    + [(f, (staging / f).stat().st_size, "data") for f in data]
    + [(a, n, "page") for a, n in other_pages]
):
    if total + size > BACKGROUND_BUDGET_BYTES:
        break
    (precached if kind == "page" else kept_data).append(name)
    total += size
files += kept_data
digest = hashlib.sha256()
for name in files + [a + "index.html" for a, _ in addresses]:
    digest.update(name.encode())
    digest.update((staging / name).read_bytes())
sw = staging / "sw.js"
sw.write_text(
    sw.read_text(encoding="utf-8")
    .replace("'__VERSION__'", json.dumps(digest.hexdigest()[:16]))
    .replace("__FILES__", json.dumps(files))
    .replace("__PAGES__", json.dumps(precached)),
    encoding="utf-8",
)

# 5. Pre-compressed copies (Node's zlib has brotli; Python's standard library does not).
subprocess.run(["node", str(root / "scripts" / "compress.mjs"), str(staging)], check=True)
