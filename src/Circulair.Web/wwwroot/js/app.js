// Circulair's JavaScript only enhances pages that already work without it.
// Behaviour is attached by data-module="name"; each module lives in js/modules/<name>.js.
const loaded = new WeakSet();

async function attach(root) {
  for (const el of root.querySelectorAll('[data-module]')) {
    if (loaded.has(el)) continue;
    loaded.add(el);
    for (const name of el.dataset.module.split(/\s+/)) {
      try {
        const mod = await import(`./modules/${name}.js`);
        mod.default(el);
      } catch (e) {
        console.error(`module ${name} failed`, e);
      }
    }
  }
}

attach(document);
document.addEventListener('htmx:load', (e) => attach(e.detail.elt.parentElement ?? document));
