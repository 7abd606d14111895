import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheRoot } from '../../scripts/hydrogen-skeleton.ts';

const repo = path.resolve(import.meta.dirname, '../..');

describe('cacheRoot', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("keeps the skeleton in the user's cache by default", () => {
    vi.stubEnv('HYDROGEN_SKELETON_CACHE', undefined);
    vi.stubEnv('XDG_CACHE_HOME', '/var/cache/ci');
    expect(cacheRoot()).toBe('/var/cache/ci/meridian-hydrogen-skeleton');
  });

  it('accepts a folder outside the repository, or under .data/', () => {
    vi.stubEnv('HYDROGEN_SKELETON_CACHE', '/tmp/skeletons');
    expect(cacheRoot()).toBe('/tmp/skeletons');
    vi.stubEnv('HYDROGEN_SKELETON_CACHE', path.join(repo, '.data/skeletons'));
    expect(cacheRoot()).toBe(path.join(repo, '.data/skeletons'));
  });

  it('refuses a folder elsewhere in the repository, where git, lint and tsc would see the template', () => {
    for (const inside of [repo, path.join(repo, 'skeleton'), path.join(repo, 'tests/.skeleton')]) {
      vi.stubEnv('HYDROGEN_SKELETON_CACHE', inside);
      expect(() => cacheRoot()).toThrow(/outside the repository or under \.data/);
    }
  });
});
