// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterEach, expect, it } from 'vitest';
import { Header } from '../../src/ui/app/Header';

afterEach(cleanup);

const current = (path: string) => {
  history.replaceState(null, '', path);
  render(
    <LocationProvider>
      <Header />
    </LocationProvider>,
  );
  const tabs = [...document.querySelectorAll('nav a[aria-current="page"]')].map((a) => a.textContent);
  cleanup();
  return tabs;
};

it('marks the tab of the screen shown: an offer and Compare under Offers, a shared link under none', () => {
  expect(current('/')).toEqual(['Estimate']);
  expect(current('/offers')).toEqual(['Offers']);
  expect(current('/offers/new')).toEqual(['Offers']);
  expect(current('/compare')).toEqual(['Offers']);
  expect(current('/cities')).toEqual(['Cities']);
  expect(current('/settings')).toEqual(['Settings']);
  expect(current('/about')).toEqual(['Aboutthe data']);
  expect(current('/share')).toEqual([]);
});
