import { Box } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import { AuditUserField } from './AuditUserField';

const DetailsField = () => {
  const record = useRecordContext();
  if (!record?.details) return <>–</>;
  return (
    <Box component="pre" sx={{ m: 0, fontSize: '0.8rem', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {JSON.stringify(record.details, null, 2)}
    </Box>
  );
};

/** One audit event, read only. */
export const AuditEventShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <LocaleDateField source="at" showTime />
      <Labeled label="resources.audit-events.fields.userId">
        <AuditUserField />
      </Labeled>
      <TextField source="action" />
      <TextField source="entity" />
      <TextField source="entityId" emptyText="–" />
      <TextField source="ip" emptyText="–" />
      <Labeled label="resources.audit-events.fields.details">
        <DetailsField />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
