import { useLocation } from 'preact-iso';

const links: { href: string; label: string; long?: string }[] = [
  { href: '/', label: 'Estimate' },
  { href: '/offers', label: 'Offers' },
  { href: '/cities', label: 'Cities' },
  { href: '/settings', label: 'Settings' },
  { href: '/about', label: 'About', long: 'the data' },
];

/** Top bar with the app name and the main navigation. */
export function Header() {
  const { path } = useLocation();
  // The screen's first segment names its tab (an offer's page is under Offers; Compare is part of it).
  const top = path.split('/')[1];
  const here = `/${top === 'compare' ? 'offers' : top}`;
  return (
    <header class="top">
      <a class="brand" href="/">
        ML Comp
      </a>
      <nav aria-label="Main">
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <a
                href={l.href}
                aria-label={l.long ? `${l.label} ${l.long}` : undefined}
                aria-current={here === l.href ? 'page' : undefined}
              >
                {l.label}
                {l.long && <span class="long">{l.long}</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
