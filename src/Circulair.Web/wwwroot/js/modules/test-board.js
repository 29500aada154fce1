// Drag-and-drop on a pilot's progress board (Tool 14). The board works without it: every card carries a small
// form (a column to choose, and buttons one column left or right), which is also the keyboard way. Dragging posts
// that same form (cardId, stage, the page's antiforgery token) and swaps in the board as the server now renders it,
// including a refusal (a test without its criterion cannot start) with its error summary.
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

export default async function testBoard(region) {
  if (region.dataset.canDrag !== 'true') return;
  const Sortable = await loadSortable();
  const token = () => region.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';
  const announce = (text) => {
    const status = region.querySelector('[data-board-status]');
    if (status) status.textContent = text;
  };

  function attach() {
    for (const list of region.querySelectorAll('ul.cx-board__cards')) {
      Sortable.create(list, {
        group: 'test-board',
        sort: false,
        animation: 120,
        draggable: '.cx-board__card[data-learned="false"]',
        onEnd: (event) => {
          if (event.from !== event.to) move(event.item, event.to);
        },
      });
    }
  }

  function replaceWith(html) {
    const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(region.id);
    if (!fresh) return false;
    const status = region.querySelector('[data-board-status]');
    region.innerHTML = fresh.innerHTML;
    const freshStatus = region.querySelector('[data-board-status]');
    if (status && freshStatus) freshStatus.replaceWith(status);
    attach();
    return true;
  }

  async function move(card, list) {
    const form = card.querySelector('form.cx-board__move');
    if (!form) return;
    const body = new FormData();
    body.append('cardId', card.dataset.cardId);
    body.append('stage', list.dataset.stage);
    body.append('__RequestVerificationToken', token());
    let html = null;
    let ok = false;
    try {
      const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
      ok = response.ok;
      html = await response.text();
    } catch {
      html = null;
    }
    if (!html || !replaceWith(html)) {
      window.location.reload();
      return;
    }
    if (ok) {
      announce(format(region.dataset.movedText, card.dataset.name, list.dataset.stageLabel));
      region.querySelector(`#card-${card.dataset.cardId}`)?.focus();
    } else {
      announce(region.dataset.failedText);
      region.querySelector('.cx-error-summary')?.focus();
    }
  }

  attach();
}
