import { AppProvider, type AppProviderProps } from '@shopify/polaris';
import { Link as RouterLink } from 'react-router';

/** Polaris links render as React Router links, so admin navigation stays client-side. */
function AdminLink({
  url,
  children,
  external,
  ...rest
}: {
  url: string;
  children?: React.ReactNode;
  external?: boolean;
  [key: string]: unknown;
}) {
  if (external)
    return (
      <a href={url} target="_blank" rel="noopener noreferrer" {...rest}>
        {children}
      </a>
    );
  return (
    <RouterLink to={url} {...rest}>
      {children}
    </RouterLink>
  );
}

/** Polaris with its own translations for the staff member's language. */
export function AdminProviders({
  polaris,
  children,
}: {
  polaris: Record<string, unknown>;
  children: React.ReactNode;
}) {
  return (
    <AppProvider i18n={polaris as AppProviderProps['i18n']} linkComponent={AdminLink as never}>
      {children}
    </AppProvider>
  );
}
