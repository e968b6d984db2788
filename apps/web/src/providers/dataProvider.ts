import simpleRestProvider from 'ra-data-simple-rest';
import { HttpError, type DataProvider, type DeleteParams, type Identifier, type RaRecord } from 'react-admin';
import { TIMELINE_TYPES, type TimelineEntry, type TrendsAnswer } from '@lotsen/domain';
import type { DemandReport, ReportSnapshot } from '../reports/demandReport';
import { toLotsenError } from './errors';
import { API_URL, httpClient } from './httpClient';

/** The web client is ra-data-simple-rest, unchanged (api.md); we only wrap two of its calls. */
const base = simpleRestProvider(API_URL, httpClient);

type Values = Record<string, unknown>;

/** Empty string, null and undefined all mean "no value". */
function normalize(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

function sameValue(a: unknown, b: unknown): boolean {
  const left = normalize(a);
  const right = normalize(b);
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) {
    return false;
  }
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The fields of `data` that differ from `previousData`, plus `version` (api.md: "PUT with the
 * changed fields and version"). Without previous data everything but the id is sent.
 */
export function changedFields(data: Values, previousData: Values | undefined): Values {
  const { id: _id, ...values } = data;
  if (!previousData) return values;
  const changes: Values = {};
  for (const [field, value] of Object.entries(values)) {
    if (field === 'version' || value === undefined) continue;
    if (!sameValue(value, previousData[field])) changes[field] = normalize(value);
  }
  const version = previousData.version ?? data.version;
  if (version !== undefined) changes.version = version;
  return changes;
}

/**
 * A new record needs no empty optional fields. `keepNull` names fields whose `null` means
 * something (`familyId: null` makes a contact anonymous).
 */
export function withoutEmpty(data: Values, keepNull: readonly string[] = []): Values {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([field, value]) => normalize(value) !== null || (value === null && keepNull.includes(field)),
    ),
  );
}

/** The total of a `Content-Range: notifications 0-0/17` header; null when there is none. */
export function totalFromContentRange(header: string | null): number | null {
  if (!header) return null;
  const total = header.split('/').pop()?.trim();
  if (!total || total === '*' || !/^\d+$/.test(total)) return null;
  return Number(total);
}

/** The kinds and entries of a family's "Verlauf" (GET /api/families/{id}/timeline), newest first. */
export { TIMELINE_TYPES, type TimelineEntry };

