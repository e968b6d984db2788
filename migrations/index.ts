import { Foundation1767225600000 } from './1767225600000-Foundation';
import { ReferenceData1767225600001 } from './1767225600001-ReferenceData';
import { CaseWork1767225600002 } from './1767225600002-CaseWork';
import { Referrals1767225600003 } from './1767225600003-Referrals';
import { ReportSnapshots1767225600004 } from './1767225600004-ReportSnapshots';
import { ReportIndexes1767225600005 } from './1767225600005-ReportIndexes';
import { Jobs1767225600006 } from './1767225600006-Jobs';
import { SnapshotUnique1767225600007 } from './1767225600007-SnapshotUnique';
import { ScaleIndexes1767225600008 } from './1767225600008-ScaleIndexes';
import { AuditPrivacy1767225600012 } from './1767225600012-AuditPrivacy';
import { PasswordChange1767225600013 } from './1767225600013-PasswordChange';
import { ConsentEvidence1767225600024 } from './1767225600024-ConsentEvidence';
import { ProviderReferralNote1767225600248 } from './1767225600248-ProviderReferralNote';
import { ContactCancel1767225600310 } from './1767225600310-ContactCancel';
import { TransliterationSearch1767225600311 } from './1767225600311-TransliterationSearch';
import { HandoffCarriesCase1767225600320 } from './1767225600320-HandoffCarriesCase';
import { CaseEvents1767225600321 } from './1767225600321-CaseEvents';
import { SnapshotOnePerScope1767225600330 } from './1767225600330-SnapshotOnePerScope';
import { PortalSearch1767225600340 } from './1767225600340-PortalSearch';
import { Services1767225600360 } from './1767225600360-Services';
import { CallbackRequests1767225600410 } from './1767225600410-CallbackRequests';
import { Translations1767225600430 } from './1767225600430-Translations';
import { PortalSearchCounts1767225600450 } from './1767225600450-PortalSearchCounts';
import { OpeningSchedules1767225600460 } from './1767225600460-OpeningSchedules';
import { PortalOfferDocs1767225600470 } from './1767225600470-PortalOfferDocs';
import { DirectoryVersion1767225600480 } from './1767225600480-DirectoryVersion';
import { FamilySearchTerms1767225600490 } from './1767225600490-FamilySearchTerms';
import { ContactClientId1767225600500 } from './1767225600500-ContactClientId';
import { ReferralMessages1767225600510 } from './1767225600510-ReferralMessages';
import { OfferChangeRequests1767225600520 } from './1767225600520-OfferChangeRequests';
import { DemandRollups1767225600530 } from './1767225600530-DemandRollups';
import { RollupVersion1767225600531 } from './1767225600531-RollupVersion';
import { ProviderNetwork1767225600521 } from './1767225600521-ProviderNetwork';
import { EarlyWarningSignals1767225600540 } from './1767225600540-EarlyWarningSignals';
import { FamilySearchKindIndexes1767225600560 } from './1767225600560-FamilySearchKindIndexes';
import { OutboxDone1767225600570 } from './1767225600570-OutboxDone';

/** Every migration, in the order it is applied. Add new ones at the end. */
export const MIGRATIONS = [
  Foundation1767225600000,
  ReferenceData1767225600001,
  CaseWork1767225600002,
  Referrals1767225600003,
  ReportSnapshots1767225600004,
  ReportIndexes1767225600005,
  Jobs1767225600006,
  SnapshotUnique1767225600007,
  ScaleIndexes1767225600008,
  AuditPrivacy1767225600012,
  PasswordChange1767225600013,
  ConsentEvidence1767225600024,
  ProviderReferralNote1767225600248,
  ContactCancel1767225600310,
  TransliterationSearch1767225600311,
  HandoffCarriesCase1767225600320,
  CaseEvents1767225600321,
  SnapshotOnePerScope1767225600330,
  PortalSearch1767225600340,
  Services1767225600360,
  CallbackRequests1767225600410,
  Translations1767225600430,
  PortalSearchCounts1767225600450,
  OpeningSchedules1767225600460,
  PortalOfferDocs1767225600470,
  DirectoryVersion1767225600480,
  FamilySearchTerms1767225600490,
  ContactClientId1767225600500,
  ReferralMessages1767225600510,
  OfferChangeRequests1767225600520,
  ProviderNetwork1767225600521,
  DemandRollups1767225600530,
  RollupVersion1767225600531,
  EarlyWarningSignals1767225600540,
  FamilySearchKindIndexes1767225600560,
  OutboxDone1767225600570,
];
