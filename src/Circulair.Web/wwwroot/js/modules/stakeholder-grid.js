// Drag-and-drop on the stakeholder grid (Tool 2). The page works without it: every stakeholder links to its
// "Verplaatsen" form, which is also the keyboard way. Dragging posts that same form (same fields, the
// antiforgery token from the page) and then swaps in the grid as the server now renders it.
let sortableLoading;

function loadSortable() {
  if (window.Sortable) return Promise.resolve(window.Sortable);
  sortableLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/sortablejs/Sortable.min.js';
    script.onload = () => resolve(window.Sortable);
    script.onerror = reject;
    document.head.append(script);
  });
  return sortableLoading;
}

function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');
}

export default async function stakeholderGrid(region) {
  // Only today's grid, for someone who may write, can be rearranged; the server says which.
  if (region.dataset.canDrag !== 'true') return;
  const Sortable = await loadSortable();
  const gridUrl = region.dataset.gridUrl;
  let busy = false;

  const token = () => region.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const announce = (text) => {
    const status = region.querySelector('[data-grid-status]');
    if (status) status.textContent = text;
  };

  function attach() {
    for (const list of region.querySelectorAll('ul.cx-chips')) {
      const isCell = Boolean(list.dataset.power);
      Sortable.create(list, {
        group: { name: 'stakeholder-grid', pull: true, put: isCell },
        sort: false,
        animation: 120,
        draggable: '.cx-chip',
        disabled: busy,
        onEnd: (event) => {
          if (event.from !== event.to) move(event.item, event.to);
        },
      });
    }
  }

  function replaceWith(html) {
    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
    if (!fresh) return false;
    // Keep the live region that was already in the page: screen readers announce a change to an existing
    // region, not the text of a region inserted at the same moment.
    const status = region.querySelector('[data-grid-status]');
    region.innerHTML = fresh.innerHTML;
    const freshStatus = region.querySelector('[data-grid-status]');
    if (status && freshStatus) freshStatus.replaceWith(status);
    attach();
    return true;
  }

  async function move(chip, list) {
    busy = true;
    const name = chip.dataset.name;
    const body = new FormData();
    body.append('Move.Power', list.dataset.power);
    body.append('Move.Interest', list.dataset.interest);
    body.append('ReturnUrl', gridUrl);
    body.append('__RequestVerificationToken', token());
    let moved = false;
    let html = null;
    try {
      const response = await fetch(chip.dataset.moveUrl, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { 'X-CSRF-TOKEN': token() },
      });
      moved = response.ok;
      if (moved) html = await response.text();
    } catch {
      moved = false;
    }
    if (!html) {
      // Show the saved state again, whatever happened to the request.
      const response = await fetch(gridUrl, { credentials: 'same-origin' });
      html = await response.text();
    }
    busy = false;
    const swapped = replaceWith(html);
    if (!swapped) {
      window.location.assign(gridUrl);
      return;
    }
    if (moved) {
      announce(format(region.dataset.movedText, name, list.dataset.approach));
      region.querySelector(`[data-stakeholder-id="${chip.dataset.stakeholderId}"] a`)?.focus();
    } else {
      announce(region.dataset.failedText);
    }
  }

  attach();
}
