import { useLocation } from 'preact-iso';

const links = [
  { href: '/', label: 'Estimate' },
  { href: '/offers', label: 'Offers' },
  { href: '/cities', label: 'Cities' },
  { href: '/settings', label: 'Settings' },
  { href: '/about', label: 'About the data' },
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
                aria-current={
                  path === l.href || (l.href !== '/' && path.startsWith(`${l.href}/`)) ? 'page' : undefined
                }
              >
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
