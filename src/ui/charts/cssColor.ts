/**
 * A colour custom property (e.g. "--series-1") as the browser computes it for `el`. The theme writes
 * colours with light-dark(), which a custom property keeps unresolved, so it is read through `color`,
 * where the browser picks the light or dark value; chart.js gets a plain rgb() string.
 */
export function cssColor(el: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  probe.hidden = true;
  const host = el.parentElement ?? document.body;
  host.appendChild(probe);
  const c = getComputedStyle(probe).color;
  probe.remove();
  return c;
}
