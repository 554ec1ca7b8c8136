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
                aria-current={
                  path === l.href || (l.href !== '/' && path.startsWith(`${l.href}/`)) ? 'page' : undefined
                }
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
