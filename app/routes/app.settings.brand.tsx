import {
  BlockStack,
  Box,
  Button,
  Card,
  FormLayout,
  InlineStack,
  Layout,
  Page,
  Text,
  TextField,
} from '@shopify/polaris';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFetcher } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { assertCsrf, requireStaff } from '#app/admin/guard.server.ts';
import { useFieldErrors } from '#app/admin/use-field-errors.ts';
import { getDb } from '#app/db/client.server.ts';
import { limitedFormData } from '#app/lib/upload.server.ts';
import { MEDIA_MAX_BYTES, MediaError, storeImage } from '#app/modules/media/media.server.ts';
import { getBrand, saveBrandDetails, setBrandImage } from '#app/modules/shop/brand.server.ts';
import {
  BRAND_IMAGE_SLOTS,
  brandColorsOf,
  brandDetailsInput,
  brandImageInput,
  brandRemoveInput,
  normaliseHex,
  readablePair,
  type BrandImageSlot,
} from '#app/modules/shop/core/brand-input.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.settings.brand';

export const handle = { area: 'settings' satisfies AdminArea };

/** An upload's form: the image and a little room for the other fields. */
const BODY_LIMIT = MEDIA_MAX_BYTES + 64 * 1024;
const ACCEPT = 'image/png,image/jpeg,image/webp,image/gif,image/svg+xml';
/** An example colour in the notation the field takes (not words: the same in every language). */
const PLACEHOLDER = '#1F3A34';

export async function loader({ request }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'settings');
  const brand = await getBrand(getDb());
  const image = (slot: BrandImageSlot) => {
    const f = brand[slot];
    return f
      ? { id: f.id, preview: `${f.src}-400.webp`, alt: f.alt ?? '', width: f.width, height: f.height }
      : null;
  };
  const group = (list: typeof brand.colors.primary) => list[0] ?? { background: null, foreground: null };
  return {
    title: adminT(principal.locale)('settings.brand.title'),
    maxMegabytes: MEDIA_MAX_BYTES / 1024 / 1024,
    images: Object.fromEntries(BRAND_IMAGE_SLOTS.map((s) => [s, image(s)])) as Record<
      BrandImageSlot,
      ReturnType<typeof image>
    >,
    details: {
      slogan: brand.slogan,
      shortDescription: brand.shortDescription,
      primaryBackground: group(brand.colors.primary).background ?? '',
      primaryForeground: group(brand.colors.primary).foreground ?? '',
      secondaryBackground: group(brand.colors.secondary).background ?? '',
      secondaryForeground: group(brand.colors.secondary).foreground ?? '',
    },
  };
}

