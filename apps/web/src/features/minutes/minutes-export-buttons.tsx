import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../shared/http/use-download';
import { DownloadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const FORMATS = ['pdf', 'docx', 'akn'] as const;
type Format = (typeof FORMATS)[number];

/** The revision shown, as PDF/A, Word or Akoma Ntoso, with headings in my language. */
export function MinutesExportButtons({ minutesId, revision }: { minutesId: string; revision: number }) {
  const { t } = useTranslation();
  const { busy, error, download: fetchFile } = useDownload<Format>();
  const download = (format: Format) =>
    fetchFile(format, `/api/minutes/${encodeURIComponent(minutesId)}/export?${new URLSearchParams({ format, revision: String(revision) })}`, `minutes-r${revision}.${format === 'akn' ? 'akn.xml' : format}`);

  return (
    <>
      <Group gap={4} role="group" aria-label={t('minutes.export.label', { number: revision })}>
        {FORMATS.map((format) => (
          <Button key={format} size="compact-sm" variant="default" leftSection={<DownloadIcon size={14} />} loading={busy === format} onClick={() => void download(format)} aria-label={t(`minutes.export.${format}Label`, { number: revision })}>
            {t(`minutes.export.${format}`)}
          </Button>
        ))}
      </Group>
      {error !== null && <ProblemAlert error={error} title={t('minutes.export.failed')} />}
    </>
  );
}
