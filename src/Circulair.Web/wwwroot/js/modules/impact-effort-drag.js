// Drag on the impact/effort matrix (Tool 6). The page works without it: the form under the matrix scores an action.
// Dragging a point posts that same form (action, impact, effort, the page's antiforgery token) with the scores where
// the point was dropped, rounded to whole scores, then swaps in the matrix the server answers with. The server
// keeps one rating per member, so a drag replaces the member's own scores. The mean (the dot) stays where it is
// while the member drags their own point (the diamond, made on the fly for an action they had not scored), which
// says its scores as it moves; the answer draws both, so a point that is a mean of several raters no longer seems
// to jump back.
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

  const SVG_NS = 'http://www.w3.org/2000/svg';

  // The member's own point for an action: the server's diamond, or a new one for an action they have not scored.
  function ownPoint(key, label) {
    const found = svg.querySelector(`.cx-scatter__own[data-key="${CSS.escape(key)}"]`);
    if (found) return found;
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'cx-scatter__own');
    g.dataset.key = key;
    g.dataset.label = label;
    const mark = document.createElementNS(SVG_NS, 'rect');
    mark.setAttribute('class', 'cx-scatter__own-mark');
    for (const [name, value] of [['x', -7], ['y', -7], ['width', 14], ['height', 14], ['transform', 'rotate(45)']]) mark.setAttribute(name, String(value));
    g.append(mark);
    svg.append(g);
    return g;
  }

  function ownText(own) {
    let text = own.querySelector('.cx-scatter__own-text');
    if (!text) {
      text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('class', 'cx-scatter__own-text');
      text.setAttribute('x', '12');
      text.setAttribute('y', '18');
      own.append(text);
    }
    return text;
  }

  const handles = [...svg.querySelectorAll('.cx-scatter__point'), ...svg.querySelectorAll('.cx-scatter__own')];
  for (const handle of handles) {
    const isOwn = handle.classList.contains('cx-scatter__own');
    handle.classList.add(isOwn ? 'cx-scatter__own--draggable' : 'cx-scatter__point--draggable');
    handle.addEventListener('pointerdown', (down) => {
      if (busy || down.button !== 0) return;
      down.preventDefault();
      handle.setPointerCapture(down.pointerId);
      const key = handle.dataset.key;
      const label = handle.dataset.label;
      let own = null;
      let last = null;
      const move = (event) => {
        if (own === null) {
          // The first move: the member's own point comes loose from the line that joined it to the mean.
          own = ownPoint(key, label);
          const link = own.previousElementSibling?.classList.contains('cx-scatter__link') ? own.previousElementSibling : null;
          if (link) link.remove();
          own.classList.add('cx-scatter__own--dragging');
          svg.append(own); // on top of every dot while it moves
        }
        last = scoreAt(svg, event.clientX, event.clientY);
        own.setAttribute('transform', `translate(${last.x.toFixed(1)} ${last.y.toFixed(1)})`);
        ownText(own).textContent = format(region.dataset.ownText ?? '', last.impact, last.effort);
      };
      const up = (event) => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        if (last === null) return; // a click, not a drag
        save(key, label, scoreAt(svg, event.clientX, event.clientY));
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
    });
  }
}
