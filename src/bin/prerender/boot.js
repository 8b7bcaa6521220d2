// Starts the app on a pre-rendered page: loads this page's wasm bundle, hydrates each island (islands are
// never nested), hands over what the resident typed or tapped before it was ready, then tells the app.
import init, * as app from '__GLUE__';

// head.js has already said in words when this browser cannot run the bundle: then nothing is started. (No
// top-level await: Chrome before 89 would not run this file at all.)
if (!window.__tbCannotRunHere) start();

async function start() {
  try {
    await init({ module_or_path: '__WASM__' });
  } catch (error) {
    // The bundle did not compile or download: the page says so in words (head.js) rather than failing silently.
    window.__tbCannotRun();
    throw error;
  }

  // Typed or ticked before the wasm arrived: hydration sets each field to what the page was rendered with.
  // (Read after the download, right before hydrating, which is synchronous: nothing typed in between is missed.)
  const fields = [...document.querySelectorAll('leptos-island input, leptos-island textarea, leptos-island select')];
  const checkable = (el) => el.type === 'checkbox' || el.type === 'radio';
  // What the page was rendered with. A <select> has no defaultValue: its rendered choice is the option marked
  // `selected`, else the first one.
  const changed = (el) => {
    if (el.tagName === 'SELECT') return el.selectedIndex !== Math.max(0, [...el.options].findIndex((o) => o.defaultSelected));
    return el.value !== el.defaultValue;
  };
  // A radio button is told only when picked: the one it replaced follows by itself.
  const early = fields
    .filter((el) => (checkable(el) ? el.checked !== el.defaultChecked && (el.checked || el.type === 'checkbox') : changed(el)))
    .map((el) => [el, checkable(el) ? el.checked : el.value]);

  // Typed after hydration: the island already has it, and the early value must not overwrite it.
  const typedSince = new Set();
  const note = (e) => { if (e.isTrusted) typedSince.add(e.target); };
  document.addEventListener('input', note, true);
  document.addEventListener('change', note, true);

  app.hydrate();
  for (const island of document.querySelectorAll('leptos-island')) {
    const hydrate = app[island.dataset.component];
    if (hydrate) hydrate(island);
  }
  app.hydrated();
  // The islands' first reactions (a stored draft opened, a remembered date read) run before the hand-over.
  await new Promise((resolve) => setTimeout(resolve));

  // A field drawn again meanwhile is found by its id.
  for (const [rendered, value] of early) {
    const el = rendered.isConnected ? rendered : rendered.id && document.getElementById(rendered.id);
    if (!el) continue;
    if (typedSince.has(el)) {
      // Typing went on while the island woke up: keep it, after the part typed before if that was dropped.
      if (checkable(el) || el.tagName === 'SELECT' || el.value.startsWith(value)) continue;
      el.value = value + el.value;
    } else if (checkable(el)) el.checked = value;
    else el.value = value;
    el.dispatchEvent(new Event(checkable(el) || el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }
  document.removeEventListener('input', note, true);
  document.removeEventListener('change', note, true);
  const tapped = window.__tbTapped;
  delete window.__tbTapped;
  if (tapped && tapped.isConnected) tapped.click();
}
