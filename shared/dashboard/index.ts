export * from './layout';
export * from './run';
