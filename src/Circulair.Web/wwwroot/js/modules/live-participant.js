// The phone follows the facilitator: when an activity opens or closes, a round starts or the timer changes,
// the page reloads itself, unless the participant is typing, in which case a notice with a refresh link shows.
// Once the stream says hello, every later change will be heard; data-listening says so (tests wait for it).
export default function (el) {
  if (!('EventSource' in window)) return;
  let dirty = false;
  el.addEventListener('input', () => { dirty = true; });
  el.addEventListener('submit', () => { dirty = false; });
  const source = new EventSource(el.dataset.events);
  source.addEventListener('hello', () => { el.dataset.listening = 'true'; });
  source.addEventListener('state', () => {
    if (dirty) {
      const notice = document.getElementById('live-notice');
      if (notice) notice.hidden = false;
    } else {
      source.close();
      window.location.reload();
    }
  });
}
