import {
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Loading, RecordContextProvider, Title, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { LIFE_SITUATIONS } from '@lotsen/domain';
import { CreateDialogButton, EditDialogButton } from '../../common/FormDialog';
import { ReviewField } from './ReviewField';
import { langAttributes } from './TextInItsLanguage';
import { TranslationInputs } from './TranslationInputs';
import { ALL_LANG_CHOICES } from './translationChoices';

/**
 * "Lebenslagen": the ten life situations of the Familienportal's start page with their intro
 * per language (German included: it has no other home). Names and categories are fixed in
 * libs/domain; admins write the intros through the translations API.
 */
export const LifeSituationsPage = () => {
  const translate = useTranslate();
  const { data, isPending } = useGetList('translations', {
    filter: { entity: 'life_situation', field: 'intro' },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'lang', order: 'ASC' },
  });
  if (isPending) return <Loading />;
  const intro = (key: string, lang: string): RaRecord | undefined =>
    data?.find((t) => t.entityId === key && t.lang === lang);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="lotsen.portalTexts.lifeSituations.title" />
      <Typography variant="body2" color="text.secondary">
        {translate('lotsen.portalTexts.lifeSituations.intro')}
      </Typography>
      {LIFE_SITUATIONS.map((situation) => (
        <Card key={situation.key} component="section" aria-labelledby={`ls-${situation.key}`}>
          <CardContent>
            <Typography variant="h6" component="h2" id={`ls-${situation.key}`}>
              {situation.labelDe}
            </Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.translations.fields.lang')}</TableCell>
                  <TableCell>{translate('lotsen.portalTexts.fields.intro')}</TableCell>
                  <TableCell>{translate('resources.translations.fields.reviewedAt')}</TableCell>
                  <TableCell align="right">{translate('lotsen.common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {ALL_LANG_CHOICES.map(({ id: lang, name }) => {
                  const record = intro(situation.key, lang);
                  return (
                    <TableRow key={lang}>
                      <TableCell>{translate(name)}</TableCell>
                      <TableCell sx={{ whiteSpace: 'pre-line' }} {...(record ? langAttributes(lang) : {})}>
                        {record ? String(record.text) : translate('lotsen.portalTexts.missing')}
                      </TableCell>
                      <TableCell>
                        {record && (
                          <RecordContextProvider value={record}>
                            <ReviewField />
                          </RecordContextProvider>
                        )}
                      </TableCell>
                      <TableCell align="right">
                        {record ? (
                          <EditDialogButton
                            resource="translations"
                            record={record}
                            title="lotsen.portalTexts.edit"
                          >
                            <TranslationInputs entity="life_situation" />
                          </EditDialogButton>
                        ) : (
                          <CreateDialogButton
                            resource="translations"
                            label="lotsen.portalTexts.add"
                            record={{
                              entity: 'life_situation',
                              entityId: situation.key,
                              field: 'intro',
                              lang,
                            }}
                          >
                            <TranslationInputs entity="life_situation" />
                          </CreateDialogButton>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

export default LifeSituationsPage;
