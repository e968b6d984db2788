/** The screens of this resource: one lazily loaded chunk. */
export { FollowUpList, MyFollowUps } from './FollowUpList';
