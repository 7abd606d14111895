import { data, type MiddlewareFunction } from 'react-router';

/**
 * Multipart posts (uploads), checked before any action reads them: a body that does not parse, or
 * a text field (or field name) holding NUL, is a 400. Urlencoded forms are watched for NUL while
 * they stream (request-handler.server.ts); a multipart body cannot be, since a file may hold NUL
 * bytes, so its fields are checked here once parsed. PostgreSQL cannot store NUL, and a field
 * that reached it was a 500.
 */
export const storableFormMiddleware: MiddlewareFunction<Response> = async ({ request }, next) => {
  const multipart = /^multipart\/form-data\b/i.test(request.headers.get('content-type') ?? '');
  if (request.method !== 'POST' || !multipart) return next();
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    throw data({ error: 'malformedForm' }, { status: 400 });
  }
  for (const [name, value] of form)
    if (name.includes('\0') || (typeof value === 'string' && value.includes('\0')))
      throw data({ error: 'malformedForm' }, { status: 400 });
  return next();
};
