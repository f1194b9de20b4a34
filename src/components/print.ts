// Print buttons (no inline handlers, so a strict Content-Security-Policy holds) and the print summary's date and link.
function fillSummary() {
  const lang = document.documentElement.lang || undefined;
  document.querySelectorAll('[data-print-date]').forEach((el) => {
    el.textContent = new Date().toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
  });
  document.querySelectorAll('[data-print-url]').forEach((el) => {
    el.textContent = location.href;
  });
}
fillSummary();
// The link must carry the state of the moment (calculators and walkthroughs keep it in the URL).
window.addEventListener('beforeprint', fillSummary);
window.matchMedia('print').addEventListener('change', fillSummary);
// `urlstate`: a widget wrote its state to the address (widgets/shared/useUrlState.ts).
window.addEventListener('urlstate', fillSummary);
for (const type of ['click', 'change', 'keyup', 'popstate'] as const) window.addEventListener(type, () => setTimeout(fillSummary, 0));
document.addEventListener('click', (e) => {
  const button = e.target instanceof Element ? e.target.closest('[data-print]') : null;
  if (button) window.print();
});
