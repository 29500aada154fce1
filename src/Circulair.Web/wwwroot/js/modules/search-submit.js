// Enter in a stakeholder search field (_ChoiceSearch) presses its "Zoeken" button instead of the form's first
// button (which saves). Without JavaScript Enter saves the form; the button still searches.
export default function searchSubmit(field) {
  const input = field.querySelector('[data-search-input]');
  const button = field.querySelector('[data-search-button]');
  if (!input || !button) return;
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    button.click();
  });
}
