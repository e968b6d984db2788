/** The screens of this resource: one lazily loaded chunk. */
export { IncomingReferrals } from './IncomingReferrals';
export { ReferralList } from './ReferralList';
export { ReferralShow } from './ReferralShow';
