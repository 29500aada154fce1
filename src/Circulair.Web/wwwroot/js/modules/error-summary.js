// Moves focus to the error summary after a refused form, so screen-reader users hear what is wrong first.
export default function errorSummary(el) {
  el.focus();
}
