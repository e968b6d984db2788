import { Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import { Link, useTranslate } from 'react-admin';
import { DashboardCard } from './DashboardCard';
import { filteredListPath, useTeamOverview } from './useTeamOverview';

/** Team lead: overdue and open follow-ups per counsellor, the most overdue first. */
export const TeamOverdueFollowUps = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useTeamOverview();
  const rows = [...(data ?? [])].sort(
    (a, b) => b.overdueFollowUps - a.overdueFollowUps || a.displayName.localeCompare(b.displayName, 'de'),
  );
  return (
    <DashboardCard
      title="lotsen.dashboard.teamOverdue"
      icon={AlarmIcon}
      to={filteredListPath('follow-ups', { status: 'open', overdue: true })}
      isPending={isPending}
      error={error}
      isEmpty={rows.length === 0}
      emptyText="lotsen.dashboard.noTeam"
    >
      <Table size="small" aria-label={translate('lotsen.dashboard.teamOverdue')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('lotsen.dashboard.columns.counsellor')}</TableCell>
            <TableCell align="right">{translate('lotsen.dashboard.columns.overdueFollowUps')}</TableCell>
            <TableCell align="right">{translate('lotsen.dashboard.columns.openFollowUps')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.userId}>
              <TableCell>{row.displayName}</TableCell>
              <TableCell align="right">
                {row.overdueFollowUps > 0 ? (
                  <Chip
                    size="small"
                    color="error"
                    clickable
                    component={Link}
                    to={filteredListPath('follow-ups', {
                      assigneeId: row.userId,
                      status: 'open',
                      overdue: true,
                    })}
                    label={row.overdueFollowUps}
                  />
                ) : (
                  0
                )}
              </TableCell>
              <TableCell align="right">
                <Link to={filteredListPath('follow-ups', { assigneeId: row.userId, status: 'open' })}>
                  {row.openFollowUps}
                </Link>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DashboardCard>
  );
};
