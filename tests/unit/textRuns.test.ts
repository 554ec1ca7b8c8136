// src/ui/shared/textRuns.ts: the text side by side in an element is one text node, as in the HTML the
// page was prerendered to (tests/e2e/prerender.spec.ts checks the browser draws none of it again).
import { h } from 'preact';
import { describe, expect, it } from 'vitest';
import '../../src/ui/shared/textRuns';

const children = (v: { props: unknown }) => (v.props as { children?: unknown }).children;

describe('text runs', () => {
  it('joins strings and numbers, skipping what draws nothing', () => {
    expect(children(h('p', null, 'Tax year ', 2026, ' rules', false, null, '.'))).toBe(
      'Tax year 2026 rules.',
    );
  });

  it('keeps elements in place between the runs, and leaves components alone', () => {
    const b = h('b', null, 'x');
    expect(children(h('p', null, 'a', 1, b, 'c', '', true))).toEqual(['a1', b, 'c']);
    expect(children(h('p', null, '', b, ''))).toEqual([b]);
    const Comp = (p: { children?: unknown }) => h('i', null, p.children as string);
    expect(children(h(Comp, null, 'a', 'b'))).toEqual(['a', 'b']);
  });

  it('draws no empty text node for an empty string', () => {
    expect(children(h('p', null, ''))).toBeUndefined();
    expect(children(h('p', null, 'only'))).toBe('only');
  });
});
