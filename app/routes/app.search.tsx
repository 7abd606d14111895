import { getDb } from '#app/db/client.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { adminSearch } from '#app/admin/admin-search.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.search';

/** GET /app/search?q= : the top bar's results; every role may search, and finds only what it may open. */
export const handle = { area: 'home' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'home');
  const q = new URL(request.url).searchParams.get('q') ?? '';
  return adminSearch(getDb(), principal.role, q);
}
