// Drag on the impact/effort matrix (Tool 6). The page works without it: the form under the matrix scores an action.
// Dragging a point posts that same form (action, impact, effort, the page's antiforgery token) with the scores where
// the point was dropped, rounded to whole scores, then swaps in the matrix the server answers with. The server
// keeps one rating per member, so a drag replaces the member's own scores; with several raters the point settles
// on the new mean.
function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');
}

export default function impactEffortDrag(region) {
  if (region.dataset.canDrag !== 'true') return;
  const container = region.closest('#matrix-region') ?? region;
  let busy = false;

  const token = () => document.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const announce = (text) => {
    const status = region.querySelector('[data-drag-status]');
    if (status) status.textContent = text;
  };

  function scoreAt(svg, clientX, clientY) {
    const point = svg.createSVGPoint();
    point.x = clientX;
    point.y = clientY;
    const local = point.matrixTransform(svg.getScreenCTM().inverse());
    const min = Number(svg.dataset.min);
    const max = Number(svg.dataset.max);
    const left = Number(svg.dataset.left);
    const top = Number(svg.dataset.top);
    const size = Number(svg.dataset.size);
    const clamp = (v) => Math.min(max, Math.max(min, Math.round(v)));
    return {
      effort: clamp(min + ((local.x - left) / size) * (max - min)),
      impact: clamp(min + ((top + size - local.y) / size) * (max - min)),
      x: local.x,
      y: local.y,
    };
  }

  async function save(key, label, score) {
    busy = true;
    const body = new FormData();
    body.append('Input.PlannedActionId', key);
    body.append('Input.Impact', String(score.impact));
    body.append('Input.Effort', String(score.effort));
    body.append('__RequestVerificationToken', token());
    let html = null;
    let ok = false;
    try {
      // HX-Request: the server answers with the matrix as it now stands instead of redirecting (POST-redirect-GET
      // is for the plain form).
      const response = await fetch(region.dataset.postUrl, { method: 'POST', body, credentials: 'same-origin', headers: { 'HX-Request': 'true' } });
      ok = response.ok && !response.url.includes('/login');
      html = await response.text();
    } catch {
      ok = false;
    }
    if (!ok || !html) {
      const response = await fetch(region.dataset.postUrl, { credentials: 'same-origin' });
      html = await response.text();
    }
    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(container.id);
    busy = false;
    if (!fresh) {
      window.location.assign(region.dataset.postUrl);
      return;
    }
    const status = region.querySelector('[data-drag-status]');
    container.innerHTML = fresh.innerHTML;
    const flash = document.querySelector('.cx-flash');
    if (flash) flash.remove();
    // The swapped-in region is new markup: attach again and say what happened.
    const newRegion = container.querySelector('#matrix');
    if (newRegion) {
      impactEffortDrag(newRegion);
      const newStatus = newRegion.querySelector('[data-drag-status]');
      if (newStatus) newStatus.textContent = ok ? format(region.dataset.movedText, label, score.impact, score.effort) : region.dataset.failedText;
    } else if (status) {
      announce(region.dataset.failedText);
    }
  }

  const svg = region.querySelector('svg.cx-scatter');
  if (!svg) return;
  const hint = region.querySelector('[data-drag-hint]');
  if (hint) hint.hidden = false;

  for (const point of svg.querySelectorAll('.cx-scatter__point')) {
    point.classList.add('cx-scatter__point--draggable');
    point.addEventListener('pointerdown', (down) => {
      if (busy || down.button !== 0) return;
      down.preventDefault();
      point.setPointerCapture(down.pointerId);
      point.classList.add('cx-scatter__point--dragging');
      let last = null;
      const move = (event) => {
        last = scoreAt(svg, event.clientX, event.clientY);
        point.setAttribute('transform', `translate(${last.x.toFixed(1)} ${last.y.toFixed(1)})`);
      };
      const up = (event) => {
        point.removeEventListener('pointermove', move);
        point.removeEventListener('pointerup', up);
        point.classList.remove('cx-scatter__point--dragging');
        const score = scoreAt(svg, event.clientX, event.clientY);
        if (last === null) return;
        save(point.dataset.key, point.dataset.label, score);
      };
      point.addEventListener('pointermove', move);
      point.addEventListener('pointerup', up);
    });
  }
}
