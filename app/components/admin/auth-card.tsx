import { BlockStack, Box, Card, Page, Text } from '@shopify/polaris';

/** The narrow centered card of the sign-in screens. */
export function AuthCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Page narrowWidth>
      <Box paddingBlockStart="1600">
        <Card>
          <BlockStack gap="400">
            <Text as="h1" variant="headingLg">
              {title}
            </Text>
            {children}
          </BlockStack>
        </Card>
      </Box>
    </Page>
  );
}
