import { redirect } from 'react-router';
import { requireStaff } from '#app/admin/guard.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app.settings._index';

export const handle = { area: 'settings' satisfies AdminArea };

/** Settings opens on its first section. */
export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, 'settings');
  throw redirect('/app/settings/policies');
}
