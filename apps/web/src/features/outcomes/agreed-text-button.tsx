import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../shared/http/use-download';
import { DownloadIcon } from '../../shared/ui/icons';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The current draft with the texts agreed in sessions in place, as an Akoma Ntoso bill (the server words it in my language). */
export function AgreedTextButton({ dossierId }: { dossierId: string }) {
  const { t } = useTranslation();
  const { busy, error, download } = useDownload<'akn'>();
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<DownloadIcon />}
        loading={busy === 'akn'}
        aria-label={t('outcomes.exports.agreedTextLabel')}
        onClick={() => void download('akn', `/api/dossiers/${encodeURIComponent(dossierId)}/agreed-text?format=akn`, 'agreed-text.akn.xml')}
      >
        {t('outcomes.exports.agreedText')}
      </Button>
      {error !== null && <ProblemAlert error={error} title={t('outcomes.exports.failed')} />}
    </>
  );
}
