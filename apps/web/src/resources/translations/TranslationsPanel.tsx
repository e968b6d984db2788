import { DeleteButton, ReferenceManyField, SelectField, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import TranslateIcon from '@mui/icons-material/Translate';
import type { TranslationEntity } from '@lotsen/domain';
import { DataTable } from '../../common/DataTable';
import { CreateDialogButton, EditDialogButton } from '../../common/FormDialog';
import { EmptyHint, TabActions } from '../families/tabs/TabActions';
import { ReviewField } from './ReviewField';
import { TextInItsLanguage } from './TextInItsLanguage';
import { TranslationInputs } from './TranslationInputs';
import { ALL_FIELD_CHOICES, ALL_LANG_CHOICES } from './translationChoices';

/**
 * "Übersetzungen" of an offer or a service (issue 17 point 5): its texts per language with their
 * review; admins add, edit, review and delete them (the buttons follow the policy).
 */
export const TranslationsPanel = ({ entity }: { entity: Exclude<TranslationEntity, 'life_situation'> }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('lotsen.portalTexts.intro')}
      </Typography>
      <TabActions>
        <CreateDialogButton
          resource="translations"
          label="lotsen.portalTexts.add"
          icon={<TranslateIcon />}
          record={{ entity, entityId: record.id, lang: 'de-x-ls', field: 'title' }}
        >
          <TranslationInputs entity={entity} creating />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="translations"
        target="entityId"
        filter={{ entity }}
        sort={{ field: 'lang', order: 'ASC' }}
        perPage={100}
        empty={<EmptyHint text="lotsen.portalTexts.empty" />}
      >
        {/* the entity is a filter of the list: its "nothing found" is the empty hint, too */}
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          empty={<EmptyHint text="lotsen.portalTexts.empty" />}
        >
          <DataTable.Col source="lang">
            <SelectField source="lang" choices={ALL_LANG_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="field" disableSort>
            <SelectField source="field" choices={ALL_FIELD_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="text" disableSort>
            <TextInItsLanguage />
          </DataTable.Col>
          <DataTable.Col source="reviewedAt" field={ReviewField} />
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <EditDialogButton resource="translations" title="lotsen.portalTexts.edit">
              <TranslationInputs entity={entity} />
            </EditDialogButton>
            <DeleteButton mutationMode="pessimistic" redirect={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
