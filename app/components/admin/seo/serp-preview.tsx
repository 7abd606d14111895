import { BlockStack, ButtonGroup, Button, Card, InlineStack, Text } from '@shopify/polaris';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serpPreview, type SerpDevice } from '#app/modules/seo/core/serp.ts';

/**
 * How the listing may look on Google, cut where Google would cut it (an estimate of rendered
 * pixel width, desktop or mobile). Styled after the results page, not Polaris.
 */
export function SerpPreview({
  title,
  description,
  url,
  dir,
}: {
  title: string;
  description: string;
  url: string;
  dir: 'ltr' | 'rtl';
}) {
  const { t } = useTranslation('admin');
  const [device, setDevice] = useState<SerpDevice>('desktop');
  const p = serpPreview({ title, description, url }, device);
  return (
    <Card>
      <BlockStack gap="300">
        <InlineStack align="space-between" blockAlign="center">
          <Text as="h2" variant="headingMd">
            {t('seo.editor.serpTitle')}
          </Text>
          <ButtonGroup variant="segmented">
            <Button pressed={device === 'desktop'} onClick={() => setDevice('desktop')}>
              {t('seo.editor.desktop')}
            </Button>
            <Button pressed={device === 'mobile'} onClick={() => setDevice('mobile')}>
              {t('seo.editor.mobile')}
            </Button>
          </ButtonGroup>
        </InlineStack>
        <div
          data-testid="serp-preview"
          dir={dir}
          style={{
            fontFamily: 'Arial, sans-serif',
            maxWidth: device === 'desktop' ? 600 : 360,
            padding: '12px 16px',
            border: '1px solid #dfe1e5',
            borderRadius: 8,
            background: '#fff',
          }}
        >
          <div style={{ fontSize: 12, color: '#202124', marginBottom: 4, overflowWrap: 'anywhere' }}>
            {p.breadcrumbUrl}
          </div>
          <div
            data-testid="serp-title"
            style={{ fontSize: device === 'desktop' ? 20 : 18, lineHeight: 1.3, color: '#1a0dab' }}
          >
            {p.title}
          </div>
          <div data-testid="serp-description" style={{ fontSize: 14, lineHeight: 1.58, color: '#4d5156' }}>
            {p.description}
          </div>
        </div>
        {p.titleTruncated || p.descriptionTruncated ? (
          <Text as="p" tone="subdued">
            {t(p.titleTruncated ? 'seo.editor.titleCut' : 'seo.editor.descriptionCut')}
          </Text>
        ) : null}
      </BlockStack>
    </Card>
  );
}
