// Drag-and-drop reordering of a trajectory's sessions (an enhancement only). The up/down buttons in each
// row stay the keyboard and no-JavaScript path. A drop posts the new position to the row's move URL as a
// plain form, so the server answers with the usual redirect back to the plan.
export default async function sessionOrder(tbody) {
  await import('/lib/sortablejs/Sortable.min.js');
  const Sortable = window.Sortable;
  if (!Sortable) return;
  tbody.classList.add('cx-sortable');
  Sortable.create(tbody, {
    animation: 150,
    onEnd(event) {
      if (event.oldIndex === event.newIndex) return;
      const row = event.item;
      const token = tbody.querySelector('input[name="__RequestVerificationToken"]');
      const form = document.createElement('form');
      form.method = 'post';
      form.action = row.dataset.moveUrl;
      form.hidden = true;
      for (const [name, value] of [['position', String(event.newIndex + 1)], ['__RequestVerificationToken', token ? token.value : '']]) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
    },
  });
}
