import { useState, type ReactNode } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TranslationEntity } from '@lotsen/domain';
import { TranslationsPanel } from './TranslationsPanel';

/**
 * An edit page's two tabs: the record's own form and its "Übersetzungen". Inside `<Edit>`, so
 * both see the record; the translations are saved one by one in their dialogs, not by the form.
 */
export const EditWithTranslations = ({
  entity,
  label,
  children,
}: {
  entity: Exclude<TranslationEntity, 'life_situation'>;
  /** i18n key of the first tab. */
  label: string;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const [tab, setTab] = useState(0);
  return (
    <Box>
      <Tabs value={tab} onChange={(_event, value: number) => setTab(value)} sx={{ px: 2 }}>
        <Tab label={translate(label)} id="record-tab" aria-controls="record-panel" />
        <Tab
          label={translate('lotsen.portalTexts.tab')}
          id="translations-tab"
          aria-controls="translations-panel"
        />
      </Tabs>
      <Box role="tabpanel" id="record-panel" aria-labelledby="record-tab" hidden={tab !== 0}>
        {children}
      </Box>
      <Box
        role="tabpanel"
        id="translations-panel"
        aria-labelledby="translations-tab"
        hidden={tab !== 1}
        sx={{ p: 2 }}
      >
        {tab === 1 && <TranslationsPanel entity={entity} />}
      </Box>
    </Box>
  );
};