export async function action({ request }: Route.ActionArgs) {
  const auth = await requireStaff(request, 'settings');
  // An upload is read with a byte limit: a huge body is refused before it is buffered.
  const form = await limitedFormData(request, BODY_LIMIT);
  if (!form) return invalid('upload', { file: 'too_large' }, { status: 413 });
  assertCsrf(request, form, auth);
  const db = getDb();
  const intent = String(form.get('intent') ?? '');
  if (intent === 'details') {
    const parsed = parseForm(form, brandDetailsInput);
    if (!parsed.ok) return invalid('details', parsed.errors);
    await saveBrandDetails(db, {
      slogan: parsed.value.slogan,
      shortDescription: parsed.value.shortDescription,
      colors: brandColorsOf(parsed.value),
    });
    return saved('details', { key: 'settings.brand.saved' });
  }
  if (intent === 'upload') {
    const parsed = parseForm(form, brandImageInput);
    if (!parsed.ok) return invalid('upload', parsed.errors);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return invalid('upload', { file: 'required' });
    try {
      const stored = await storeImage(db, new Uint8Array(await file.arrayBuffer()), {
        alt: parsed.value.alt || null,
      });
      await setBrandImage(db, parsed.value.slot, stored.id);
    } catch (e) {
      if (e instanceof MediaError) return invalid('upload', { file: e.code }, { status: 422 });
      throw e;
    }
    return saved('upload', { key: 'settings.brand.uploaded' });
  }
  if (intent === 'remove') {
    const parsed = parseForm(form, brandRemoveInput);
    if (!parsed.ok) return invalid('remove', parsed.errors);
    await setBrandImage(db, parsed.value.slot, null);
    return saved('remove', { key: 'settings.brand.removed' });
  }
  return invalid('details', { form: 'intent' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

export default function BrandSettings({ loaderData: d }: Route.ComponentProps) {
  return (
    <Page title={d.title}>
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            {BRAND_IMAGE_SLOTS.map((slot) => (
              <ImageSlot
                key={`${slot}-${d.images[slot]?.id ?? 'none'}`}
                slot={slot}
                current={d.images[slot]}
                maxMegabytes={d.maxMegabytes}
              />
            ))}
            <DetailsForm initial={d.details} />
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

type Current = Route.ComponentProps['loaderData']['images'][BrandImageSlot];

function ImageSlot({
  slot,
  current,
  maxMegabytes,
}: {
  slot: BrandImageSlot;
  current: Current;
  maxMegabytes: number;
}) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const upload = useFetcher<typeof action>();
  const remove = useFetcher<typeof action>();
  const error = useFieldErrors(upload.data, 'settings.brand.errors');
  const inputId = useId();
  const headingId = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [alt, setAlt] = useState(current?.alt ?? '');
  // The chosen file's preview lives until another is chosen or the card goes.
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  const label = t(`settings.brand.slots.${slot}`);
  const shown = preview ?? current?.preview;
  return (
    <div role="group" aria-labelledby={headingId} data-testid={`brand-${slot}`}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd" id={headingId}>
            {label}
          </Text>
          <Text as="p" tone="subdued">
            {t(`settings.brand.slotHelp.${slot}`)}
          </Text>
          {shown ? (
            <Box background="bg-surface-secondary" padding="200" borderRadius="200">
              <img
                src={shown}
                alt={t('settings.brand.previewAlt', { slot: label })}
                style={{ maxBlockSize: 96, maxInlineSize: '100%', display: 'block' }}
              />
            </Box>
          ) : (
            <Text as="p">{t('settings.brand.none')}</Text>
          )}
          <upload.Form method="post" encType="multipart/form-data">
            <input type="hidden" name="csrf" value={csrfToken} />
            <input type="hidden" name="intent" value="upload" />
            <input type="hidden" name="slot" value={slot} />
            <FormLayout>
              <div>
                <label htmlFor={inputId} style={{ display: 'block', marginBlockEnd: 4 }}>
                  {t('settings.brand.file', { max: maxMegabytes })}
                </label>
                <input
                  id={inputId}
                  type="file"
                  name="file"
                  accept={ACCEPT}
                  aria-invalid={error('file') ? true : undefined}
                  aria-describedby={error('file') ? `${inputId}-error` : undefined}
                  onChange={(e) => {
                    const f = e.currentTarget.files?.[0];
                    setPreview(f ? URL.createObjectURL(f) : null);
                  }}
                />
                {error('file') ? (
                  <Text as="p" tone="critical" id={`${inputId}-error`}>
                    {error('file', { max: maxMegabytes })}
                  </Text>
                ) : null}
              </div>
              <TextField
                label={t('settings.brand.alt')}
                helpText={t('settings.brand.altHelp')}
                name="alt"
                value={alt}
                onChange={setAlt}
                autoComplete="off"
                error={error('alt')}
              />
              <InlineStack gap="300">
                <Button submit variant="primary" loading={upload.state !== 'idle'}>
                  {current
                    ? t('settings.brand.replace', { slot: label })
                    : t('settings.brand.upload', { slot: label })}
                </Button>
              </InlineStack>
            </FormLayout>
          </upload.Form>
          {current ? (
            <remove.Form method="post">
              <input type="hidden" name="csrf" value={csrfToken} />
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="slot" value={slot} />
              <Button submit tone="critical" variant="plain" loading={remove.state !== 'idle'}>
                {t('settings.brand.remove', { slot: label })}
              </Button>
            </remove.Form>
          ) : null}
        </BlockStack>
      </Card>
    </div>
  );
}

type Details = Route.ComponentProps['loaderData']['details'];
const COLOUR_FIELDS = [
  'primaryBackground',
  'primaryForeground',
  'secondaryBackground',
  'secondaryForeground',
] as const;

function DetailsForm({ initial }: { initial: Details }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const fetcher = useFetcher<typeof action>();
  const error = useFieldErrors(fetcher.data, 'settings.brand.errors');
  const [v, setV] = useState(initial);
  const hex = (s: string) =>
    /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(s.trim()) ? normaliseHex(s.trim()) : null;
  const unreadable = (['primary', 'secondary'] as const).filter(
    (g) => !readablePair(hex(v[`${g}Background`]), hex(v[`${g}Foreground`])),
  );
  return (
    <Card>
      <fetcher.Form method="post">
        <input type="hidden" name="csrf" value={csrfToken} />
        <input type="hidden" name="intent" value="details" />
        <FormLayout>
          <Text as="h2" variant="headingMd">
            {t('settings.brand.details')}
          </Text>
          <TextField
            label={t('settings.brand.slogan')}
            name="slogan"
            value={v.slogan}
            onChange={(slogan) => setV({ ...v, slogan })}
            autoComplete="off"
            maxLength={100}
            error={error('slogan')}
          />
          <TextField
            label={t('settings.brand.shortDescription')}
            name="shortDescription"
            value={v.shortDescription}
            onChange={(shortDescription) => setV({ ...v, shortDescription })}
            autoComplete="off"
            multiline={3}
            maxLength={300}
            error={error('shortDescription')}
          />
          <Text as="h3" variant="headingSm">
            {t('settings.brand.colours')}
          </Text>
          <Text as="p" tone="subdued">
            {t('settings.brand.coloursHelp')}
          </Text>
          <FormLayout.Group>
            {COLOUR_FIELDS.map((name) => (
              <TextField
                key={name}
                label={t(`settings.brand.colourFields.${name}`)}
                name={name}
                value={v[name]}
                onChange={(value) => setV({ ...v, [name]: value })}
                autoComplete="off"
                placeholder={PLACEHOLDER}
                prefix={
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      inlineSize: 16,
                      blockSize: 16,
                      borderRadius: 4,
                      border: '1px solid var(--p-color-border)',
                      background: hex(v[name]) ?? 'transparent',
                    }}
                  />
                }
                error={error(name)}
              />
            ))}
          </FormLayout.Group>
          {unreadable.map((g) => (
            <Text as="p" tone="caution" key={g}>
              {t('settings.brand.contrast', { group: t(`settings.brand.groups.${g}`) })}
            </Text>
          ))}
          {error('form') ? (
            <Text as="p" tone="critical">
              {error('form')}
            </Text>
          ) : null}
          <Button submit variant="primary" loading={fetcher.state !== 'idle'}>
            {t('settings.brand.save')}
          </Button>
        </FormLayout>
      </fetcher.Form>
    </Card>
  );
}
