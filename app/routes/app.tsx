import {
  ActionList,
  Box,
  Frame,
  Loading,
  Navigation,
  Text,
  TopBar,
  useBreakpoints,
  type IconableAction,
} from '@shopify/polaris';
import {
  BlogIcon,
  HomeIcon,
  PersonIcon,
  ProductIcon,
  GlobeIcon,
  CashDollarIcon,
  DiscountIcon,
  ExitIcon,
  StoreIcon,
  OrderIcon,
  ProductReturnIcon,
  SearchIcon,
  SettingsIcon,
} from '@shopify/polaris-icons';
import polarisStyles from '@shopify/polaris/build/esm/styles.css?url';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { data, Link, Outlet, useFetcher, useLocation, useNavigation, useRouteLoaderData } from 'react-router';
import { FlashToastView } from '#app/admin/flash-toast.tsx';
import { readToast } from '#app/admin/toast.server.ts';
import { AdminErrorPage } from '#app/components/admin/admin-error-page.tsx';
import { AdminSkeleton } from '#app/components/admin/admin-skeleton.tsx';
import { AdminProviders } from '#app/components/admin/admin-providers.tsx';
import { requireStaff } from '#app/admin/guard.server.ts';
import { polarisTranslations } from '#app/admin/admin-data.server.ts';
import { searchKindsFor, type SearchHit, type SearchKind } from '#app/admin/admin-search.server.ts';
import { getDb } from '#app/db/client.server.ts';
import { getShop } from '#app/modules/shop/shop.server.ts';
import { canRead, type AdminArea } from '#app/modules/staff/core/roles.ts';
import type { Route } from './+types/app';

export const links: Route.LinksFunction = () => [{ rel: 'stylesheet', href: polarisStyles }];

export const handle = { area: 'home' satisfies AdminArea };

export async function loader({ request }: Route.LoaderArgs) {
  const { principal, csrfToken } = await requireStaff(request, 'home');
  // A store not yet set up (no shop row) still has a working admin; the top bar then shows the app's name.
  const shopName = await getShop(getDb()).then(
    (shop) => shop.name,
    () => null,
  );
  // A toast an action left for this page load (read once: the cookie is cleared with this response).
  const { toast, headers } = await readToast(request);
  const layout = {
    principal,
    csrfToken,
    shopName,
    toast,
    searchKinds: searchKindsFor(principal.role),
    polaris: polarisTranslations(principal.locale),
  };
  return data(layout, headers ? { headers } : undefined);
}

export type AdminLayoutData = Awaited<ReturnType<typeof loader>>['data'];

/** Admin routes read the signed-in staff member and the CSRF token from here. */
export function useAdmin(): AdminLayoutData {
  const data = useRouteLoaderData<AdminLayoutData>('routes/app');
  if (!data) throw new Error('useAdmin() outside the admin layout');
  return data;
}

const NAV: {
  area: AdminArea;
  url: string;
  key: string;
  icon: typeof HomeIcon;
  exact?: boolean;
  /** Where the label is, when not nav.<key>. */
  labelKey?: string;
}[] = [
  { area: 'home', url: '/app', key: 'home', icon: HomeIcon, exact: true },
  { area: 'orders', url: '/app/orders', key: 'orders', icon: OrderIcon },
  { area: 'returns', url: '/app/returns', key: 'returns', icon: ProductReturnIcon },
  { area: 'products', url: '/app/products', key: 'products', icon: ProductIcon },
  { area: 'markets', url: '/app/markets', key: 'markets', icon: GlobeIcon },
  { area: 'pricing', url: '/app/pricing', key: 'pricing', icon: CashDollarIcon },
  { area: 'promotions', url: '/app/promotions', key: 'promotions', icon: DiscountIcon },
  { area: 'content', url: '/app/blogs', key: 'blogs', icon: BlogIcon, labelKey: 'blog.nav' },
  { area: 'seo', url: '/app/seo', key: 'seo', icon: SearchIcon },
  { area: 'staff', url: '/app/staff', key: 'staff', icon: PersonIcon },
  {
    area: 'settings',
    url: '/app/settings',
    key: 'settings',
    icon: SettingsIcon,
    labelKey: 'settings.nav.title',
  },
];

