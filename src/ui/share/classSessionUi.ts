// The class session's views, one chunk loaded when a session exists on this page (or starts).
export { default as ClassSessionPanel } from './ClassSessionPanel';
export { default as ClassStage } from './ClassStage';
