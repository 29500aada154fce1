// The projector follows the workshop live: on every server-sent event it fetches the fragment and swaps it in.
// Fetches never overlap (a burst of votes costs at most one extra fetch). When events fail it polls every
// five seconds; the page's refresh link and, without JavaScript, its <noscript> refresh still work.
// Once the stream says hello, every later change will be heard; data-listening says so (tests wait for it).
export default function (el) {
  const fragment = el.dataset.fragment;
  let busy = false;
  let again = false;
  let poll = null;

  async function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    try {
      const response = await fetch(fragment, { headers: { 'Accept': 'text/html' }, cache: 'no-store' });
      if (response.ok) {
        el.innerHTML = await response.text();
        el.dispatchEvent(new CustomEvent('cx:updated', { bubbles: true }));
      }
    } catch { /* the next event or poll tries again */ }
    busy = false;
    if (again) { again = false; refresh(); }
  }

  function startPolling() {
    if (!poll) poll = setInterval(refresh, 5000);
  }

  if (!('EventSource' in window)) { startPolling(); return; }
  const source = new EventSource(el.dataset.events);
  source.addEventListener('state', refresh);
  source.addEventListener('results', refresh);
  source.addEventListener('hello', () => {
    el.dataset.listening = 'true';
    if (poll) { clearInterval(poll); poll = null; refresh(); }
  });
  source.onerror = () => { delete el.dataset.listening; startPolling(); };
}
