// Drag-and-drop reordering of sticky notes on the vision canvas. Without JavaScript the Up/Down buttons do
// the same; here dragging only rewrites each note's hidden Position field, and "Canvas opslaan" stores it.
export default async function visionNotes(form) {
  if (!window.Sortable) {
    try {
      await import('/lib/sortablejs/Sortable.min.js');
    } catch {
      return; // the buttons still work
    }
  }
  const Sortable = window.Sortable;
  if (!Sortable) return;
  for (const list of form.querySelectorAll('.cx-notes[data-block]')) {
    const status = list.parentElement.querySelector('[data-status]');
    const hint = list.parentElement.querySelector('[data-drag-hint]');
    if (hint && list.children.length > 1) hint.hidden = false;
    list.dataset.sortable = '';
    Sortable.create(list, {
      animation: 0,
      ghostClass: 'cx-note--ghost',
      filter: 'textarea, select, button, input',
      preventOnFilter: false,
      onEnd() {
        list.querySelectorAll(':scope > .cx-note').forEach((note, i) => {
          const position = note.querySelector('[data-position]');
          if (position) position.value = String(i + 1);
        });
        if (status) status.textContent = form.dataset.reorderedText || '';
      },
    });
  }
}
