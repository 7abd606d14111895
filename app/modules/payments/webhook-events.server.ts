import type { Db } from '#app/db/client.server.ts';
import { webhookEvents } from '#app/db/schema/index.ts';

/** Records a provider's webhook event id; false when it was seen before (a replayed delivery). */
export async function recordWebhookEvent(
  db: Db,
  event: { id: string; provider: 'stripe'; type: string },
): Promise<boolean> {
  const [fresh] = await db
    .insert(webhookEvents)
    .values(event)
    .onConflictDoNothing()
    .returning({ id: webhookEvents.id });
  return Boolean(fresh);
}
