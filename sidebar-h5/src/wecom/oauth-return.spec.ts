import { describe, expect, it } from 'vitest';
import { readOauthReturn, returnPathOf } from './oauth-return';

describe('readOauthReturn', () => {
  it('should take the code and restore the route the server kept in state', () => {
    expect(readOauthReturn('https://vl.example.com/sidebar/?code=C1&state=%2Ffeed')).toEqual({
      code: 'C1',
      cleanHref: 'https://vl.example.com/sidebar/#/feed',
    });
  });

  it('should keep an existing route and other query parameters', () => {
    expect(readOauthReturn('https://vl.example.com/sidebar/?from=menu&code=C2&state=sidebar#/tasks')).toEqual({
      code: 'C2',
      cleanHref: 'https://vl.example.com/sidebar/?from=menu#/tasks',
    });
  });

  it('should strip a code that landed inside the hash route', () => {
    expect(readOauthReturn('https://vl.example.com/sidebar/#/portrait?code=C3&tab=1')).toEqual({
      code: 'C3',
      cleanHref: 'https://vl.example.com/sidebar/#/portrait?tab=1',
    });
  });

  it('should leave a URL without a code untouched', () => {
    const href = 'https://vl.example.com/sidebar/?state=x#/portrait';
    expect(readOauthReturn(href)).toEqual({ code: null, cleanHref: href });
  });
});

describe('returnPathOf', () => {
  it('should keep path and route but not the query', () => {
    expect(returnPathOf('https://vl.example.com/sidebar/?a=1#/feed')).toBe('/sidebar/#/feed');
  });
});
