import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { C144_SUBJECTS, C144_SUBJECT_WORDING, DEFAULT_LOCALE, c144SubjectLetter, isLocale, type C144Subject } from '@tripart/contracts';

/** No item: a dossier that concerns none of Article 5(1)'s matters (a labour-law reform). */
const NONE = 'NONE';

/** The C144 Article 5(1) item (a–e) a dossier concerns, in the Convention's words, or none. */
export function C144SubjectSelect({ value, onChange, label, description, disabled }: { value: C144Subject | null; onChange(subject: C144Subject | null): void; label: string; description?: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const wording = C144_SUBJECT_WORDING[isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE];
  const data = [{ value: NONE, label: t('dossiers.c144.none') }, ...C144_SUBJECTS.map((subject) => ({ value: subject, label: `${c144SubjectLetter(subject)}) ${wording[subject]}` }))];
  return (
    <Select
      label={label}
      description={description}
      allowDeselect={false}
      disabled={disabled}
      data={data}
      value={value ?? NONE}
      onChange={(chosen) => chosen && onChange(chosen === NONE ? null : (chosen as C144Subject))}
      comboboxProps={{ withinPortal: true }}
      maxDropdownHeight={360}
    />
  );
}
