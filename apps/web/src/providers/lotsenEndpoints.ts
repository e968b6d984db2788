import type { RaRecord } from 'react-admin';
import type { TimelineEntry, TrendsAnswer } from '@lotsen/domain';
import type { DemandReport, ReportSnapshot } from '../reports/demandReport';
import type {
  HandoffParams,
  LotsenEndpoints,
  ProviderOutcomes,
  ReferralOutcomesReport,
  TeamMemberOverview,
} from './dataProviderTypes';
import { downloadFile } from './downloadFile';
import { API_URL, httpClient } from './httpClient';

/** The total of a `Content-Range: notifications 0-0/17` header; null when there is none. */
export function totalFromContentRange(header: string | null): number | null {
  if (!header) return null;
  const total = header.split('/').pop()?.trim();
  if (!total || total === '*' || !/^\d+$/.test(total)) return null;
  return Number(total);
}

export const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function postJson(path: string, body: unknown) {
  return httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });
}

function handoffBody(params: HandoffParams): Record<string, unknown> {
  const note = typeof params.note === 'string' ? params.note.trim() : '';
  return {
    toUserId: params.toUserId,
    ...(note ? { note } : {}),
    ...(params.moveFollowUps === false ? { moveFollowUps: false } : {}),
  };
}

/** The endpoints beyond ra-data-simple-rest's CRUD, spread into the data provider. */
export const lotsenEndpoints: LotsenEndpoints = {
  async getFamilyTimeline(familyId) {
    const { json } = await httpClient(`${API_URL}/families/${encodeURIComponent(String(familyId))}/timeline`);
    return asArray<TimelineEntry>(json);
  },

  async handOffFamily(familyId, params) {
    const { json } = await postJson(
      `/families/${encodeURIComponent(String(familyId))}/handoff`,
      handoffBody(params),
    );
    return json as RaRecord;
  },

  async handOffFamilies(ids, params) {
    const { json } = await postJson('/families/handoff', { ids, ...handoffBody(params) });
    return asArray<RaRecord>(json);
  },

  /** The unread count is the Content-Range total of `filter={"read":false}&range=[0,0]`. */
  async countUnreadNotifications() {
    const query = new URLSearchParams({
      filter: JSON.stringify({ read: false }),
      range: JSON.stringify([0, 0]),
    });
    const { headers, json } = await httpClient(`${API_URL}/notifications?${query.toString()}`);
    return totalFromContentRange(headers.get('Content-Range')) ?? asArray(json).length;
  },

  async markAllNotificationsRead() {
    const { json } = await postJson('/notifications/read-all', {});
    const updated = (json as { updated?: unknown } | null)?.updated;
    return { updated: typeof updated === 'number' ? updated : 0 };
  },

  async getTeamOverview() {
    const { json } = await httpClient(`${API_URL}/team/overview`);
    return asArray<TeamMemberOverview>(json);
  },

  async decideOfferChange(id, decision, body) {
    const { json } = await postJson(
      `/offer-change-requests/${encodeURIComponent(String(id))}/${decision}`,
      body,
    );
    return json as RaRecord;
  },

  async confirmOffer(id) {
    const { json } = await postJson(`/offers/${encodeURIComponent(String(id))}/confirm`, {});
    return json as RaRecord;
  },

  async getProviderOutcomes(providerId, year) {
    const { json } = await httpClient(
      `${API_URL}/providers/${encodeURIComponent(String(providerId))}/outcomes?year=${year}`,
    );
    return json as ProviderOutcomes;
  },

  async setNetworkContact(providerId, networkContact) {
    const { json } = await httpClient(
      `${API_URL}/providers/${encodeURIComponent(String(providerId))}/network-contact`,
      { method: 'PUT', body: JSON.stringify({ networkContact }) },
    );
    return json as RaRecord;
  },

  async transitionReferral(referralId, transition) {
    const { json } = await postJson(
      `/referrals/${encodeURIComponent(String(referralId))}/transition`,
      transition,
    );
    return json as RaRecord;
  },

  async undoReferralMove(referralId) {
    const { json } = await postJson(`/referrals/${encodeURIComponent(String(referralId))}/undo`, {});
    return json as RaRecord;
  },

  async getReferralOutcomes({ from, to }) {
    const query = new URLSearchParams({ from, to });
    const { json } = await httpClient(`${API_URL}/reports/referral-outcomes?${query.toString()}`);
    const report = (json ?? {}) as Partial<ReferralOutcomesReport>;
    return {
      from: report.from ?? from,
      to: report.to ?? to,
      ...(typeof report.minCell === 'number' ? { minCell: report.minCell } : {}),
      ...(report.totals ? { totals: report.totals } : {}),
      byProvider: asArray(report.byProvider),
      byCategory: asArray(report.byCategory),
    };
  },

  async getDemandReport({ from, to, officeId }) {
    const query = new URLSearchParams({ from, to });
    if (officeId) query.set('officeId', officeId);
    const { json } = await httpClient(`${API_URL}/reports/demand?${query.toString()}`);
    const report = (json ?? {}) as Partial<DemandReport>;
    return {
      from: report.from ?? from,
      to: report.to ?? to,
      officeId: report.officeId ?? null,
      minCell: report.minCell ?? 5,
      zerosMayBeSuppressed: report.zerosMayBeSuppressed === true,
      totals: report.totals ?? ({} as DemandReport['totals']),
      byChannel: asArray(report.byChannel),
      byCategory: asArray(report.byCategory),
      byDistrict: asArray(report.byDistrict),
      byCategoryAndDistrict: asArray(report.byCategoryAndDistrict),
      byMonth: asArray(report.byMonth),
      byCategoryGroup: asArray(report.byCategoryGroup),
      ...(report.portalDemand ? { portalDemand: report.portalDemand } : {}),
    };
  },

  async getTrends({ to, district, category }) {
    const query = new URLSearchParams();
    if (to) query.set('to', to);
    if (district) query.set('district', district);
    if (category) query.set('category', category);
    const { json } = await httpClient(`${API_URL}/reports/trends?${query.toString()}`);
    return json as TrendsAnswer;
  },

  async createReportSnapshot(params) {
    const { json } = await postJson('/report-snapshots', params);
    return json as ReportSnapshot;
  },

  downloadReportExport(id, format) {
    return downloadFile(
      `${API_URL}/report-snapshots/${encodeURIComponent(String(id))}/export?format=${format}`,
    );
  },

  downloadLiveReport(period, format) {
    const query = new URLSearchParams({ from: period.from, to: period.to, format });
    return downloadFile(`${API_URL}/reports/demand/export?${query.toString()}`);
  },

  async cancelContact(id, params) {
    const note = typeof params.note === 'string' ? params.note.trim() : '';
    const { json } = await postJson(
      `/contacts/${encodeURIComponent(String(id))}/cancel`,
      note ? { reason: params.reason, note } : { reason: params.reason },
    );
    return json as RaRecord;
  },

  async correctContactNeeds(id, categoryKeys) {
    const { json } = await httpClient(`${API_URL}/contacts/${encodeURIComponent(String(id))}/needs`, {
      method: 'PUT',
      body: JSON.stringify({ categoryKeys }),
    });
    return asArray<RaRecord>(json);
  },

  async countOpenCallbackRequests() {
    const { json } = await httpClient(`${API_URL}/callback-requests/open-count`);
    const open = (json as { open?: unknown } | null)?.open;
    return typeof open === 'number' ? open : 0;
  },

  async moveCallbackRequest(id, move, body) {
    const { json } = await postJson(`/callback-requests/${encodeURIComponent(String(id))}/${move}`, body);
    return json as RaRecord;
  },

  async getCategoryUsage() {
    const { json } = await httpClient(`${API_URL}/needs/category-usage`);
    return Object.fromEntries(
      asArray<{ categoryKey: string; needs: number }>(json).map((row) => [row.categoryKey, row.needs]),
    );
  },
};
