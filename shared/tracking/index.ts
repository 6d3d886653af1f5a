export * from './layout';
export * from './months';
export * from './plan';
export * from './run';
export * from './read';
