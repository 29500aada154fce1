// Turns a persona scale's <select> (which works without JavaScript) into a range slider with its value shown next to
// it. The range keeps the select's id, name, description and value, so the label and the error summary still point at it.
export default function personaSlider(select) {
  const options = [...select.options];
  const values = options.map((o) => Number(o.value)).filter((v) => Number.isInteger(v));
  if (values.length === 0) return;
  const range = document.createElement('input');
  range.type = 'range';
  range.min = String(Math.min(...values));
  range.max = String(Math.max(...values));
  range.step = '1';
  range.id = select.id;
  range.name = select.name;
  range.value = select.value;
  range.className = 'cx-range';
  for (const attr of ['aria-describedby', 'aria-invalid']) {
    if (select.hasAttribute(attr)) range.setAttribute(attr, select.getAttribute(attr));
  }
  const output = document.createElement('output');
  output.className = 'cx-range__value';
  output.htmlFor = range.id;
  const textOf = (value) => options.find((o) => o.value === value)?.text ?? value;
  const update = () => {
    const text = textOf(range.value);
    output.textContent = text;
    range.setAttribute('aria-valuetext', text);
  };
  range.addEventListener('input', update);
  const wrap = document.createElement('div');
  wrap.className = 'cx-range';
  select.replaceWith(wrap);
  wrap.append(range, output);
  range.className = 'cx-range__input';
  update();
}
