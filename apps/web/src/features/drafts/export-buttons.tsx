import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/use-session';
import { downloadFile } from '../../shared/http/api-request';
import { DownloadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Format = 'csv' | 'docx';

/** Comments I may see, as a spreadsheet or a Word document. */
export function ExportButtons({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const { tokens } = useSession();
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (format: Format) => {
    setBusy(format);
    setError(null);
    try {
      const token = await tokens.freshAccessToken().catch(() => tokens.accessToken);
      await downloadFile(`/api/dossiers/${encodeURIComponent(dossierId)}/comments.${format}`, token, `comments.${format}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Group gap={4} role="group" aria-label={t('drafts.reader.export')}>
        {(['csv', 'docx'] as const).map((format) => (
          <Button
            key={format}
            size="compact-sm"
            variant="default"
            leftSection={<DownloadIcon size={14} />}
            loading={busy === format}
            onClick={() => void download(format)}
            aria-label={t(`drafts.reader.export_${format}`)}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
      {error !== null && <ProblemAlert error={error} title={t('drafts.reader.exportFailed')} />}
    </>
  );
}
