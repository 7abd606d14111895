import { API_BODY, API_HEADERS, API_PATH } from './api.ts';
import { SKELETON_TARGETS } from './skeleton-queries.ts';

export interface Target {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** For API targets: null when the response is usable, else what is wrong (default: the product check). */
  check?: (json: unknown) => string | null;
  /** For other GET targets: null when the body is usable (default: a full HTML document). */
  checkText?: (text: string) => string | null;
}

const page = (name: string, path: string): Target => ({
  name,
  path,
  method: 'GET',
  headers: { accept: 'text/html' },
});

export const targets: Target[] = [
  page('home en-US', '/'),
  page('home de-DE', '/de-de'),
  page('collection en-US', '/collections/apparel'),
  page('collection de-DE', '/de-de/collections/apparel'),
  page('product en-US', '/products/merino-crew-sweater'),
  page('product de-DE', '/de-de/products/merino-crew-sweater'),
  page('article de-DE', '/de-de/blogs/magazin/merino-richtig-pflegen'),
  page('policy de-DE', '/de-de/policies/refund-policy'),
  { name: 'API product (DE)', path: API_PATH, method: 'POST', headers: API_HEADERS, body: API_BODY },
  ...SKELETON_TARGETS,
];
