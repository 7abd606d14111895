import type { ServerBuild } from 'react-router';

/** One route of the build as a URL pattern (`:locale?/products/:handle`) and what it exports. */
export interface RouteInfo {
  id: string;
  pattern: string;
  loader: boolean;
  action: boolean;
}

/** Every route the app serves, read from the server build, so a new route is fuzzed as soon as it exists. */
export function routeInventory(build: ServerBuild): RouteInfo[] {
  const routes = build.routes;
  const fullPath = (id: string | undefined): string => {
    const route = id ? routes[id] : undefined;
    if (!route) return '';
    return [fullPath(route.parentId), route.path ?? ''].filter(Boolean).join('/');
  };
  return Object.values(routes)
    .filter((r) => r !== undefined && r.id !== 'root')
    .map((r) => ({
      id: r!.id,
      pattern: fullPath(r!.id),
      loader: typeof r!.module.loader === 'function',
      action: typeof r!.module.action === 'function',
    }));
}

/**
 * A concrete path for a pattern: each `:param` (and `*`) from `values`, an optional param left
 * out when it has no value. Values are put in as given (already percent-encoded where needed).
 */
export function fillPattern(pattern: string, values: (param: string) => string | undefined): string {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = /^:(\w+)(\?)?$/.exec(segment);
      if (segment === '*') return [values('*') ?? 'x'];
      if (!param) return [segment];
      const value = values(param[1]!);
      if (value === undefined) return param[2] ? [] : ['x'];
      return [value];
    });
  return `/${segments.join('/')}`;
}
