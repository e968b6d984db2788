import { useCallback, useState } from 'react';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
} from '@mui/material';
import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import {
  Button,
  Link,
  RecordContextProvider,
  ReferenceField,
  TextField,
  useSaveContext,
  useTranslate,
} from 'react-admin';
import { duplicateFamilyId, possibleDuplicatesOf, type PossibleDuplicate } from '../providers/duplicates';
import { useNotifyError } from './useNotifyError';

/**
 * The duplicate hint of api.md: a create answered 409 POSSIBLE_DUPLICATE keeps the form and
 * shows the candidates; any other error is notified as usual.
 */
export function useDuplicateHint() {
  const [hint, setHint] = useState<DuplicateHint | null>(null);
  const notifyError = useNotifyError();
  const onError = useCallback(
    (error: unknown, variables?: { data?: unknown }) => {
      const duplicates = possibleDuplicatesOf(error);
      if (duplicates) setHint({ duplicates, data: (variables?.data ?? {}) as Record<string, unknown> });
      else notifyError(error);
    },
    [notifyError],
  );
  const clear = useCallback(() => setHint(null), []);
  return { hint, onError, clear };
}

/** The candidates and the data that was sent. */
export interface DuplicateHint {
  duplicates: PossibleDuplicate[];
  data: Record<string, unknown>;
}

interface DuplicateDialogProps {
  hint: DuplicateHint | null;
  onClose: () => void;
  /** i18n key of the explanation (families and persons differ). */
  intro: string;
}

/**
 * Lists the possible duplicates (links to the families). The primary action opens the existing
 * family (the first, most similar one; issue 25, point 12); "Trotzdem neu anlegen" sends the
 * same data again with `confirmNew: true`. Render it inside the create form.
 */
export const DuplicateDialog = ({ hint, onClose, intro }: DuplicateDialogProps) => {
  const translate = useTranslate();
  const { save, saving } = useSaveContext();
  if (!hint) return null;
  const { duplicates, data } = hint;

  const createAnyway = () => {
    onClose();
    void save?.({ ...data, confirmNew: true });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="duplicate-title"
      maxWidth="sm"
      fullWidth
      slotProps={{
        transition: {
          onEntered: (node: HTMLElement) => node.querySelector<HTMLElement>('[data-primary]')?.focus(),
        },
      }}
    >
      <DialogTitle id="duplicate-title">{translate('lotsen.duplicates.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate(intro)}
        </Alert>
        <List dense aria-label={translate('lotsen.duplicates.title')}>
          {duplicates.map((duplicate) => (
            <ListItem key={duplicate.id} disablePadding>
              <ListItemButton component={Link} to={`/families/${duplicateFamilyId(duplicate)}/show`}>
                <ListItemIcon>
                  <FamilyRestroomIcon />
                </ListItemIcon>
                <RecordContextProvider value={duplicate}>
                  <ListItemText
                    primary={duplicate.name}
                    secondary={
                      duplicate.districtId ? (
                        <ReferenceField source="districtId" reference="districts" link={false}>
                          <TextField source="name" variant="caption" />
                        </ReferenceField>
                      ) : undefined
                    }
                    slotProps={{ secondary: { component: 'span' } }}
                  />
                </RecordContextProvider>
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="lotsen.duplicates.createAnyway" onClick={createAnyway} disabled={saving} />
        {/* the likely right choice comes first for Enter: the family that is already there */}
        <Button
          label="lotsen.duplicates.openExisting"
          variant="contained"
          component={Link}
          to={`/families/${duplicateFamilyId(duplicates[0])}/show`}
          data-primary
        />
      </DialogActions>
    </Dialog>
  );
};
