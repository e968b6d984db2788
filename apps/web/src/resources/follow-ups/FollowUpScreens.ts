/** The screens of this resource: one lazily loaded chunk. */
export { FollowUpList } from './FollowUpList';
export { MyFollowUps } from './MyFollowUps';
