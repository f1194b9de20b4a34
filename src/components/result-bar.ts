// On a phone the calculator's result stays in view as a bar at the bottom of the screen (CSS in global.css);
// a tap on the bar expands it to the whole panel and a second tap (or Esc) folds it again.
const narrow = window.matchMedia('(max-width: 55.99rem)');
document.addEventListener('click', (e) => {
  if (!narrow.matches || !(e.target instanceof Element)) return;
  if (e.target.closest('button, a, input, select, textarea, label')) return;
  const bar = e.target.closest<HTMLElement>('.calc__result');
  if (bar) bar.dataset.expanded = bar.dataset.expanded === 'true' ? 'false' : 'true';
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') document.querySelectorAll<HTMLElement>('.calc__result[data-expanded="true"]').forEach((b) => (b.dataset.expanded = 'false'));
});
