// "Extra rij" on the action sheet (Tool 7) without a round trip. The page works without it: each button posts the
// form back with one more empty row and everything typed kept. Here the last row of the list is copied, its index
// raised in every name, id and label (the server binds Input.Milestones[3].Date as the fourth milestone, so indices
// must stay 0..n-1 without gaps), its values and messages cleared, and the new row's first field gets the focus.
function format(template, ...values) {
  return template.replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');
}

export default function sheetRows(form) {
  for (const button of form.querySelectorAll('button[data-add-row]')) {
    const list = button.dataset.addRow;
    const block = form.querySelector(`[data-rows="${CSS.escape(list)}"]`);
    if (!block) continue;
    button.addEventListener('click', (event) => {
      const rows = block.querySelectorAll(':scope > .cx-sheet__row');
      const last = rows[rows.length - 1];
      if (!last) return; // nothing to copy: let the form post back
      event.preventDefault();
      const index = rows.length;
      const row = last.cloneNode(true);
      const names = new RegExp(`(Input\\.${list})\\[\\d+\\]`, 'g');
      const ids = new RegExp(`(Input_${list})_\\d+__`, 'g');
      const renumber = (value) => value.replace(names, `$1[${index}]`).replace(ids, `$1_${index}__`);
      // A copied row starts blank: no "remove" box, no messages from an earlier post.
      for (const remove of row.querySelectorAll('input[name$=".Remove"]')) remove.closest('.cx-field')?.remove();
      for (const error of row.querySelectorAll('.cx-field__error')) error.remove();
      for (const field of row.querySelectorAll('.cx-field--error')) field.classList.remove('cx-field--error');
      for (const el of row.querySelectorAll('[name], [id], [for], [aria-describedby]')) {
        for (const attribute of ['name', 'id', 'for']) {
          if (el.hasAttribute(attribute)) el.setAttribute(attribute, renumber(el.getAttribute(attribute)));
        }
        if (el.hasAttribute('aria-describedby')) {
          const kept = el.getAttribute('aria-describedby').split(/\s+/).filter((id) => !id.endsWith('-error')).map(renumber).join(' ');
          if (kept) el.setAttribute('aria-describedby', kept); else el.removeAttribute('aria-describedby');
        }
        el.removeAttribute('aria-invalid');
        if (el.matches('input[type=checkbox], input[type=radio]')) el.checked = false;
        else if (el.matches('input[type=hidden]')) el.value = el.name.endsWith('.Done') || el.name.endsWith('.Remove') ? 'false' : el.value;
        else if (el.matches('input, textarea')) el.value = '';
        else if (el.matches('select')) el.selectedIndex = 0;
      }
      const legend = row.querySelector('legend');
      if (legend && block.dataset.legend) legend.textContent = format(block.dataset.legend, index + 1);
      last.after(row);
      row.querySelector('input:not([type=hidden]), select, textarea')?.focus();
    });
  }
}
