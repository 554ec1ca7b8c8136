import { describe, expect, it } from 'vitest';
import { searchPlaces } from '../../src/model/placeSearch';
import { places } from '../../src/model/places';

const labels = (q: string, recent?: string[]) => searchPlaces(places, q, { recent }).map((p) => p.label);

describe('place search', () => {
  it('finds Raleigh from “rale”, Denver, Austin and Philadelphia from a few letters', () => {
    expect(labels('rale')[0]).toBe('Raleigh-Cary, NC');
    expect(labels('denv')[0]).toBe('Denver-Aurora-Lakewood, CO');
    expect(labels('austin')[0]).toBe('Austin-Round Rock-Georgetown, TX');
    expect(labels('phila')[0]).toBe('Philadelphia-Camden-Wilmington, PA-NJ-DE-MD');
  });

  it('puts a state before its metros when the name is the same, and matches several words', () => {
    expect(labels('new york').slice(0, 2)).toEqual(['New York', 'New York-Newark-Jersey City, NY-NJ-PA']);
    expect(labels('san fran')[0]).toBe('San Francisco-Oakland-Berkeley, CA');
    expect(labels('portland or')).toContain('Portland-Vancouver-Hillsboro, OR-WA');
  });

  it('matches a state code to the places in that state', () => {
    const nc = searchPlaces(places, 'nc', { limit: 100 });
    expect(nc.length).toBeGreaterThan(5);
    expect(nc.every((p) => p.state === 'NC' || p.states?.includes('NC'))).toBe(true);
  });

  it('lists recently used places first', () => {
    expect(labels('', ['metro-raleigh-cary-nc', 'state-co']).slice(0, 3)).toEqual([
      'Raleigh-Cary, NC',
      'Colorado',
      'United States (national average)',
    ]);
    const recentFirst = labels('port', ['metro-portland-south-portland-me']);
    expect(recentFirst[0]).toBe('Portland-South Portland, ME');
  });

  it('returns nothing for nonsense and never throws', () => {
    for (const q of ['zzzz', '!!!', '   ', '12..5', 'a'.repeat(500)]) expect(() => labels(q)).not.toThrow();
    expect(labels('zzzz')).toEqual([]);
  });

  it('finds a metro by the nickname people type, and still what the letters match', () => {
    expect(labels('NYC')[0]).toBe('New York-Newark-Jersey City, NY-NJ-PA');
    expect(labels('sf')[0]).toBe('San Francisco-Oakland-Berkeley, CA');
    expect(labels('Bay Area')[0]).toBe('San Francisco-Oakland-Berkeley, CA');
    expect(labels('silicon valley')[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    expect(labels('philly')[0]).toBe('Philadelphia-Camden-Wilmington, PA-NJ-DE-MD');
    // "LA" is also Louisiana's code, "DC" the District's: both stay in the list, after the metro.
    expect(labels('LA')[0]).toBe('Los Angeles-Long Beach-Anaheim, CA');
    expect(labels('LA')).toContain('Louisiana');
    expect(labels('dc')[0]).toBe('Washington-Arlington-Alexandria, DC-VA-MD-WV');
    expect(labels('dc')).toContain('District of Columbia');
    expect(new Set(labels('la')).size).toBe(labels('la').length);
  });

  it('finds the metro of a borough or a tech town whose metro is named for other cities', () => {
    const ny = 'New York-Newark-Jersey City, NY-NJ-PA';
    for (const q of ['Brooklyn', 'queens', 'The Bronx', 'Staten Island']) expect(labels(q)).toEqual([ny]);
    // Manhattan, New York, first; Manhattan, Kansas, still found.
    expect(labels('Manhattan')).toEqual([ny, 'Manhattan, KS']);
    for (const q of ['Palo Alto', 'mountain view', 'Cupertino'])
      expect(labels(q)[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    for (const q of ['Menlo Park', 'Redwood City'])
      expect(labels(q)[0]).toBe('San Francisco-Oakland-Berkeley, CA');
    for (const q of ['Redmond', 'Kirkland']) expect(labels(q)[0]).toBe('Seattle-Tacoma-Bellevue, WA');
    expect(labels('Santa Monica')[0]).toBe('Los Angeles-Long Beach-Anaheim, CA');
  });

  it('finds a borough or town while it is being typed, and with its state after a comma', () => {
    const ny = 'New York-Newark-Jersey City, NY-NJ-PA';
    // Every prefix of 4 letters or more lists the metro; what the letters match comes first.
    for (let n = 4; n <= 'Brooklyn'.length; n++) expect(labels('Brooklyn'.slice(0, n))).toContain(ny);
    expect(labels('Palo')).toContain('San Jose-Sunnyvale-Santa Clara, CA');
    expect(labels('Cupert')[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    const sant = labels('Santa');
    expect(sant.indexOf('Santa Fe, NM')).toBeLessThan(sant.indexOf('Los Angeles-Long Beach-Anaheim, CA'));
    // Three letters are too few to guess a town from.
    expect(labels('Bro')).not.toContain(ny);
    expect(labels('Brooklyn, NY')[0]).toBe(ny);
    expect(labels('Palo Alto, CA')[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
    // The state typed decides: Manhattan, KS is Kansas's, not New York's.
    expect(labels('Manhattan, KS')).toEqual(['Manhattan, KS']);
    expect(labels('Brooklyn, TX')).toEqual([]);
    // The state's first letter, while it is typed.
    expect(labels('Brooklyn, N')[0]).toBe(ny);
    expect(labels('Palo Alto, C')[0]).toBe('San Jose-Sunnyvale-Santa Clara, CA');
  });

  it('reads what a user types as text, never as the names of the code’s own objects', () => {
    for (const q of ['constructor', 'constructor, NY', '__proto__', 'toString', 'hasOwnProperty tx'])
      expect(() => labels(q)).not.toThrow();
    expect(labels('constructor')).toEqual([]);
  });

  it('reads Saint, Ft and Mt as the names write them, and ignores accents', () => {
    expect(labels('Saint Louis')[0]).toBe('St. Louis, MO-IL');
    expect(labels('saint paul')[0]).toBe('Minneapolis-St. Paul-Bloomington, MN-WI');
    expect(labels('ft worth')[0]).toBe('Dallas-Fort Worth-Arlington, TX');
    expect(labels('Mt Vernon')[0]).toBe('Mount Vernon-Anacortes, WA');
    expect(labels('Tennessée')[0]).toBe('Tennessee');
    // "MT" is still Montana's code, and "Mount" does not find Montana's metros.
    expect(labels('MT')[0]).toBe('Montana');
    expect(labels('Mount')).not.toContain('Billings, MT');
  });
});
