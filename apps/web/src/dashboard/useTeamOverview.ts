import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { LotsenDataProvider } from '../providers/dataProvider';

/** GET /api/team/overview, shared by the team lead's widgets (one request for both). */
export function useTeamOverview() {
  const dataProvider = useDataProvider<LotsenDataProvider>();
  return useQuery({
    queryKey: ['team', 'overview'],
    queryFn: () => dataProvider.getTeamOverview(),
  });
}

/** A list route with a filter, e.g. a counsellor's overdue follow-ups. */
export function filteredListPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
