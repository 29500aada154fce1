// Counts the projector's timer down from the seconds the server put in data-countdown (no clock skew between
// server and projector). The end time is printed beside it, so without JavaScript the timer still reads.
export default function (el) {
  let timer = null;
  function start() {
    if (timer) clearInterval(timer);
    const target = el.querySelector('[data-countdown]');
    if (!target) return;
    const end = Date.now() + Number(target.dataset.countdown) * 1000;
    const tick = () => {
      const left = Math.max(0, Math.round((end - Date.now()) / 1000));
      target.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
      if (left === 0) clearInterval(timer);
    };
    tick();
    timer = setInterval(tick, 1000);
  }
  start();
  el.addEventListener('cx:updated', start);
}
