import { createElement, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

interface Props<P> {
  /** The button's text, in the page's language (resolved by the Astro wrapper). */
  label: string;
  /** Said when the tool's code cannot be downloaded. */
  failedLabel: string;
  /** The tool's module, imported on the first press (its chunk is registered as on demand in scripts/bench.mjs). */
  load: () => Promise<{ default: ComponentType<P> }>;
  props: P;
  /** Server-rendered content the tool shows (e.g. Tokuhashi's 1990 note). */
  children?: ReactNode;
}

type State<P> = { kind: 'closed' | 'loading' | 'failed' } | { kind: 'open'; Tool: ComponentType<P> };

/**
 * A score tool embedded in a lesson, shipped when the reader asks for it: a button until pressed, then the
 * tool itself, with focus moved to it so keyboard and screen-reader users land where it appeared.
 */
export function OnDemandTool<P extends object>({ label, failedLabel, load, props, children }: Props<P>) {
  const [state, setState] = useState<State<P>>({ kind: 'closed' });
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.kind === 'open') region.current?.focus();
  }, [state.kind]);

  if (state.kind === 'open') {
    return (
      <div ref={region} tabIndex={-1} className="on-demand-tool" data-testid="on-demand-tool">
        {createElement(state.Tool, props, children)}
      </div>
    );
  }
  const open = () => {
    setState({ kind: 'loading' });
    load().then(
      (m) => setState({ kind: 'open', Tool: m.default }),
      () => setState({ kind: 'failed' }),
    );
  };
  return (
    <div className="on-demand-tool" data-testid="on-demand-tool">
      <button type="button" className="on-demand-tool__open" data-testid="open-tool" onClick={open} disabled={state.kind === 'loading'} aria-busy={state.kind === 'loading'}>
        {label}
      </button>
      {state.kind === 'failed' && <p role="alert" className="note note--pitfall">{failedLabel}</p>}
    </div>
  );
}
