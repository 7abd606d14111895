import type { FetcherWithComponents } from 'react-router';

/** Posts fields (files included) as multipart form data, with the admin's CSRF token. */
export function submitMultipart(
  fetcher: Pick<FetcherWithComponents<unknown>, 'submit'>,
  csrfToken: string,
  fields: Record<string, string | Blob>,
): void {
  const body = new FormData();
  body.set('csrf', csrfToken);
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  void fetcher.submit(body, { method: 'post', encType: 'multipart/form-data' });
}
