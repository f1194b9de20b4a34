// Tips of glossary terms and citations (WCAG 1.4.13): they open on hover, focus and tap, stay while hovered, and
// Esc dismisses them without moving focus. State lives in data-tip on the trigger (a citation group holds several):
// "open" (tapped) or "closed" (Esc). A tap on a citation previews it; a second tap follows the link to the list.
const triggerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.tip-trigger') : null);
const tipOf = (trigger: HTMLElement) => trigger.nextElementSibling as HTMLElement;
const shown = (tip: HTMLElement) => tip.getClientRects().length > 0;

/**
 * Keeps a shown tip inside the screen: it opens at the start of its term, which may sit near the right edge, and
 * above the line unless the line is at the top of the screen (then below: covering the next line beats not showing).
 */
function place(target: EventTarget | null) {
  const host = target instanceof Element ? target.closest('.tip-host') : null;
  host?.querySelectorAll<HTMLElement>('.tip').forEach((tip) => {
    tip.style.translate = '';
    delete tip.dataset.below;
    if (!shown(tip)) return;
    if (tip.getBoundingClientRect().top < 0) tip.dataset.below = '';
    const { left, right } = tip.getBoundingClientRect();
    const margin = 8;
    const dx = Math.max(margin - left, Math.min(0, document.documentElement.clientWidth - margin - right));
    if (dx) tip.style.translate = `${dx}px 0`;
  });
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  document.querySelectorAll<HTMLElement>('.tip-trigger').forEach((t) => {
    if (shown(tipOf(t))) t.dataset.tip = 'closed';
  });
});

let pointer = '';
document.addEventListener('pointerdown', (e) => (pointer = e.pointerType), true);

document.addEventListener('click', (e) => {
  const trigger = triggerOf(e.target);
  const touch = pointer === 'touch' && e.detail > 0;
  pointer = '';
  document.querySelectorAll<HTMLElement>('.tip-trigger[data-tip="open"]').forEach((t) => {
    if (t !== trigger) delete t.dataset.tip;
  });
  if (!trigger) return;
  const open = trigger.dataset.tip === 'open';
  if (trigger.classList.contains('term__word')) trigger.dataset.tip = open ? 'closed' : 'open';
  else if (touch && !open) {
    e.preventDefault();
    trigger.dataset.tip = 'open';
  } else delete trigger.dataset.tip;
  place(trigger);
});

for (const type of ['mouseover', 'focusin'] as const) document.addEventListener(type, (e) => place(e.target));

// Esc's "closed" lasts until the pointer and focus have both left.
for (const type of ['focusout', 'mouseleave'] as const) {
  document.addEventListener(
    type,
    (e) => {
      const host = e.target instanceof Element ? e.target.closest('.tip-host') : null;
      if (!host || host.matches(':hover') || host.contains(document.activeElement)) return;
      host.querySelectorAll<HTMLElement>('.tip-trigger[data-tip="closed"]').forEach((t) => delete t.dataset.tip);
    },
    true,
  );
}