/** Shop settings' sections (sub-navigation under Settings). */
const SETTINGS_SECTIONS = ['policies', 'brand'] as const;

/** Areas built so far; the others appear as their issues land. */
/** The SEO workspace's sections (sub-navigation under SEO). */
const SEO_SECTIONS: { url: string; key: string; matchPaths?: string[] }[] = [
  {
    url: '/app/seo',
    key: 'overview',
    matchPaths: [
      '/app/seo/product',
      '/app/seo/collection',
      '/app/seo/page',
      '/app/seo/blog',
      '/app/seo/article',
      '/app/seo/home',
    ],
  },
  { url: '/app/seo/templates', key: 'templates' },
  { url: '/app/seo/exchange', key: 'exchange' },
  { url: '/app/seo/audit', key: 'audit' },
  { url: '/app/seo/redirects', key: 'redirects' },
  { url: '/app/seo/indexing', key: 'indexing' },
];

const BUILT = new Set<AdminArea>([
  'home',
  'orders',
  'returns',
  'products',
  'markets',
  'pricing',
  'promotions',
  'content',
  'seo',
  'staff',
  'settings',
]);

const SEARCH_KIND_ICON: Record<SearchKind, typeof HomeIcon> = {
  product: ProductIcon,
  order: OrderIcon,
  page: SearchIcon,
};

/** The top bar's search: results come from /app/search, only of kinds the role may open. */
function useTopBarSearch() {
  const fetcher = useFetcher<{ query: string; kinds: SearchKind[]; hits: SearchHit[] }>();
  const [value, setValue] = useState('');
  const [open, setOpen] = useState(false);
  const load = fetcher.load;
  useEffect(() => {
    const q = value.trim();
    if (!q) return;
    const timer = setTimeout(() => load(`/app/search?q=${encodeURIComponent(q)}`), 200);
    return () => clearTimeout(timer);
  }, [value, load]);
  const change = useCallback((v: string) => {
    setValue(v);
    setOpen(v.trim() !== '');
  }, []);
  const close = useCallback(() => {
    setOpen(false);
    setValue('');
  }, []);
  // Until the results for what is typed arrive (debounce included), say so rather than "no results".
  const loading = fetcher.state !== 'idle' || fetcher.data?.query !== value.trim().slice(0, 100);
  return { value, change, open, close, hits: fetcher.data?.hits ?? [], loading };
}

