import { cleanPhoto, type PhotoType } from './core/photo.ts';
import { NOTE_MAX, PHOTOS_MAX } from './core/return-request.ts';
import type { NewReturnLine } from './returns.server.ts';
import { RESOLUTIONS, type Resolution } from './core/statuses.ts';

/**
 * A portal form as return lines: per order line `qty-<id>`, `reason-<id>`, `sub-<id>`,
 * `note-<id>`, `exchange-<id>` (the replacement variant) and files `photos-<id>`, and the
 * `resolution` (refund, store credit or exchange; anything else is a refund). Photos are checked and cleaned here (core/photo.ts); a
 * refused photo is an error on its line's field and nothing is kept.
 */
export async function readReturnForm(
  form: FormData,
  orderLineIds: readonly number[],
): Promise<{ lines: NewReturnLine[]; resolution: Resolution; errors: Record<string, string> }> {
  const errors: Record<string, string> = {};
  const asked = String(form.get('resolution') ?? 'refund');
  const resolution = (RESOLUTIONS as readonly string[]).includes(asked) ? (asked as Resolution) : 'refund';
  const lines: NewReturnLine[] = [];
  for (const id of orderLineIds) {
    const raw = String(form.get(`qty-${id}`) ?? '0');
    const quantity = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
    if (Number.isNaN(quantity)) {
      errors[`qty-${id}`] = 'tooMany';
      continue;
    }
    if (quantity === 0) continue;
    const files = form.getAll(`photos-${id}`).filter((f): f is File => typeof f !== 'string' && f.size > 0);
    const photos: { contentType: PhotoType; bytes: Uint8Array }[] = [];
    if (files.length > PHOTOS_MAX) errors[`photos-${id}`] = 'tooManyPhotos';
    else
      for (const file of files) {
        const cleaned = cleanPhoto(new Uint8Array(await file.arrayBuffer()));
        if (!cleaned.ok) {
          errors[`photos-${id}`] = cleaned.problem;
          break;
        }
        photos.push({ contentType: cleaned.contentType, bytes: cleaned.bytes });
      }
    const sub = String(form.get(`sub-${id}`) ?? '');
    const swap = String(form.get(`exchange-${id}`) ?? '');
    lines.push({
      orderLineId: id,
      quantity,
      reason: String(form.get(`reason-${id}`) ?? ''),
      subReason: sub === '' ? null : sub,
      note: String(form.get(`note-${id}`) ?? '').slice(0, NOTE_MAX + 1),
      photos,
      exchangeVariantId: /^\d{1,9}$/.test(swap) ? Number(swap) : null,
    });
  }
  return { lines, resolution, errors };
}
