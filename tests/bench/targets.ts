import { API_BODY, API_HEADERS, API_PATH } from './api.ts';

export interface Target {
  name: string;
  path: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
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
  { name: 'API product (DE)', path: API_PATH, method: 'POST', headers: API_HEADERS, body: API_BODY },
];
