import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { TimelineEntry, TrendsAnswer } from '@lotsen/domain';
import type { DemandReport, ReportSnapshot } from '../reports/demandReport';

// The answers and bodies of the endpoints beyond ra-data-simple-rest's CRUD, and the provider's type.

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
export interface LotsenEndpoints {
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

/** ra-data-simple-rest's CRUD plus our endpoints: what `useDataProvider<LotsenDataProvider>()` gives. */
export interface LotsenDataProvider extends DataProvider, LotsenEndpoints {}

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
