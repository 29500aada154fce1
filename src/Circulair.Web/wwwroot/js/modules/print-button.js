// The print view's "Afdrukken" button: shown only when JavaScript runs (without it, the browser's own print works).
export default function printButton(button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
