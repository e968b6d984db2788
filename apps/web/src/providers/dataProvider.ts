import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, DeleteParams, Identifier, RaRecord } from 'react-admin';
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

/** One entry of a family's "Verlauf" (GET /api/families/{id}/timeline), newest first. */
export interface TimelineEntry {
  at: string;
  type: 'contact' | 'need' | 'handoff' | 'follow_up';
  id: string;
  title: string;
  userId: string | null;
}

/** One row of GET /api/team/overview: caseload and follow-ups of a counsellor. */
export interface TeamMemberOverview {
  userId: string;
  displayName: string;
  role: string;
  activeFamilies: number;
  openFollowUps: number;
  overdueFollowUps: number;
}

/** One row of GET /api/reports/referral-outcomes (docs/api-referrals.md, "reports"). */
export interface ReferralOutcomeCounts {
  sent: number;
  accepted: number;
  declined: number;
  completed: number;
  notTakenUp: number;
  /** Median days from sent to the provider's answer; null when nothing was answered. */
  medianDaysToResponse: number | null;
}

export interface ReferralOutcomesReport {
  from: string;
  to: string;
  byProvider: (ReferralOutcomeCounts & { providerId: string; name: string })[];
  byCategory: (ReferralOutcomeCounts & { categoryKey: string })[];
}

/** The body of POST /api/referrals/{id}/transition. */
export interface ReferralTransition {
  to: string;
  note?: string;
  outcome?: string;
  declineReason?: string;
}

export interface HandoffParams {
  toUserId: string;
  note?: string | null;
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
  getReferralOutcomes(period: { from: string; to: string }): Promise<ReferralOutcomesReport>;
}

const asArray = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function postJson(path: string, body: unknown) {
  return httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });
}

function handoffBody(params: HandoffParams): Values {
  const note = typeof params.note === 'string' ? params.note.trim() : '';
  return note ? { toUserId: params.toUserId, note } : { toUserId: params.toUserId };
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

  async transitionReferral(referralId, transition) {
    const { json } = await postJson(
      `/referrals/${encodeURIComponent(String(referralId))}/transition`,
      transition,
    );
    return json as RaRecord;
  },

  async getReferralOutcomes({ from, to }) {
    const query = new URLSearchParams({ from, to });
    const { json } = await httpClient(`${API_URL}/reports/referral-outcomes?${query.toString()}`);
    const report = (json ?? {}) as Partial<ReferralOutcomesReport>;
    return {
      from: report.from ?? from,
      to: report.to ?? to,
      byProvider: asArray(report.byProvider),
      byCategory: asArray(report.byCategory),
    };
  },
};
