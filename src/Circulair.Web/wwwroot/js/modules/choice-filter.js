// Puts a filter box above a long checkbox list (an initiative's partners), so a register of hundreds stays
// usable. Without JavaScript the list simply scrolls. Boxes hidden by the filter keep their state and are
// still submitted; ticked boxes stay visible.
let count = 0;

export default function choiceFilter(list) {
  const items = [...list.querySelectorAll('.cx-checkbox')];
  if (items.length < 8) return;
  const id = `choice-filter-${++count}`;
  const field = document.createElement('div');
  field.className = 'cx-field cx-choice-list__filter';
  const label = document.createElement('label');
  label.className = 'cx-field__label';
  label.htmlFor = id;
  label.textContent = list.dataset.filterLabel || 'Filter';
  const input = document.createElement('input');
  input.type = 'search';
  input.id = id;
  input.className = 'cx-input';
  input.autocomplete = 'off';
  field.append(label, input);
  list.before(field);

  const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const texts = items.map((item) => plain(item.textContent));
  input.addEventListener('keydown', (e) => {
    // Enter filters; it must not submit the whole form.
    if (e.key === 'Enter') e.preventDefault();
  });
  input.addEventListener('input', () => {
    const q = plain(input.value.trim());
    items.forEach((item, i) => {
      item.hidden = q !== '' && !texts[i].includes(q) && !item.querySelector('input').checked;
    });
  });
}
