import { Box, DropZone, Text } from '@shopify/polaris';

/** One CSV file picker for the admin's imports: shows the chosen file's name once picked. */
export function CsvDropZone({
  file,
  onFile,
  label,
  actionTitle,
}: {
  file: File | null;
  onFile: (file: File | null) => void;
  label: string;
  actionTitle: string;
}) {
  return (
    <DropZone
      accept=".csv,text/csv"
      type="file"
      allowMultiple={false}
      onDrop={(files) => onFile(files[0] ?? null)}
      label={label}
    >
      {file ? (
        <Box padding="300">
          <Text as="p">{file.name}</Text>
        </Box>
      ) : (
        <DropZone.FileUpload actionTitle={actionTitle} />
      )}
    </DropZone>
  );
}