/** One row of GET /api/team/overview: caseload and follow-ups of a counsellor. */
export interface TeamMemberOverview {
  userId: string;
  displayName: string;
  role: string;
  activeFamilies: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

/**
 * One row of GET /api/reports/referral-outcomes (docs/api-referrals.md, "reports"). For the
 * analyst a count is `null` where it is suppressed (named in `suppressedFields`).
 */
export interface ReferralOutcomeCounts {
  sent: number | null;
  accepted: number | null;
  declined: number | null;
  completed: number | null;
  notTakenUp: number | null;
  /** Median days from sent to the provider's answer; null when nothing was answered (or suppressed). */
  medianDaysToResponse: number | null;
  /** Team lead's report: answers given, and of those recorded by staff for the provider (issue 25.8). */
  responded?: number;
  respondedOnBehalf?: number;
  suppressed?: true;
  suppressedFields?: string[];
}

export interface ReferralOutcomesReport {
  from: string;
  to: string;
  /** The analyst's report: the minimum cell size and the totals (suppressed like the rows). */
  minCell?: number;
  totals?: Omit<ReferralOutcomeCounts, 'medianDaysToResponse'>;
  /** `providerId: null, otherProviders: true`: the providers with few referrals, merged. */
  byProvider: (ReferralOutcomeCounts & { providerId: string | null; name: string; otherProviders?: true })[];
  byCategory: (ReferralOutcomeCounts & { categoryKey: string })[];
}

/** The body of POST /api/referrals/{id}/transition. */
export interface ReferralTransition {
  to: string;
  note?: string;
  outcome?: string;
  declineReason?: string;
  /** Staff recording the provider's answer: how it came (phone, email, …). */
  channel?: string;
}

export interface HandoffParams {
  toUserId: string;
  note?: string | null;
  /** Move the old owner's open follow-ups too (default on). */
  moveFollowUps?: boolean;
}

/** The endpoints beyond ra-data-simple-rest's CRUD (docs/api-case-work.md). */
export interface LotsenDataProvider extends DataProvider {
  getFamilyTimeline(familyId: Identifier): Promise<TimelineEntry[]>;
  handOffFamily(familyId: Identifier, params: HandoffParams): Promise<RaRecord>;
  handOffFamilies(ids: Identifier[], params: HandoffParams): Promise<RaRecord[]>;
  countUnreadNotifications(): Promise<number>;
  markAllNotificationsRead(): Promise<{ updated: number }>;
  getTeamOverview(): Promise<TeamMemberOverview[]>;
  transitionReferral(referralId: Identifier, transition: ReferralTransition): Promise<RaRecord>;
  /** Takes back the caller's last move of a referral (within 10 minutes). */
  undoReferralMove(referralId: Identifier): Promise<RaRecord>;
  getReferralOutcomes(period: { from: string; to: string }): Promise<ReferralOutcomesReport>;
  getDemandReport(period: { from: string; to: string; officeId?: string | null }): Promise<DemandReport>;
  /** Trends of needs over two years (GET /api/reports/trends): own office, or the city suppressed. */
  getTrends(params: {
    to?: string;
    district?: string | null;
    category?: string | null;
  }): Promise<TrendsAnswer>;
  createReportSnapshot(params: { kind: 'demand'; period: string }): Promise<ReportSnapshot>;
  /** The export of a snapshot as a file (GET /api/report-snapshots/{id}/export?format=…). */
  downloadReportExport(
    id: Identifier,
    format: 'csv' | 'xlsx' | 'pdf',
  ): Promise<{ blob: Blob; fileName: string | null }>;
  /** The live demand report as a file, marked "vorläufig" (GET /api/reports/demand/export). */
  downloadLiveReport(
    period: { from: string; to: string },
    format: 'csv' | 'xlsx' | 'pdf',
  ): Promise<{ blob: Blob; fileName: string | null }>;
  /** POST /api/contacts/{id}/cancel: a contact recorded by mistake (issue 25.1). */
  cancelContact(id: Identifier, params: ContactCancelParams): Promise<RaRecord>;
  /** PUT /api/contacts/{id}/needs: the categories of the contact's needs, corrected. */
  correctContactNeeds(id: Identifier, categoryKeys: string[]): Promise<RaRecord[]>;
  /** GET /api/needs/category-usage: the office's needs per category, last 90 days. */
  getCategoryUsage(): Promise<Record<string, number>>;
  /** GET /api/callback-requests/open-count: the office's open Rückrufbitten (the menu's badge). */
  countOpenCallbackRequests(): Promise<number>;
  /** POST /api/callback-requests/{id}/{take|done|close|contact}: a move of a Rückrufbitte. */
  moveCallbackRequest(
    id: Identifier,
    move: 'take' | 'done' | 'close' | 'contact',
    body: { version?: number; outcome?: string; reason?: string },
  ): Promise<RaRecord>;
  /** POST /api/offer-change-requests/{id}/{accept|reject}: the office's review (issue 21.3). */
  decideOfferChange(
    id: Identifier,
    decision: 'accept' | 'reject',
    body: { version: number; reason?: string },
  ): Promise<RaRecord>;
  /** POST /api/offers/{id}/confirm: "Angaben sind aktuell". */
  confirmOffer(id: Identifier): Promise<RaRecord>;
  /** GET /api/providers/{id}/outcomes: a provider's figures beside the network's (issue 21.4). */
  getProviderOutcomes(providerId: Identifier, year: number): Promise<ProviderOutcomes>;
  /** PUT /api/providers/{id}/network-contact: the line shared with the network (issue 21.5). */
  setNetworkContact(providerId: Identifier, networkContact: string | null): Promise<RaRecord>;
}

export interface NetworkFigure {
  value: number | null;
  suppressed: boolean;
}

export interface QuarterOutcomes {
  period: string;
  received: number;
  accepted: number;
  declinedByReason: Record<string, number>;
  returned: number;
  completedByOutcome: Record<string, number>;
  medianDaysToAnswer: number | null;
  networkReceived: NetworkFigure;
  networkAcceptedPercent: NetworkFigure;
  networkMedianDaysToAnswer: NetworkFigure;
}

export interface ProviderOutcomes {
  providerId: string;
  providerName: string;
  kind: string;
  year: number;
  quarters: QuarterOutcomes[];
}

export interface ContactCancelParams {
  reason: 'duplicate' | 'wrong_entry' | 'undone' | 'other';
  note?: string | null;
}

const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function postJson(path: string, body: unknown) {
  return httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });
}

function handoffBody(params: HandoffParams): Values {
  const note = typeof params.note === 'string' ? params.note.trim() : '';
  return {
    toUserId: params.toUserId,
    ...(note ? { note } : {}),
    ...(params.moveFollowUps === false ? { moveFollowUps: false } : {}),
  };
}

export const dataProvider: LotsenDataProvider = {
  ...base,
  create: (resource, params) =>
    base.create(resource, {
      ...params,
      data: withoutEmpty(params.data as Values, asArray<string>(params.meta?.keepNull)),
    }),
  update: (resource, params) =>
    base.update(resource, {
      ...params,
      data: changedFields(params.data as Values, params.previousData as Values | undefined),
    }),
  delete: async <RecordType extends RaRecord = RaRecord>(
    resource: string,
    params: DeleteParams<RecordType>,
  ) => {
    const result = await base.delete<RecordType>(resource, params);
    // An API may answer DELETE with an empty body; react-admin needs the record back.
    const data = result.data ?? (params.previousData as RecordType | undefined);
    return { data: data ?? ({ id: params.id } as RecordType) };
  },

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

/** A file, not JSON: fetched with the session cookie and the CSRF header, answered as a blob. */
export async function downloadFile(url: string): Promise<{ blob: Blob; fileName: string | null }> {
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'include',
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
  } catch (error) {
    throw toLotsenError(error);
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    throw toLotsenError(
      new HttpError(response.statusText || 'ra.notification.http_error', response.status, body),
    );
  }
  return { blob: await response.blob(), fileName: response.headers.get('Content-Disposition') };
}
