import type { ReactElement } from 'react';
import { Grid } from '@mui/material';
import { Labeled } from 'react-admin';

/**
 * One labelled value of a record's page: a third of the width on a wide screen, half on a
 * tablet, the whole width on a phone (`wide`: always the whole width). The label is the
 * resource's field name (`resources.<resource>.fields.<source>`).
 */
export const ShowCell = ({
  source,
  resource,
  children,
  wide,
}: {
  source: string;
  resource: string;
  children: ReactElement;
  wide?: boolean;
}) => (
  <Grid size={wide ? 12 : { xs: 12, sm: 6, md: 4 }}>
    <Labeled source={source} resource={resource}>
      {children}
    </Labeled>
  </Grid>
);