export default function AdminLayout({ loaderData }: Route.ComponentProps) {
  const { principal, csrfToken, polaris, shopName, searchKinds, toast } = loaderData;
  const { t } = useTranslation('admin');
  const location = useLocation();
  const pending = useNavigation();
  const changingPage = pending.state === 'loading' && pending.location.pathname !== location.pathname;
  const [mobileNav, setMobileNav] = useState(false);
  const [userMenu, setUserMenu] = useState(false);
  const logoutForm = useRef<HTMLFormElement>(null);
  const search = useTopBarSearch();
  const toggleMobileNav = useCallback(() => setMobileNav((v) => !v), []);
  const items = NAV.filter((n) => BUILT.has(n.area) && canRead(principal.role, n.area)).map((n) => ({
    url: n.url,
    label: t(n.labelKey ?? `nav.${n.key}`),
    icon: n.icon,
    exactMatch: n.exact,
    selected: n.exact ? location.pathname === n.url : location.pathname.startsWith(n.url),
    onClick: () => setMobileNav(false),
    subNavigationItems:
      n.area === 'seo'
        ? SEO_SECTIONS.map((section) => ({
            url: section.url,
            label: t(`nav.seoSections.${section.key}`),
            exactMatch: section.url === '/app/seo',
            matchPaths: section.matchPaths,
            onClick: () => setMobileNav(false),
          }))
        : n.area === 'settings'
          ? SETTINGS_SECTIONS.map((section) => ({
              url: `/app/settings/${section}`,
              label: t(`settings.nav.${section}`),
              onClick: () => setMobileNav(false),
            }))
          : undefined,
  }));
  const searchLabel = t(`search.placeholder.${searchKinds.join('_') || 'none'}`);
  const sections = searchKinds
    .map((kind) => ({
      title: t(`search.kinds.${kind}`),
      items: search.hits
        .filter((h) => h.kind === kind)
        .map((h) => ({
          content: h.title,
          helpText: h.detail,
          icon: SEARCH_KIND_ICON[kind],
          url: h.url,
          onAction: search.close,
        })),
    }))
    .filter((section) => section.items.length > 0);
  const searchResults =
    sections.length > 0 ? (
      <div data-testid="admin-search-results">
        <ActionList sections={sections} />
      </div>
    ) : (
      <div data-testid="admin-search-results" style={{ padding: 'var(--p-space-400)' }}>
        <Text as="p" tone="subdued">
          {search.loading ? t('search.searching') : t('search.noResults')}
        </Text>
      </div>
    );
  // Who is signed in (email as the menu's heading: Polaris passes these sections to ActionList, which shows titles), their account settings, and sign-out (a POST with the CSRF token).
  const userActions: { title?: string; items: IconableAction[] }[] = [
    {
      title: principal.email,
      items: [
        {
          content: t('nav.accountSettings'),
          icon: PersonIcon,
          url: '/app/account',
          onAction: () => setUserMenu(false),
        },
      ],
    },
    {
      items: [
        { content: t('nav.signOut'), icon: ExitIcon, onAction: () => logoutForm.current?.requestSubmit() },
      ],
    },
  ];
  // The shop's name: in the top bar on wide screens (Polaris hides it there on phones), atop the navigation drawer on phones.
  const { mdUp } = useBreakpoints({ defaults: { mdUp: true } });
  const shopLink = (
    <Link
      to="/app"
      style={{
        display: 'flex',
        alignItems: 'center',
        height: '100%',
        paddingInlineStart: 'var(--p-space-400)',
        color: 'var(--p-color-text-inverse)',
        textDecoration: 'none',
      }}
    >
      <Text as="span" variant="headingSm" truncate>
        {shopName ?? t('appName')}
      </Text>
    </Link>
  );
  const topBar = (
    <TopBar
      showNavigationToggle
      onNavigationToggle={toggleMobileNav}
      contextControl={shopLink}
      searchField={
        <TopBar.SearchField
          value={search.value}
          onChange={search.change}
          placeholder={searchLabel}
          onCancel={search.close}
          showFocusBorder
        />
      }
      searchResults={searchResults}
      searchResultsVisible={search.open}
      onSearchResultsDismiss={search.close}
      userMenu={
        <TopBar.UserMenu
          name={principal.name}
          detail={t(`staff.roles.${principal.role}`)}
          initials={principal.name.slice(0, 1).toUpperCase()}
          open={userMenu}
          onToggle={() => setUserMenu((v) => !v)}
          actions={userActions}
        />
      }
    />
  );
  const navigation = (
    <Navigation location={location.pathname}>
      {mdUp ? null : (
        <Box paddingBlockStart="400" paddingInline="400">
          <Link
            to="/app"
            onClick={() => setMobileNav(false)}
            style={{ color: 'inherit', textDecoration: 'none' }}
          >
            <Text as="span" variant="headingMd">
              {shopName ?? t('appName')}
            </Text>
          </Link>
        </Box>
      )}
      <Navigation.Section items={items} />
      <Navigation.Section
        separator
        items={[{ url: '/', label: t('nav.storefront'), icon: StoreIcon, external: true }]}
      />
    </Navigation>
  );
  return (
    <AdminProviders polaris={polaris}>
      <form ref={logoutForm} method="post" action="/app/logout" hidden>
        <input type="hidden" name="csrf" value={csrfToken} />
      </form>
      <Frame
        topBar={topBar}
        navigation={navigation}
        showMobileNavigation={mobileNav}
        onNavigationDismiss={toggleMobileNav}
      >
        {pending.state !== 'idle' ? <Loading /> : null}
        {changingPage ? <AdminSkeleton /> : <Outlet />}
        <FlashToastView toast={toast} />
      </Frame>
    </AdminProviders>
  );
}

export function ErrorBoundary() {
  return <AdminErrorPage />;
}
