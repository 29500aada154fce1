// The SMART assistant's live checklist. The server renders it from the saved (or refused) form; this keeps it in
// step while the goal is typed in. Each gap names its field (data-field) and whether that field must hold a number
// (data-number); the rule itself is SmartChecklist in Core, which this mirrors and never replaces: the form saves
// whatever the checklist says. Gaps marked data-server check content (a known owner, a deadline ahead): those stay as
// the server rendered them while their field is filled.
const numberPattern = /^\s*[-+\u2212]?(\d{1,3}([.\s\u00a0\u202f]\d{3})+|\d+)([.,]\d+)?\s*$/;

function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');
}

function filled(field, number) {
  if (!field) return false;
  const value = field.value.trim();
  if (value === '') return false;
  return number ? numberPattern.test(value) : true;
}

export default function smartChecklist(section) {
  const form = section.closest('.cx-smart-layout')?.querySelector('form') ?? document.querySelector('#goal-form');
  if (!form) return;
  const count = section.querySelector('[data-smart-count]');

  function update() {
    let met = 0;
    const elements = section.querySelectorAll('[data-element]');
    for (const element of elements) {
      let open = 0;
      for (const gap of element.querySelectorAll('[data-gap]')) {
        const field = document.getElementById(gap.dataset.field);
        if (gap.hasAttribute('data-server')) {
          // A content check (unknown owner, deadline passed…): the server's verdict holds until the field is emptied.
          if (!field || field.value.trim() === '') gap.hidden = true;
          if (!gap.hidden) open++;
          continue;
        }
        const missing = !filled(field, gap.hasAttribute('data-number'));
        gap.hidden = !missing;
        if (missing) open++;
      }
      const isMet = open === 0;
      if (isMet) met++;
      element.dataset.state = isMet ? 'met' : 'open';
      element.querySelector('[data-mark]').textContent = isMet ? '✓' : '!';
      element.querySelector('[data-state-text]').textContent = isMet ? section.dataset.metText : section.dataset.openText;
    }
    if (count) count.textContent = format(section.dataset.countText, met, elements.length);
  }

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}
