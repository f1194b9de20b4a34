// A lesson table wider than a phone scrolls inside its own box (global.css); a keyboard user can only scroll a box
// that takes focus, so every lesson table is in the tab order. Runs as a hast plugin of Astro's MDX processor.

interface HastElement { tagName: string; properties?: Record<string, unknown> }
interface VisitContext { setProperty(node: HastElement, name: string, value: string): void }

/** The Sätteri hast plugin: `tabindex="0"` on every table of an MDX page. */
export function focusableTables() {
  return {
    name: 'focusable-tables',
    element: {
      filter: ['table'],
      visit(node: HastElement, ctx: VisitContext) {
        ctx.setProperty(node, 'tabindex', '0');
      },
    },
  };
}
