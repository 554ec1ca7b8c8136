import { options, type VNode } from 'preact';

// A prerendered page's text is one text node where the markup had "Tax year {year} rules…": the HTML
// cannot mark where one piece ends. Drawn as five text nodes over it, the browser sees new text, and
// reports the paragraph as painted again (Lighthouse's largest paint moved to the script's time). So
// the pieces of text side by side in an element are joined into one before they are drawn, as in the HTML.
// Loaded with each screen's code (App.tsx), before the screen is drawn over its prerendered HTML.

type Child = unknown;

/**
 * The children with each run of strings and numbers joined (what draws nothing between them is skipped,
 * and so is a run that is empty: the HTML has no text there).
 */
function joinRuns(children: readonly Child[]): Child {
  const out: Child[] = [];
  let run: string | undefined;
  for (const c of children) {
    if (typeof c === 'string' || typeof c === 'number') run = (run ?? '') + c;
    else if (c === null || c === undefined || typeof c === 'boolean') continue;
    else {
      if (run) out.push(run);
      run = undefined;
      out.push(c);
    }
  }
  if (run) out.push(run);
  return out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
}

const previous = options.vnode;
options.vnode = (vnode: VNode) => {
  const props = vnode.props as { children?: Child };
  if (typeof vnode.type === 'string') {
    if (Array.isArray(props.children)) props.children = joinRuns(props.children);
    else if (props.children === '') props.children = undefined;
  }
  previous?.(vnode);
};
