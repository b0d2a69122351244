/** Temporary repositories that are removed after each test. */
import { afterEach } from 'vitest';
import type { TestRepo } from './repo.js';

/** Wrap a repository maker: every repository it makes is cleaned up after the test that made it. */
export function tempRepos<A extends unknown[]>(make: (...args: A) => TestRepo): (...args: A) => TestRepo {
  const made: TestRepo[] = [];
  afterEach(() => {
    for (const r of made.splice(0)) r.cleanup();
  });
  return (...args) => {
    const r = make(...args);
    made.push(r);
    return r;
  };
}
