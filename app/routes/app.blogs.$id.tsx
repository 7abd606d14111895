import { Badge, BlockStack, Layout, Link, Page, Text, TextField } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data } from 'react-router';
import { adminT } from '#app/admin/admin-data.server.ts';
import { adminForm, invalid, parseForm, saved } from '#app/admin/form.server.ts';
import { requireStaff } from '#app/admin/guard.server.ts';
import { IntentForm } from '#app/components/admin/intent-form.tsx';
import { getDb } from '#app/db/client.server.ts';
import { languageName } from '#app/lib/language-name.ts';
import { blogTitleTranslations, loadBlogs, saveBlogTitle } from '#app/modules/blog/blogs.server.ts';
import { blogTitleInput } from '#app/modules/blog/core/article-input.ts';
import { getMarketConfig } from '#app/modules/markets/markets.server.ts';
import { contentLanguages } from '#app/modules/seo/workspace.server.ts';
import type { AdminArea } from '#app/modules/staff/core/roles.ts';
import { useAdmin } from './app.tsx';
import type { Route } from './+types/app.blogs.$id';

export const handle = { area: 'content' satisfies AdminArea };

/** A blog id as the URL names it; anything else is no blog. */
function idOf(param: string): number | null {
  return /^\d{1,9}$/.test(param) && Number(param) > 0 ? Number(param) : null;
}

/** A blog's title in the shop's language and each storefront language (handles live in the SEO editor). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { principal } = await requireStaff(request, 'content');
  const db = getDb();
  const id = idOf(params.id);
  const blog = id == null ? undefined : (await loadBlogs(db, [id])).get(id);
  if (!blog) throw data(null, { status: 404 });
  const config = await getMarketConfig(db);
  const own = await blogTitleTranslations(db, blog);
  const ui = principal.locale ?? 'en';
  return {
    title: adminT(principal.locale)('blog.blogEditor.title', { title: blog.title }),
    blog: { id: blog.id, title: blog.title, handle: blog.handle },
    languages: contentLanguages(config).map((language) => ({
      language,
      name: languageName(language, ui),
      isSource: language === config.shopLanguage,
      value: language === config.shopLanguage ? blog.title : (own.get(language)?.value ?? ''),
      outdated: own.get(language)?.outdated ?? false,
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { form } = await adminForm(request, 'content');
  const id = idOf(params.id);
  if (id == null) return invalid('save', { form: 'unknownBlogEdit' }, { status: 404 });
  const db = getDb();
  const config = await getMarketConfig(db);
  const parsed = parseForm(form, blogTitleInput(contentLanguages(config), config.shopLanguage));
  if (!parsed.ok) return invalid('save', parsed.errors);
  if (!(await saveBlogTitle(db, id, parsed.value, config.shopLanguage)))
    return invalid('save', { form: 'unknownBlogEdit' }, { status: 404 });
  return saved('save', { key: 'blog.blogEditor.saved' });
}

export const meta: Route.MetaFunction = ({ data: d }) => [{ title: d?.title }];

type Language = Route.ComponentProps['loaderData']['languages'][number];

export default function BlogEditor({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation('admin');
  return (
    <Page
      title={d.blog.title}
      subtitle={`/${d.blog.handle}`}
      backAction={{ content: t('blog.title'), url: '/app/blogs' }}
      secondaryActions={[{ content: t('blog.editor.seoEditor'), url: `/app/seo/blog/${d.blog.id}` }]}
    >
      <Layout>
        <Layout.Section>
          <BlockStack gap="400">
            <Text as="p" tone="subdued">
              {t('blog.blogEditor.help')}{' '}
              <Link url={`/app/seo/blog/${d.blog.id}`}>{t('blog.blogEditor.seoLink')}</Link>
            </Text>
            {d.languages.map((l) => (
              // Keyed by the saved value, so a save (which revalidates) resets the field to what was stored.
              <TitleForm key={`${l.language}-${l.value}`} l={l} source={d.blog.title} />
            ))}
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}

function TitleForm({ l, source }: { l: Language; source: string }) {
  const { t } = useTranslation('admin');
  const { csrfToken } = useAdmin();
  const [value, setValue] = useState(l.value);
  return (
    <IntentForm
      csrfToken={csrfToken}
      intent="save"
      title={l.isSource ? t('blog.blogEditor.sourceHeading', { language: l.name }) : l.name}
      errors="blog.errors"
      submit={{ label: t('blog.blogEditor.save', { language: l.name }) }}
      hidden={{ language: l.language }}
    >
      {(error) => (
        <BlockStack gap="200">
          {l.outdated ? <Badge tone="attention">{t('blog.blogEditor.outdated')}</Badge> : null}
          <TextField
            label={t('blog.blogEditor.name')}
            name="title"
            value={value}
            onChange={setValue}
            autoComplete="off"
            placeholder={l.isSource ? undefined : source}
            helpText={l.isSource ? undefined : t('blog.blogEditor.translationHelp')}
            error={error('title')}
          />
          {error('language') ? (
            <Text as="p" tone="critical">
              {error('language')}
            </Text>
          ) : null}
        </BlockStack>
      )}
    </IntentForm>
  );
}
