import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../shared/http/use-download';
import { DownloadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const FORMATS = ['pdf', 'docx'] as const;
type Format = (typeof FORMATS)[number];

/** The evidence pack as PDF/A or Word, with headings and file name in my language (each copy is recorded in the dossier's audit trail). */
export function EvidenceExportButtons({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const { busy, error, download } = useDownload<Format>();
  return (
    <>
      <Group gap={4} role="group" aria-label={t('evidence.export.label')}>
        {FORMATS.map((format) => (
          <Button
            key={format}
            variant="default"
            leftSection={<DownloadIcon size={14} />}
            loading={busy === format}
            onClick={() => void download(format, `/api/dossiers/${encodeURIComponent(dossierId)}/evidence?format=${format}`, `evidence-pack.${format}`)}
            aria-label={t(`evidence.export.${format}Label`)}
          >
            {t(`evidence.export.${format}`)}
          </Button>
        ))}
      </Group>
      {error !== null && <ProblemAlert error={error} title={t('evidence.export.failed')} />}
    </>
  );
}
