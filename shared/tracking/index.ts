export * from './layout';
export * from './months';
export * from './plan';
