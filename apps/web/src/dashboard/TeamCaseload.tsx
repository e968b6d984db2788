import { Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import GroupsIcon from '@mui/icons-material/Groups';
import { Link, useTranslate } from 'react-admin';
import { DashboardCard } from './DashboardCard';
import { filteredListPath, useTeamOverview } from './useTeamOverview';

/** Team lead: active families per counsellor (caseload), with a bar against the largest. */
export const TeamCaseload = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useTeamOverview();
  const rows = [...(data ?? [])].sort(
    (a, b) => b.activeFamilies - a.activeFamilies || a.displayName.localeCompare(b.displayName, 'de'),
  );
  const largest = Math.max(1, ...rows.map((row) => row.activeFamilies));
  return (
    <DashboardCard
      title="lotsen.dashboard.teamCaseload"
      icon={GroupsIcon}
      isPending={isPending}
      error={error}
      isEmpty={rows.length === 0}
      emptyText="lotsen.dashboard.noTeam"
    >
      <Table size="small" aria-label={translate('lotsen.dashboard.teamCaseload')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('lotsen.dashboard.columns.counsellor')}</TableCell>
            <TableCell>{translate('lotsen.dashboard.columns.role')}</TableCell>
            <TableCell align="right">{translate('lotsen.dashboard.columns.activeFamilies')}</TableCell>
            <TableCell sx={{ width: '35%' }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.userId}>
              <TableCell>{row.displayName}</TableCell>
              <TableCell>{translate(`lotsen.roles.${row.role}`, { _: row.role })}</TableCell>
              <TableCell align="right">
                <Link to={filteredListPath('families', { ownerId: row.userId, status: 'active' })}>
                  {row.activeFamilies}
                </Link>
              </TableCell>
              <TableCell>
                <Box aria-hidden>
                  <LinearProgress variant="determinate" value={(row.activeFamilies / largest) * 100} />
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DashboardCard>
  );
};
