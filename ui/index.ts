/** The shared review pane: the Excel task pane, the Sheets sidebar and the playground mount it. */
export { mountReviewPane } from './pane';
export { PANE_CSS } from './styles';
export type { HostBridge } from './bridge';
