import { Stack } from '@mui/material';
import { EditDialogButton } from '../../common/FormDialog';
import { FollowUpInputs } from './FollowUpInputs';
import { MarkDoneButton } from './MarkDoneButton';
import { PostponeButton } from './PostponeButton';

/** Per row of a follow-up list: Erledigt (with a note), Verschieben, Bearbeiten — in place. */
export const FollowUpRowActions = () => (
  <Stack
    direction="row"
    spacing={0.5}
    useFlexGap
    sx={{ flexWrap: 'wrap', justifyContent: 'flex-end' }}
    onClick={(event) => event.stopPropagation()}
  >
    <MarkDoneButton />
    <PostponeButton />
    <EditDialogButton resource="follow-ups" title="resources.follow-ups.edit">
      <FollowUpInputs mode="edit" />
    </EditDialogButton>
  </Stack>
);
