// Tips of glossary terms and citations (WCAG 1.4.13): they open on hover, focus and tap, stay while hovered, and
// Esc dismisses them without moving focus. State lives in data-tip on the host: "open" (tapped) or "closed" (Esc).
function hostOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('.tip-host') : null;
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  document.querySelectorAll<HTMLElement>('.tip-host').forEach((h) => {
    if (h.matches(':hover, :focus-within') || h.dataset.tip === 'open') h.dataset.tip = 'closed';
  });
});

document.addEventListener('click', (e) => {
  const host = hostOf(e.target);
  document.querySelectorAll<HTMLElement>('.tip-host[data-tip="open"]').forEach((h) => {
    if (h !== host) delete h.dataset.tip;
  });
  // A tap on a term toggles its tip; a citation link keeps its normal jump to the reference list.
  if (host && host.classList.contains('term')) host.dataset.tip = host.dataset.tip === 'open' ? 'closed' : 'open';
});

for (const type of ['focusout', 'mouseleave'] as const) {
  document.addEventListener(
    type,
    (e) => {
      const host = hostOf(e.target);
      if (host && host.dataset.tip === 'closed') delete host.dataset.tip;
    },
    true,
  );
}
